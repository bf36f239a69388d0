import type { Metadata } from 'next'
import Link from '@/components/LocaleLink'
import { InLanguageBlock } from '@/components/InLanguageBlock'
import { emptySectionRobots, NothingPublished } from '@/components/NothingPublished'
import { AnswerBody } from '@/components/PolicyBody'
import { SectionLayout } from '@/components/SectionLayout'
import { InLanguage } from '@/components/SubprocessorDetails'
import { groupByTopic, listPublicFaq, searchFaq, type FaqEntry } from '@/data/faq'
import { listSecuritySection } from '@/data/sections'
import { getSiteSettings } from '@/data/trustCenter'
import { DEFAULT_LOCALE } from '@/i18n/locales'
import { localePath } from '@/i18n/paths'
import { pageWords } from '@/i18n/portalWords'
import { isUntranslated } from '@/i18n/resolve'
import { localeFromParams, requestLocale, type LocaleProps } from '@/i18n/request'
import { pageMetadata } from '@/site/metadata'
import { anchorOf } from '@/utilities/anchor'
import type { SearchParams } from '@/utilities/subprocessorFilters'

const MAX_QUERY = 100

export async function faqMetadata({ params }: LocaleProps): Promise<Metadata> {
  await localeFromParams(params)
  const [settings, entries] = await Promise.all([getSiteSettings(), listPublicFaq()])
  const words = pageWords().faqPage
  return {
    ...pageMetadata({
      settings,
      title: words.title,
      description: words.description(settings.companyName),
      path: '/faq',
    }),
    ...(entries.length === 0 && { robots: emptySectionRobots }),
  }
}

export const readQuery = (params: SearchParams) =>
  ((Array.isArray(params.q) ? params.q[0] : params.q) ?? '').trim().slice(0, MAX_QUERY)

/**
 * The FAQ. Without a query it is static (app/(frontend)/[locale]/faq/page.tsx); with `?q=` proxy.ts sends
 * the request to the twin rendered per request (app/(frontend)/[locale]/faq-search/page.tsx), as for the
 * subprocessor list. The search is a plain GET form: it works without JavaScript.
 */
export async function FaqView({ params }: { params: SearchParams }) {
  const [entries, section] = await Promise.all([listPublicFaq(), listSecuritySection()])
  const words = pageWords()
  const faq = words.faqPage
  if (entries.length === 0) return <NothingPublished title={faq.title} what={faq.nothing} />
  const locale = requestLocale()
  // a text shown in English for want of a translation
  const source = (entry: FaqEntry, path: string) =>
    locale !== DEFAULT_LOCALE && isUntranslated(entry.untranslated, path)
  const query = readQuery(params)
  const matches = searchFaq(entries, query)
  const topics = groupByTopic(matches, anchorOf)
  const faqPath = localePath(locale, '/faq')
  const topicName = (group: (typeof topics)[number]) => (
    <InLanguage source={source(group.entries[0], 'topic')} note={words.inEnglish}>
      {group.topic}
    </InLanguage>
  )
  return (
    <SectionLayout label={words.security} items={section}>
      <h1>{faq.title}</h1>
      <p className="lead">{faq.lead}</p>
      <form
        className="search-form"
        method="get"
        action={faqPath}
        role="search"
        aria-label={faq.searchForm}
      >
        <div className="field">
          <label htmlFor="faq-q">{faq.searchLabel}</label>
          <input
            id="faq-q"
            name="q"
            type="search"
            defaultValue={query}
            maxLength={MAX_QUERY}
            aria-describedby="faq-q-hint"
          />
          <p id="faq-q-hint" className="hint">
            {faq.searchHint}
          </p>
        </div>
        <div className="actions">
          <button type="submit">{faq.search}</button>
          {/* A full page load back to the static page. */}
          {query && <a href={faqPath}>{faq.showAll}</a>}
        </div>
      </form>
      {query ? (
        <p className="result-count" role="status">
          {matches.length === 0
            ? faq.noMatch(query)
            : faq.matches(matches.length, entries.length, query)}
        </p>
      ) : (
        <nav aria-label={faq.topics} className="toc screen-only">
          <ul className="link-list">
            {topics.map((group) => (
              <li key={group.anchor}>
                <a href={`#${group.anchor}`}>{topicName(group)}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {query && matches.length === 0 && (
        <div className="empty-state">
          <h2>{faq.noMatches}</h2>
          <p>
            {faq.tryOther}
            <Link href="/faq">{faq.readEvery}</Link>
            {faq.orWrite}
          </p>
        </div>
      )}
      {topics.map((group) => (
        <section key={group.anchor} id={group.anchor} aria-labelledby={`${group.anchor}-heading`}>
          <h2 id={`${group.anchor}-heading`}>{topicName(group)}</h2>
          {group.entries.map((entry) => (
            <article
              key={entry.slug}
              id={entry.slug}
              className="faq-entry"
              aria-labelledby={`${entry.slug}-question`}
            >
              <h3 id={`${entry.slug}-question`}>
                <InLanguage source={source(entry, 'question')} note={words.inEnglish}>
                  {entry.question}
                </InLanguage>
              </h3>
              <InLanguageBlock source={source(entry, 'answer')} note={words.untranslatedNote}>
                <AnswerBody body={entry.answer} />
              </InLanguageBlock>
            </article>
          ))}
        </section>
      ))}
    </SectionLayout>
  )
}
