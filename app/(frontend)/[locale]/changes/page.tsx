import type { Metadata } from 'next'
import { localeFromParams, type LocaleProps } from '@/i18n/request'
import Link from '@/components/LocaleLink'
import { ChangeDetails } from '@/components/ChangeDetails'
import { FeedLinks } from '@/components/FeedLinks'
import { StatusMessage } from '@/components/StatusMessage'
import { SubscribeForm } from '@/components/SubscribeForm'
import { listChanges, listSubprocessorPages } from '@/data/changes'
import { getSiteSettings } from '@/data/trustCenter'
import { pageMetadata } from '@/site/metadata'
import type { SearchParams } from '@/utilities/subprocessorFilters'

// Where the objection endpoint sends a visitor whose link did not work.
const linkErrors: Record<string, { title: string; text: string }> = {
  'invalid-link': {
    title: 'This link does not work',
    text: 'Open the link straight from the notice email, or copy the whole address into your browser.',
  },
  used: {
    title: 'This link is no longer valid',
    text: 'It has expired, or it belongs to a subscription that has ended. Write to us instead (see "How to object" on the change).',
  },
  invalid: {
    title: 'Your objection could not be read',
    text: 'Open the link from the notice email again and send the form once more.',
  },
}

export async function generateMetadata({ params }: LocaleProps): Promise<Metadata> {
  await localeFromParams(params)
  const settings = await getSiteSettings()
  return pageMetadata({
    settings,
    title: 'Subprocessor changes',
    description: `Every announced change to the ${settings.subprocessorListTitle}${settings.companyName ? ` of ${settings.companyName}` : ''}: what changes, when and why.`,
    path: '/changes',
  })
}

export default async function ChangesPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>
}) {
  const [settings, changes, params, listed] = await Promise.all([
    getSiteSettings(),
    listChanges(),
    searchParams,
    listSubprocessorPages(),
  ])
  const error = typeof params.error === 'string' ? linkErrors[params.error] : undefined

  return (
    <>
      <h1>Subprocessor changes</h1>
      {error && (
        <StatusMessage tone="error" title={error.title}>
          <p>{error.text}</p>
        </StatusMessage>
      )}
      <p className="lead">
        Every change to the <Link href="/subprocessors">{settings.subprocessorListTitle}</Link> we
        have announced, newest first. We announce a change before it takes effect, so you can object
        in time. <a href="#get-notified">Get an email about each change</a>, or follow a feed.
      </p>

      <h2>Announced changes</h2>
      {changes.length === 0 ? (
        <div className="empty-state">
          <h3>No changes announced yet</h3>
          <p>
            The list has not changed since it was first published. When we announce a change, it
            appears here and in the feeds, and subscribers get an email.
          </p>
        </div>
      ) : (
        <ol className="change-list">
          {changes.map((change) => (
            <li key={change.id}>
              <article className="card" aria-labelledby={`change-${change.id}`}>
                <h3 id={`change-${change.id}`}>
                  <Link href={`/changes/${change.slug}`}>{change.title}</Link>
                </h3>
                <ChangeDetails change={change} headingLevel={4} listed={listed} />
              </article>
            </li>
          ))}
        </ol>
      )}

      <section id="get-notified" aria-labelledby="get-notified-heading">
        <h2 id="get-notified-heading">Get notified</h2>
        <p>Get an email each time we announce a change:</p>
        <SubscribeForm />
        <h3>Feeds</h3>
        <p>Follow the changes in a feed reader, or read them from a script:</p>
        <FeedLinks />
      </section>
    </>
  )
}
