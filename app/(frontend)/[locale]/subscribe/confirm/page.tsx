import type { Metadata } from 'next'
import { LocaleField } from '@/components/LocaleField'
import Link from '@/components/LocaleLink'
import { pageWords } from '@/i18n/portalWords'
import { localeFromParams, type LocaleProps } from '@/i18n/request'
import { StatusMessage } from '@/components/StatusMessage'
import { readToken, TokenError } from '@/notices/tokens'
import type { SearchParams } from '@/utilities/subprocessorFilters'

// A personal link: kept out of search engines, and its token out of the Referer of outgoing links.
export async function generateMetadata({ params }: LocaleProps): Promise<Metadata> {
  await localeFromParams(params)
  return {
    title: pageWords().confirmPage.title,
    robots: { index: false, follow: false },
    referrer: 'no-referrer',
  }
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
  const words = pageWords().confirmPage

  return (
    <>
      <h1>{words.title}</h1>
      {problem === 'invalid' && (
        <StatusMessage tone="error" title={pageWords().useEmailLink}>
          <p>
            {words.useLinkText} <Link href="/subscribe">{words.subscribeAgain}</Link>.
          </p>
        </StatusMessage>
      )}
      {problem === 'expired' && (
        <StatusMessage tone="error" title={words.expired}>
          <p>
            {words.expiredText} <Link href="/subscribe">{words.subscribeAgain}</Link>
            {words.expiredAfter}
          </p>
        </StatusMessage>
      )}
      {!problem && (
        <>
          <p className="lead">{words.lead}</p>
          <form method="post" action="/notices/confirm">
            <LocaleField />
            <input type="hidden" name="token" value={token} />
            <div className="actions">
              <button type="submit">{words.button}</button>
            </div>
          </form>
          <p className="meta">{words.notYou}</p>
        </>
      )}
    </>
  )
}
