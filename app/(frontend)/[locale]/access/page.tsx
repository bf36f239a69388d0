import type { Metadata } from 'next'
import Link from '@/components/LocaleLink'
import { FormattedDate } from '@/components/FormattedDate'
import { PolicyBody } from '@/components/PolicyBody'
import { StatusMessage } from '@/components/StatusMessage'
import { visitorArea } from '@/document-access/pages'
import type { Document, Policy } from '@/payload-types'
import type { SearchParams } from '@/utilities/subprocessorFilters'

export const metadata: Metadata = {
  title: 'Your documents',
  description:
    'The confidential documents you have been given access to, and a sign-in link by email to come back to them.',
}

const single = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value) ?? ''

type Outcome = { tone: 'success' | 'error'; title: string; text: string }
const outcomes: Record<string, Outcome> = {
  granted: {
    tone: 'success',
    title: 'You have access',
    text: 'Thank you for accepting the NDA. Download the document below; we have also emailed you a link to come back later.',
  },
  'signed-in': { tone: 'success', title: 'You are signed in', text: 'Your documents are below.' },
  'signed-out': {
    tone: 'success',
    title: 'You are signed out',
    text: 'Sign in again with a link from your email.',
  },
  'link-sent': {
    tone: 'success',
    title: 'Check your inbox',
    text: 'If this address has access to any document, we have emailed it a sign-in link. It works once, for 24 hours.',
  },
  'invalid-link': {
    tone: 'error',
    title: 'This sign-in link does not work',
    text: 'Open it straight from the email, or ask for a new one below.',
  },
  'used-link': {
    tone: 'error',
    title: 'This sign-in link has been used or has expired',
    text: 'Ask for a new one below.',
  },
  ended: { tone: 'error', title: 'Your access has ended', text: 'Request the document again.' },
  'invalid-email': {
    tone: 'error',
    title: 'Enter a valid email address',
    text: 'For example name@company.com.',
  },
}

export default async function VisitorAreaPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>
}) {
  const [area, params] = await Promise.all([visitorArea(), searchParams])
  const outcome = outcomes[single(params.error) || single(params.status)]

  return (
    <>
      <h1>Your documents</h1>
      {outcome && (
        <StatusMessage tone={outcome.tone} title={outcome.title}>
          <p>{outcome.text}</p>
        </StatusMessage>
      )}
      {area ? (
        <>
          <p className="lead">Signed in as {area.session.email}.</p>
          {area.grants.length ? (
            <ul className="grant-list">
              {area.grants.map((grant) => {
                const document = grant.document as Document
                return (
                  <li key={grant.id}>
                    <a href={`/documents/${document.slug}/download`}>Download “{document.title}”</a>{' '}
                    <span className="meta">
                      (PDF, marked with your name; access until{' '}
                      <FormattedDate iso={grant.expiresAt} />)
                    </span>
                  </li>
                )
              })}
            </ul>
          ) : (
            <p>
              You have no current access to any document. <Link href="/documents">Request one</Link>
              .
            </p>
          )}
          {area.faq.length > 0 && (
            <section aria-labelledby="customer-faq">
              <h2 id="customer-faq">Answers for customers</h2>
              {area.faq.map((entry) => (
                <details key={entry.id} id={entry.slug ?? undefined}>
                  <summary>{entry.question}</summary>
                  <PolicyBody body={entry.answer as Policy['body']} />
                </details>
              ))}
            </section>
          )}
          <form method="post" action="/access/sign-out">
            <div className="actions">
              <button type="submit" className="button-secondary">
                Sign out
              </button>
            </div>
          </form>
        </>
      ) : (
        <>
          <p className="lead">
            Confidential documents are released to people who request them and accept our NDA.
            Choose one in the <Link href="/documents">document list</Link>.
          </p>
          <h2>Already have access?</h2>
          <p>Open the sign-in link from your email, or ask for a new one:</p>
          <form method="post" action="/access/link">
            <div className="field">
              <label htmlFor="link-email">Work email</label>
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
              <label htmlFor="link-website">Leave this empty</label>
              <input
                id="link-website"
                name="website"
                type="text"
                tabIndex={-1}
                autoComplete="off"
              />
            </div>
            <div className="actions">
              <button type="submit">Email me a sign-in link</button>
            </div>
          </form>
        </>
      )}
    </>
  )
}
