import type { Metadata } from 'next'
import Link from '@/components/LocaleLink'
import { DocumentText } from '@/components/DocumentText'
import { InLanguageBlock } from '@/components/InLanguageBlock'
import { LocaleField } from '@/components/LocaleField'
import { PolicyBody } from '@/components/PolicyBody'
import { StatusMessage } from '@/components/StatusMessage'
import { InLanguage } from '@/components/SubprocessorDetails'
import { ndaPage } from '@/document-access/pages'
import { DEFAULT_LOCALE } from '@/i18n/locales'
import { pageWords } from '@/i18n/portalWords'
import { localeFromParams, type LocaleProps } from '@/i18n/request'
import type { Policy } from '@/payload-types'
import type { SearchParams } from '@/utilities/subprocessorFilters'

// A personal link: kept out of search engines, and its token out of the Referer of outgoing links.
export async function generateMetadata({ params }: LocaleProps): Promise<Metadata> {
  await localeFromParams(params)
  return {
    title: pageWords().accessConfirmPage.title,
    robots: { index: false, follow: false },
    referrer: 'no-referrer',
  }
}

const single = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value) ?? ''

const wordFor = <Words extends object>(words: Words, code: string) =>
  Object.hasOwn(words, code) ? words[code as keyof Words] : undefined

/**
 * Opening the emailed link shows the NDA and changes nothing (mail scanners open every link):
 * pressing "Accept and continue" confirms the address and records the acceptance. The NDA has
 * one text, in English: a page in another language shows it marked as such.
 */
export default async function ConfirmAccessPage({
  params,
  searchParams,
}: LocaleProps & { searchParams: Promise<SearchParams> }) {
  const locale = await localeFromParams(params)
  const query = await searchParams
  const token = single(query.token)
  const { request, nda, document, problem } = await ndaPage(token, locale)
  const words = pageWords()
  const page = words.accessConfirmPage
  const error = wordFor(page.errors, single(query.error))
  const inSource = locale !== DEFAULT_LOCALE

  if (problem || !request || !document)
    return (
      <>
        <h1>{page.title}</h1>
        <StatusMessage tone="error" title={page.unusable}>
          <p>{(problem && wordFor(page.problems, problem.code)) ?? problem?.message}</p>
          <p>
            {page.chooseBefore}
            <Link href="/documents">{page.documentList}</Link>
            {page.chooseAfter} {page.haveAccess} <Link href="/access">{page.signIn}</Link>.
          </p>
        </StatusMessage>
      </>
    )

  return (
    <>
      <h1>
        {nda ? (
          <InLanguage source={inSource} note={words.inEnglish}>
            {nda.title}
          </InLanguage>
        ) : (
          page.ndaTitle
        )}
      </h1>
      <p className="lead">
        {page.leadBefore}
        <DocumentText document={document} field="title" />
        {page.leadAfter(request.name, request.email, request.company)}
      </p>
      {error && (
        <StatusMessage id="nda-error" tone="error" title={page.notYet}>
          <p>{error}</p>
        </StatusMessage>
      )}
      {nda ? (
        <>
          <section aria-label={page.agreementText} className="nda-text">
            <InLanguageBlock source={inSource} note={page.inSource}>
              <PolicyBody body={nda.text as Policy['body']} />
            </InLanguageBlock>
          </section>
          <form method="post" action="/access/accept">
            <input type="hidden" name="token" value={token} />
            <input type="hidden" name="ndaVersion" value={nda.version} />
            <LocaleField />
            <div className="field field-checkbox">
              <input
                id="nda-accept"
                name="accept"
                type="checkbox"
                value="yes"
                required
                aria-describedby={error ? 'nda-error' : undefined}
              />
              <label htmlFor="nda-accept">{page.acceptLabel(request.company)}</label>
            </div>
            <div className="actions">
              <button type="submit">{page.accept}</button>
            </div>
          </form>
          <p className="meta">{page.recorded}</p>
        </>
      ) : (
        <StatusMessage tone="error" title={page.unavailable}>
          <p>{page.writeToUs}</p>
        </StatusMessage>
      )}
    </>
  )
}
