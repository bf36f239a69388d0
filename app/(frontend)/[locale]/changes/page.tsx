import type { Metadata } from 'next'
import { pageWords, wordsAt } from '@/i18n/portalWords'
import { localeFromParams, type LocaleProps } from '@/i18n/request'
import Link from '@/components/LocaleLink'
import { ChangeDetails, changeTitle } from '@/components/ChangeDetails'
import { FeedLinks } from '@/components/FeedLinks'
import { RecordedNote } from '@/components/Recorded'
import { StatusMessage } from '@/components/StatusMessage'
import { SubscribeForm } from '@/components/SubscribeForm'
import { listChanges, listSubprocessorPages } from '@/data/changes'
import { getSiteSettings } from '@/data/trustCenter'
import { pageMetadata } from '@/site/metadata'
import type { SearchParams } from '@/utilities/subprocessorFilters'

export async function generateMetadata({ params }: LocaleProps): Promise<Metadata> {
  await localeFromParams(params)
  const settings = await getSiteSettings()
  const words = pageWords().changeLog
  return pageMetadata({
    settings,
    title: words.title,
    description: words.description(settings.subprocessorListTitle, settings.companyName),
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
  const words = pageWords()
  const page = words.changeLog
  // where the objection endpoint sends a visitor whose link did not work
  const error =
    typeof params.error === 'string' ? wordsAt(page.linkErrors, params.error) : undefined

  return (
    <>
      <h1>{page.title}</h1>
      {error && (
        <StatusMessage tone="error" title={error.title}>
          <p>{error.text}</p>
        </StatusMessage>
      )}
      <p className="lead">
        {page.leadBefore} <Link href="/subprocessors">{settings.subprocessorListTitle}</Link>
        {page.leadAfter} <a href="#get-notified">{page.emailEach}</a>
        {page.orFeed}
      </p>

      <h2>{page.announced}</h2>
      {changes.length === 0 ? (
        <div className="empty-state">
          <h3>{page.noneTitle}</h3>
          <p>{page.noneText}</p>
        </div>
      ) : (
        <>
          <RecordedNote text={words.changePage.recordedInSource} />
          <ol className="change-list">
            {changes.map((change) => (
              <li key={change.id}>
                <article className="card" aria-labelledby={`change-${change.id}`}>
                  <h3 id={`change-${change.id}`}>
                    <Link href={`/changes/${change.slug}`}>{changeTitle(change)}</Link>
                  </h3>
                  <ChangeDetails change={change} headingLevel={4} listed={listed} />
                </article>
              </li>
            ))}
          </ol>
        </>
      )}

      <section id="get-notified" aria-labelledby="get-notified-heading">
        <h2 id="get-notified-heading">{words.getNotified}</h2>
        <p>{page.emailEachTime}</p>
        <SubscribeForm />
        <h3>{page.feeds}</h3>
        <p>{page.feedsText}</p>
        <FeedLinks />
      </section>
    </>
  )
}
