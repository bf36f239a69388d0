import type { Metadata } from 'next'
import { LocaleField } from '@/components/LocaleField'
import Link from '@/components/LocaleLink'
import { StatusMessage } from '@/components/StatusMessage'
import { readToken, TokenError } from '@/notices/tokens'
import type { SearchParams } from '@/utilities/subprocessorFilters'

// A personal link: kept out of search engines, and its token out of the Referer of outgoing links.
export const metadata: Metadata = {
  title: 'Confirm your subscription',
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
}

/** Null when the link can be sent on; otherwise why not (signature and expiry; reuse shows on POST). */
function linkProblem(token: string): 'invalid' | 'expired' | null {
  try {
    readToken(token, 'confirm')
    return null
  } catch (error) {
    return error instanceof TokenError && error.status === 410 ? 'expired' : 'invalid'
  }
}

/**
 * Opening the emailed link only shows a button: the subscription is confirmed by the POST it
 * sends, because mail scanners open (GET) every link in a message.
 */
export default async function ConfirmSubscriptionPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>
}) {
  const params = await searchParams
  const token = (Array.isArray(params.token) ? params.token[0] : params.token) ?? ''
  const problem = linkProblem(token)

  return (
    <>
      <h1>Confirm your subscription</h1>
      {problem === 'invalid' && (
        <StatusMessage tone="error" title="Use the link from your email">
          <p>
            This page works only through the link in the confirmation email. Open it straight from
            the email, or copy the whole address into your browser. No email?{' '}
            <Link href="/subscribe">Subscribe again</Link>.
          </p>
        </StatusMessage>
      )}
      {problem === 'expired' && (
        <StatusMessage tone="error" title="This link has expired">
          <p>
            Confirmation links work for 7 days. <Link href="/subscribe">Subscribe again</Link> to
            get a new one.
          </p>
        </StatusMessage>
      )}
      {!problem && (
        <>
          <p className="lead">
            One step left: confirm that you want an email each time we announce a subprocessor
            change.
          </p>
          <form method="post" action="/notices/confirm">
            <LocaleField />
            <input type="hidden" name="token" value={token} />
            <div className="actions">
              <button type="submit">Confirm my subscription</button>
            </div>
          </form>
          <p className="meta">
            Did not ask for this? Close this page: nothing happens until you confirm.
          </p>
        </>
      )}
    </>
  )
}
