import type { Metadata } from 'next'
import Link from '@/components/LocaleLink'
import { notFound } from 'next/navigation'
import { StatusMessage } from '@/components/StatusMessage'
import { documentForRequest } from '@/document-access/pages'
import { ACCESS_LEVEL_NAMES, documentKindLabel } from '@/trust/documents'
import type { SearchParams } from '@/utilities/subprocessorFilters'

type Props = {
  params: Promise<{ locale: string; slug: string }>
  searchParams: Promise<SearchParams>
}

export const metadata: Metadata = {
  title: 'Request access to a document',
  description:
    'Ask for a confidential document: confirm your email address, accept the NDA, and download it once access is granted.',
  // after a refusal the address holds what the visitor typed: never sent on as a Referer
  referrer: 'no-referrer',
}

const single = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value) ?? ''

type Outcome = { tone: 'success' | 'error'; title: string; text: string; field?: string }

// What POST /access/request and /access/accept redirect to (src/document-access/http.ts).
const outcomes: Record<string, Outcome> = {
  'check-inbox': {
    tone: 'success',
    title: 'Check your inbox',
    text: 'We have sent you an email with a link. Open it to confirm your address and read the NDA. The link works for 24 hours.',
  },
  'awaiting-approval': {
    tone: 'success',
    title: 'Thank you: your request is waiting for approval',
    text: 'You have confirmed your address and accepted the NDA. We will email you when the request has been reviewed, with a link to download the document if it is approved.',
  },
}
const errors: Record<string, Outcome> = {
  'missing-name': {
    tone: 'error',
    title: 'Enter your name',
    text: 'Your name is stamped on the copy you download.',
    field: 'name',
  },
  'missing-company': {
    tone: 'error',
    title: 'Enter your company',
    text: 'Say which company you work for.',
    field: 'company',
  },
  'missing-reason': {
    tone: 'error',
    title: 'Say why you need the document',
    text: 'A sentence is enough, for example "Vendor security review for our procurement".',
    field: 'reason',
  },
  'long-name': {
    tone: 'error',
    title: 'Your name is too long',
    text: 'Use at most 120 characters.',
    field: 'name',
  },
  'long-company': {
    tone: 'error',
    title: 'The company name is too long',
    text: 'Use at most 120 characters.',
    field: 'company',
  },
  'long-reason': {
    tone: 'error',
    title: 'The reason is too long',
    text: 'Use at most 1,000 characters.',
    field: 'reason',
  },
  'invalid-email': {
    tone: 'error',
    title: 'Enter a valid work email address',
    text: 'For example name@company.com. We send the confirmation link there.',
    field: 'email',
  },
  'refused-domain': {
    tone: 'error',
    title: 'Use your work email address',
    text: 'Requests from this email provider are not accepted. Use the address of the company you work for.',
    field: 'email',
  },
  'no-nda': {
    tone: 'error',
    title: 'Requests are not open yet',
    text: 'Confidential documents cannot be requested online yet. Please write to the contact address at the bottom of the page.',
  },
  'mail-down': {
    tone: 'error',
    title: 'The email could not be sent',
    text: 'Our mail server did not answer. Please send the form again in a few minutes.',
  },
  invalid: {
    tone: 'error',
    title: 'The form could not be read',
    text: 'Please fill it in again and send it.',
  },
}

export default async function RequestAccessPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams])
  const { document, ndaReady, grantDays } = await documentForRequest(slug)
  if (!document) notFound()
  const code = single(query.error) || single(query.status)
  const outcome = errors[code] ?? outcomes[code]
  const invalid = (field: string) => (outcome?.field === field ? true : undefined)
  const describedBy = (field: string, hint?: string) =>
    [outcome?.field === field ? 'request-outcome' : '', hint ?? ''].filter(Boolean).join(' ') ||
    undefined
  const showForm = document.accessLevel !== 'public' && ndaReady && outcome?.tone !== 'success'

  return (
    <>
      <p className="meta">
        <Link href="/documents">Documents</Link>
      </p>
      <h1>Request access to “{document.title}”</h1>
      <p className="lead">
        {documentKindLabel(document.kind)} · {ACCESS_LEVEL_NAMES[document.accessLevel]}
      </p>
      {document.description && <p>{document.description}</p>}
      {outcome && (
        <StatusMessage id="request-outcome" tone={outcome.tone} title={outcome.title}>
          <p>{outcome.text}</p>
        </StatusMessage>
      )}
      {document.accessLevel === 'public' && (
        <p>
          This document is public: <a href={`/documents/${document.slug}/download`}>download it</a>{' '}
          with no request.
        </p>
      )}
      {document.accessLevel !== 'public' && !ndaReady && !outcome && (
        <StatusMessage tone="error" title="Requests are not open yet">
          <p>
            Confidential documents cannot be requested online yet. Please write to the contact
            address at the bottom of the page.
          </p>
        </StatusMessage>
      )}
      {showForm && (
        <>
          <h2>How it works</h2>
          <ol>
            <li>Tell us who you are and why you need the document.</li>
            <li>Open the link we email you, to confirm your address.</li>
            <li>Read and accept our non-disclosure agreement (one click).</li>
            {document.accessLevel === 'approval' && (
              <li>We review your request and email you our answer.</li>
            )}
            <li>
              Download the document. Each copy is marked with your name, email and the date; your
              access lasts {grantDays} days.
            </li>
          </ol>
          <form className="request-form" method="post" action="/access/request">
            <input type="hidden" name="document" value={document.slug ?? ''} />
            <div className="field">
              <label htmlFor="request-name">Your name</label>
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
              <label htmlFor="request-email">Work email</label>
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
                We send a link to this address to confirm it is yours.
              </p>
            </div>
            <div className="field">
              <label htmlFor="request-company">Company</label>
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
              <label htmlFor="request-reason">Why do you need it?</label>
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
                For example: “Security review before we sign the contract.”
              </p>
            </div>
            <div className="visually-hidden">
              <label htmlFor="request-website">Leave this empty</label>
              <input
                id="request-website"
                name="website"
                type="text"
                tabIndex={-1}
                autoComplete="off"
              />
            </div>
            <div className="actions">
              <button type="submit">Send request</button>
            </div>
          </form>
          <p className="meta">
            Already have access? <Link href="/access">Sign in to download</Link>.
          </p>
        </>
      )}
    </>
  )
}
