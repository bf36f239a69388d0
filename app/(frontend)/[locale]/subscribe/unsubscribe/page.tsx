import type { Metadata } from 'next'
import { LocaleField } from '@/components/LocaleField'
import Link from '@/components/LocaleLink'
import { pageWords } from '@/i18n/portalWords'
import { localeFromParams, type LocaleProps } from '@/i18n/request'
import { StatusMessage } from '@/components/StatusMessage'
import type { SearchParams } from '@/utilities/subprocessorFilters'

// A personal link: kept out of search engines, and its token out of the Referer of outgoing links.
export async function generateMetadata({ params }: LocaleProps): Promise<Metadata> {
  await localeFromParams(params)
  return {
    title: pageWords().unsubscribePage.title,
    robots: { index: false, follow: false },
    referrer: 'no-referrer',
  }
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
  const words = pageWords().unsubscribePage

  return (
    <>
      <h1>{words.title}</h1>
      {token ? (
        <>
          <p className="lead">{words.lead}</p>
          <form method="post" action="/notices/unsubscribe">
            <LocaleField />
            <input type="hidden" name="token" value={token} />
            <div className="actions">
              <button type="submit">{words.button}</button>
            </div>
          </form>
          <p className="meta">{words.changedMind}</p>
        </>
      ) : (
        <StatusMessage tone="error" title={pageWords().useEmailLink}>
          <p>
            {words.useLinkText} <Link href="/subscribe">{words.back}</Link>.
          </p>
        </StatusMessage>
      )}
    </>
  )
}
