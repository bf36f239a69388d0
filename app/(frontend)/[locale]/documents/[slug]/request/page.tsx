import type { Metadata } from 'next'
import Link from '@/components/LocaleLink'
import { notFound } from 'next/navigation'
import { DocumentText } from '@/components/DocumentText'
import { LocaleField } from '@/components/LocaleField'
import { StatusMessage } from '@/components/StatusMessage'
import { documentForRequest } from '@/document-access/pages'
import { localePath } from '@/i18n/paths'
import { pageWords } from '@/i18n/portalWords'
import { localeFromParams, requestLocale } from '@/i18n/request'
import type { SearchParams } from '@/utilities/subprocessorFilters'

type Props = {
  params: Promise<{ locale: string; slug: string }>
  searchParams: Promise<SearchParams>
}

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  await localeFromParams(params)
  const words = pageWords().requestPage
  return {
    title: words.title,
    description: words.description,
    // after a refusal the address holds what the visitor typed: never sent on as a Referer
    referrer: 'no-referrer',
  }
}

const single = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value) ?? ''

type Code = keyof ReturnType<typeof pageWords>['requestPage']['outcomes']

// What POST /access/request and /access/accept redirect to (src/document-access/http.ts): the
// words are in portalWords (requestPage.outcomes), the tone and the field they concern here.
const SUCCESSES: readonly Code[] = ['check-inbox', 'awaiting-approval']
const FIELDS: Partial<Record<Code, string>> = {
  'missing-name': 'name',
  'missing-company': 'company',
  'missing-reason': 'reason',
  'long-name': 'name',
  'long-company': 'company',
  'long-reason': 'reason',
  'invalid-email': 'email',
  'refused-domain': 'email',
}

export default async function RequestAccessPage({ params, searchParams }: Props) {
  await localeFromParams(params)
  const [{ slug }, query] = await Promise.all([params, searchParams])
  const { document, ndaReady, grantDays } = await documentForRequest(slug, requestLocale())
  if (!document) notFound()
  const words = pageWords()
  const page = words.requestPage
  const code = (single(query.error) || single(query.status)) as Code
  const found = Object.hasOwn(page.outcomes, code) ? page.outcomes[code] : undefined
  const tone = SUCCESSES.includes(code) ? ('success' as const) : ('error' as const)
  const outcome = found && { ...found, tone, field: FIELDS[code] }
  const invalid = (field: string) => (outcome?.field === field ? true : undefined)
  const describedBy = (field: string, hint?: string) =>
    [outcome?.field === field ? 'request-outcome' : '', hint ?? ''].filter(Boolean).join(' ') ||
    undefined
  const showForm = document.accessLevel !== 'public' && ndaReady && outcome?.tone !== 'success'

  return (
    <>
      <p className="meta">
        <Link href="/documents">{words.documentsPage.title}</Link>
      </p>
      <h1>
        {page.headingBefore}
        <DocumentText document={document} field="title" />
        {page.headingAfter}
      </h1>
      <p className="lead">
        {words.documentKinds[document.kind]} · {words.accessLevels[document.accessLevel]}
      </p>
      {document.description && (
        <p>
          <DocumentText document={document} field="description" />
        </p>
      )}
      {outcome && (
        <StatusMessage id="request-outcome" tone={outcome.tone} title={outcome.title}>
          <p>{outcome.text}</p>
        </StatusMessage>
      )}
      {document.accessLevel === 'public' && (
        <p>
          {page.publicBefore}
          <a href={localePath(requestLocale(), `/documents/${document.slug}/download`)}>
            {page.downloadIt}
          </a>
          {page.publicAfter}
        </p>
      )}
      {document.accessLevel !== 'public' && !ndaReady && !outcome && (
        <StatusMessage tone="error" title={page.outcomes['no-nda'].title}>
          <p>{page.outcomes['no-nda'].text}</p>
        </StatusMessage>
      )}
      {showForm && (
        <>
          <h2>{page.howItWorks}</h2>
          <ol>
            <li>{page.stepTell}</li>
            <li>{page.stepConfirm}</li>
            <li>{page.stepAccept}</li>
            {document.accessLevel === 'approval' && <li>{page.stepReview}</li>}
            <li>{page.stepDownload(grantDays)}</li>
          </ol>
          {/* one address in every language: the form's `locale` says which page to answer with */}
          <form className="request-form" method="post" action="/access/request">
            <input type="hidden" name="document" value={document.slug ?? ''} />
            <LocaleField />
            <div className="field">
              <label htmlFor="request-name">{page.name}</label>
              <input
                id="request-name"
                name="name"
                defaultValue={single(query.name)}
                type="text"
                required
                maxLength={120}
                autoComplete="name"
                aria-invalid={invalid('name')}
                aria-describedby={describedBy('name')}
              />
            </div>
            <div className="field">
              <label htmlFor="request-email">{page.email}</label>
              <input
                id="request-email"
                name="email"
                defaultValue={single(query.email)}
                type="email"
                required
                maxLength={254}
                autoComplete="email"
                spellCheck={false}
                aria-invalid={invalid('email')}
                aria-describedby={describedBy('email', 'request-email-hint')}
              />
              <p id="request-email-hint" className="hint">
                {page.emailHint}
              </p>
            </div>
            <div className="field">
              <label htmlFor="request-company">{page.company}</label>
              <input
                id="request-company"
                name="company"
                defaultValue={single(query.company)}
                type="text"
                required
                maxLength={120}
                autoComplete="organization"
                aria-invalid={invalid('company')}
                aria-describedby={describedBy('company')}
              />
            </div>
            <div className="field">
              <label htmlFor="request-reason">{page.reason}</label>
              <textarea
                id="request-reason"
                name="reason"
                defaultValue={single(query.reason)}
                required
                maxLength={1000}
                rows={4}
                aria-invalid={invalid('reason')}
                aria-describedby={describedBy('reason', 'request-reason-hint')}
              />
              <p id="request-reason-hint" className="hint">
                {page.reasonHint}
              </p>
            </div>
            <div className="visually-hidden">
              <label htmlFor="request-website">{words.leaveEmpty}</label>
              <input
                id="request-website"
                name="website"
                type="text"
                tabIndex={-1}
                autoComplete="off"
              />
            </div>
            <div className="actions">
              <button type="submit">{page.send}</button>
            </div>
          </form>
          <p className="meta">
            {words.documentsPage.haveAccess}{' '}
            <Link href="/access">{words.documentsPage.signInToDownload}</Link>.
          </p>
        </>
      )}
    </>
  )
}
