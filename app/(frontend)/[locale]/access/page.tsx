import type { Metadata } from 'next'
import Link from '@/components/LocaleLink'
import { DocumentText } from '@/components/DocumentText'
import { FormattedDate } from '@/components/FormattedDate'
import { InLanguageBlock } from '@/components/InLanguageBlock'
import { LocaleField } from '@/components/LocaleField'
import { PolicyBody } from '@/components/PolicyBody'
import { StatusMessage } from '@/components/StatusMessage'
import { InLanguage } from '@/components/SubprocessorDetails'
import { visitorArea } from '@/document-access/pages'
import { DEFAULT_LOCALE } from '@/i18n/locales'
import { localePath } from '@/i18n/paths'
import { pageWords } from '@/i18n/portalWords'
import { localeFromParams, type LocaleProps } from '@/i18n/request'
import { isUntranslated } from '@/i18n/resolve'
import type { Policy } from '@/payload-types'
import type { SearchParams } from '@/utilities/subprocessorFilters'

export async function generateMetadata({ params }: LocaleProps): Promise<Metadata> {
  await localeFromParams(params)
  const words = pageWords().accessPage
  return { title: words.title, description: words.description }
}

const single = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value) ?? ''

// What the sign-in, new-link and sign-out forms redirect to (src/document-access/http.ts): the
// words are in portalWords (accessPage.outcomes), the tone here.
const SUCCESSES = ['granted', 'signed-in', 'signed-out', 'link-sent']

export default async function VisitorAreaPage({
  params,
  searchParams,
}: LocaleProps & { searchParams: Promise<SearchParams> }) {
  const locale = await localeFromParams(params)
  const [area, query] = await Promise.all([visitorArea(locale), searchParams])
  const words = pageWords()
  const page = words.accessPage
  const code = single(query.error) || single(query.status)
  const found = Object.hasOwn(page.outcomes, code)
    ? page.outcomes[code as keyof typeof page.outcomes]
    : undefined
  const tone = SUCCESSES.includes(code) ? ('success' as const) : ('error' as const)
  const inSource = (untranslated: string[] | undefined, path: string) =>
    locale !== DEFAULT_LOCALE && isUntranslated(untranslated, path)

  return (
    <>
      <h1>{page.title}</h1>
      {found && (
        <StatusMessage tone={tone} title={found.title}>
          <p>{found.text}</p>
        </StatusMessage>
      )}
      {area ? (
        <>
          <p className="lead">{page.signedInAs(area.session.email)}</p>
          {area.grants.length ? (
            <ul className="grant-list">
              {area.grants.map(({ grant, document }) =>
                document ? (
                  <li key={grant.id}>
                    <a href={localePath(locale, `/documents/${document.slug}/download`)}>
                      {page.downloadBefore}
                      <DocumentText document={document} field="title" />
                      {page.downloadAfter}
                    </a>{' '}
                    <span className="meta">
                      {page.markedUntil} <FormattedDate iso={grant.expiresAt} />)
                    </span>
                  </li>
                ) : null,
              )}
            </ul>
          ) : (
            <p>
              {page.noAccess} <Link href="/documents">{page.requestOne}</Link>.
            </p>
          )}
          {area.faq.length > 0 && (
            <section aria-labelledby="customer-faq">
              <h2 id="customer-faq">{page.customerFaq}</h2>
              {area.faq.map((entry) => (
                <details key={entry.id} id={entry.slug ?? undefined}>
                  <summary>
                    <InLanguage
                      source={inSource(entry.untranslated, 'question')}
                      note={words.inEnglish}
                    >
                      {entry.question}
                    </InLanguage>
                  </summary>
                  <InLanguageBlock
                    source={inSource(entry.untranslated, 'answer')}
                    note={words.untranslatedNote}
                  >
                    <PolicyBody body={entry.answer as Policy['body']} />
                  </InLanguageBlock>
                </details>
              ))}
            </section>
          )}
          <form method="post" action="/access/sign-out">
            <LocaleField />
            <div className="actions">
              <button type="submit" className="button-secondary">
                {page.signOut}
              </button>
            </div>
          </form>
        </>
      ) : (
        <>
          <p className="lead">
            {page.releasedTo} {page.chooseBefore}
            <Link href="/documents">{page.documentList}</Link>
            {page.chooseAfter}
          </p>
          <h2>{page.haveAccess}</h2>
          <p>{page.openLink}</p>
          <form method="post" action="/access/link">
            <LocaleField />
            <div className="field">
              <label htmlFor="link-email">{page.email}</label>
              <input
                id="link-email"
                name="email"
                type="email"
                required
                maxLength={254}
                autoComplete="email"
                spellCheck={false}
              />
            </div>
            <div className="visually-hidden">
              <label htmlFor="link-website">{words.leaveEmpty}</label>
              <input
                id="link-website"
                name="website"
                type="text"
                tabIndex={-1}
                autoComplete="off"
              />
            </div>
            <div className="actions">
              <button type="submit">{page.sendLink}</button>
            </div>
          </form>
        </>
      )}
    </>
  )
}
