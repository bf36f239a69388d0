import type { Metadata } from 'next'
import Link from '@/components/LocaleLink'
import { PolicyBody } from '@/components/PolicyBody'
import { StatusMessage } from '@/components/StatusMessage'
import { ndaPage } from '@/document-access/pages'
import type { Policy } from '@/payload-types'
import type { SearchParams } from '@/utilities/subprocessorFilters'

// A personal link: kept out of search engines, and its token out of the Referer of outgoing links.
export const metadata: Metadata = {
  title: 'Accept the non-disclosure agreement',
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
}

const single = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value) ?? ''

const errors: Record<string, string> = {
  'not-accepted': 'Tick the box to accept the NDA, then choose “Accept and continue”.',
  'nda-changed':
    'The NDA was updated while this page was open. Read the current text below and accept it again.',
}

/**
 * Opening the emailed link shows the NDA and changes nothing (mail scanners open every link):
 * pressing "Accept and continue" confirms the address and records the acceptance.
 */
export default async function ConfirmAccessPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>
}) {
  const params = await searchParams
  const token = single(params.token)
  const { request, nda, document, problem } = await ndaPage(token)
  const error = errors[single(params.error)]

  if (problem || !request || !document)
    return (
      <>
        <h1>Accept the non-disclosure agreement</h1>
        <StatusMessage tone="error" title="This link cannot be used">
          <p>{problem?.message}</p>
          <p>
            Choose a document from the <Link href="/documents">document list</Link> to request it
            again. Already have access? <Link href="/access">Sign in</Link>.
          </p>
        </StatusMessage>
      </>
    )

  return (
    <>
      <h1>{nda ? nda.title : 'Non-disclosure agreement'}</h1>
      <p className="lead">
        Before you download “{document.title}”, please read and accept this agreement. You are
        accepting it as {request.name} ({request.email}) of {request.company}.
      </p>
      {error && (
        <StatusMessage id="nda-error" tone="error" title="Not accepted yet">
          <p>{error}</p>
        </StatusMessage>
      )}
      {nda ? (
        <>
          <section aria-label="Agreement text" className="nda-text">
            <PolicyBody body={nda.text as Policy['body']} />
          </section>
          <form method="post" action="/access/accept">
            <input type="hidden" name="token" value={token} />
            <input type="hidden" name="ndaVersion" value={nda.version} />
            <div className="field field-checkbox">
              <input
                id="nda-accept"
                name="accept"
                type="checkbox"
                value="yes"
                required
                aria-describedby={error ? 'nda-error' : undefined}
              />
              <label htmlFor="nda-accept">
                I have read the agreement and accept it on behalf of {request.company}.
              </label>
            </div>
            <div className="actions">
              <button type="submit">Accept and continue</button>
            </div>
          </form>
          <p className="meta">
            Your acceptance is recorded with the date, the version of this text, your network
            address and browser. Do not agree? Close this page: nothing happens.
          </p>
        </>
      ) : (
        <StatusMessage tone="error" title="The agreement is not available">
          <p>Please write to the contact address at the bottom of the page.</p>
        </StatusMessage>
      )}
    </>
  )
}
