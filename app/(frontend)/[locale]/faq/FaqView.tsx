import type { Metadata } from 'next'
import Link from '@/components/LocaleLink'
import { emptySectionRobots, NothingPublished } from '@/components/NothingPublished'
import { AnswerBody } from '@/components/PolicyBody'
import { SectionLayout } from '@/components/SectionLayout'
import { groupByTopic, listPublicFaq, searchFaq } from '@/data/faq'
import { listSecuritySection } from '@/data/sections'
import { getSiteSettings } from '@/data/trustCenter'
import { pageMetadata } from '@/site/metadata'
import { anchorOf } from '@/utilities/anchor'
import type { SearchParams } from '@/utilities/subprocessorFilters'

const TITLE = 'Security questions and answers'
const MAX_QUERY = 100

export async function faqMetadata(): Promise<Metadata> {
  const [settings, entries] = await Promise.all([getSiteSettings(), listPublicFaq()])
  return {
    ...pageMetadata({
      settings,
      title: TITLE,
      description: `Answers to the questions security reviewers ask${settings.companyName ? ` about ${settings.companyName}` : ''}, by topic.`,
      path: '/faq',
    }),
    ...(entries.length === 0 && { robots: emptySectionRobots }),
  }
}

export const readQuery = (params: SearchParams) =>
  ((Array.isArray(params.q) ? params.q[0] : params.q) ?? '').trim().slice(0, MAX_QUERY)

const count = (n: number) => (n === 1 ? '1 question' : `${n} questions`)

/**
 * The FAQ. Without a query it is static (app/(frontend)/[locale]/faq/page.tsx); with `?q=` proxy.ts sends
 * the request to the twin rendered per request (app/(frontend)/[locale]/faq-search/page.tsx), as for the
 * subprocessor list. The search is a plain GET form: it works without JavaScript.
 */
export async function FaqView({ params }: { params: SearchParams }) {
  const [entries, section] = await Promise.all([listPublicFaq(), listSecuritySection()])
  if (entries.length === 0) return <NothingPublished title={TITLE} what="Questions and answers" />
  const query = readQuery(params)
  const matches = searchFaq(entries, query)
  const topics = groupByTopic(matches, anchorOf)
  return (
    <SectionLayout label="Security" items={section}>
      <h1>{TITLE}</h1>
      <p className="lead">The questions security reviewers ask us most, answered in plain words.</p>
      <form className="search-form" method="get" action="/faq" role="search" aria-label="FAQ">
        <div className="field">
          <label htmlFor="faq-q">Search the questions</label>
          <input
            id="faq-q"
            name="q"
            type="search"
            defaultValue={query}
            maxLength={MAX_QUERY}
            aria-describedby="faq-q-hint"
          />
          <p id="faq-q-hint" className="hint">
            Words from a question or an answer, for example “encryption”
          </p>
        </div>
        <div className="actions">
          <button type="submit">Search</button>
          {/* A full page load back to the static page. */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          {query && <a href="/faq">Show all questions</a>}
        </div>
      </form>
      {query ? (
        <p className="result-count" role="status">
          {matches.length === 0
            ? `No question matches “${query}”.`
            : `${count(matches.length)} of ${entries.length} match “${query}”.`}
        </p>
      ) : (
        <nav aria-label="Topics" className="toc screen-only">
          <ul className="link-list">
            {topics.map(({ topic, anchor }) => (
              <li key={anchor}>
                <a href={`#${anchor}`}>{topic}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {query && matches.length === 0 && (
        <div className="empty-state">
          <h2>No matches</h2>
          <p>
            Try fewer or other words, <Link href="/faq">read every question</Link>, or write to us:
            the address is at the bottom of the page.
          </p>
        </div>
      )}
      {topics.map(({ topic, anchor, entries: inTopic }) => (
        <section key={anchor} id={anchor} aria-labelledby={`${anchor}-heading`}>
          <h2 id={`${anchor}-heading`}>{topic}</h2>
          {inTopic.map((entry) => (
            <article
              key={entry.slug}
              id={entry.slug}
              className="faq-entry"
              aria-labelledby={`${entry.slug}-question`}
            >
              <h3 id={`${entry.slug}-question`}>{entry.question}</h3>
              <AnswerBody body={entry.answer} />
            </article>
          ))}
        </section>
      ))}
    </SectionLayout>
  )
}
