import type { Metadata } from 'next'
import { pageWords } from '@/i18n/portalWords'
import { localeFromParams } from '@/i18n/request'
import Link from '@/components/LocaleLink'
import { ChangeDetails, changeTitle, isInEffect } from '@/components/ChangeDetails'
import { FormattedDate } from '@/components/FormattedDate'
import { PageNotFound } from '@/components/PageNotFound'
import { RecordedNote } from '@/components/Recorded'
import { getChangeBySlug, listChanges, listSubprocessorPages } from '@/data/changes'
import { buildSeesEmptyDatabase } from '@/data/publicQuery'
import { getSiteSettings } from '@/data/trustCenter'
import { pageMetadata } from '@/site/metadata'

type Props = { params: Promise<{ locale: string; slug: string }> }

// A change's permanent address (linked from every notice and feed item). Announced changes are
// prerendered; later ones are rendered on first visit, then cached until the `changes` tag expires.
export async function generateStaticParams() {
  if (await buildSeesEmptyDatabase()) return []
  const changes = await listChanges()
  return changes.map(({ slug }) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await localeFromParams(params)
  const { slug } = await params
  const [settings, change] = await Promise.all([getSiteSettings(), getChangeBySlug(slug)])
  if (!change) return { title: pageWords().notFound.title }
  return pageMetadata({
    settings,
    title: changeTitle(change),
    description: change.reason,
    path: `/changes/${change.slug}`,
    type: 'article',
  })
}

export default async function ChangePage({ params }: Props) {
  const { slug } = await params
  const [settings, change, listed] = await Promise.all([
    getSiteSettings(),
    getChangeBySlug(slug),
    listSubprocessorPages(),
  ])
  if (!change) return <PageNotFound listTitle={settings.subprocessorListTitle} />
  const words = pageWords().changePage
  const title = changeTitle(change)
  const subject = encodeURIComponent(words.mailSubject(title))
  const contact = settings.contactEmail
  const mailto = contact && <a href={`mailto:${contact}?subject=${subject}`}>{contact}</a>

  return (
    <article>
      <p className="breadcrumb">
        <Link href="/changes">{pageWords().changeLog.title}</Link>
      </p>
      <h1>{title}</h1>
      <RecordedNote text={words.recordedInSource} />
      <ChangeDetails change={change} headingLevel={2} listed={listed} />

      <h2>{words.howToObject}</h2>
      {isInEffect(change) ? (
        <p>
          {words.tookEffectOn} <FormattedDate iso={change.effectiveDate} />
          {words.stillWelcome}
          {mailto && (
            <>
              {words.stillWelcomeAt} {mailto}
            </>
          )}
          .
        </p>
      ) : (
        <>
          <p>
            {words.objectBefore}{' '}
            <strong>
              <FormattedDate iso={change.effectiveDate} />
            </strong>
            {words.objectAfter}
            {mailto && (
              <>
                {words.writeTo} {mailto}
              </>
            )}
            .
          </p>
          <p>
            {words.subscribersToo} <Link href="/subscribe">{words.subscribe}</Link>
            {words.subscribeAfter}
          </p>
        </>
      )}
    </article>
  )
}
