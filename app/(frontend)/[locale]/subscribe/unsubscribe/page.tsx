import type { Metadata } from 'next'
import { LocaleField } from '@/components/LocaleField'
import Link from '@/components/LocaleLink'
import { StatusMessage } from '@/components/StatusMessage'
import type { SearchParams } from '@/utilities/subprocessorFilters'

// A personal link: kept out of search engines, and its token out of the Referer of outgoing links.
export const metadata: Metadata = {
  title: 'Unsubscribe from subprocessor notices',
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
}

/**
 * Opening the emailed unsubscribe link only shows a button: the POST it sends unsubscribes,
 * because mail scanners open (GET) every link in a message. The POST checks the link.
 */
export default async function UnsubscribePage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>
}) {
  const params = await searchParams
  const token = (Array.isArray(params.token) ? params.token[0] : params.token) ?? ''

  return (
    <>
      <h1>Unsubscribe from subprocessor notices</h1>
      {token ? (
        <>
          <p className="lead">
            You will no longer get an email when we announce a change to our subprocessors.
          </p>
          <form method="post" action="/notices/unsubscribe">
            <LocaleField />
            <input type="hidden" name="token" value={token} />
            <div className="actions">
              <button type="submit">Unsubscribe</button>
            </div>
          </form>
          <p className="meta">
            Changed your mind? Close this page: nothing changes until you press the button.
          </p>
        </>
      ) : (
        <StatusMessage tone="error" title="Use the link from your email">
          <p>
            This page works only through the unsubscribe link in a notice email. Open it straight
            from the email, or copy the whole address into your browser.{' '}
            <Link href="/subscribe">Back to subscriptions</Link>.
          </p>
        </StatusMessage>
      )}
    </>
  )
}
