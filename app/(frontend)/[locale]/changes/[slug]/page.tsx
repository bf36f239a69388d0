import type { Metadata } from 'next'
import { localeFromParams } from '@/i18n/request'
import Link from '@/components/LocaleLink'
import { ChangeDetails, isInEffect } from '@/components/ChangeDetails'
import { FormattedDate } from '@/components/FormattedDate'
import { PageNotFound } from '@/components/PageNotFound'
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
  if (!change) return { title: 'Page not found' }
  return pageMetadata({
    settings,
    title: change.title,
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
  const subject = encodeURIComponent(`Objection: ${change.title}`)

  return (
    <article>
      <p className="breadcrumb">
        <Link href="/changes">Subprocessor changes</Link>
      </p>
      <h1>{change.title}</h1>
      <ChangeDetails change={change} headingLevel={2} listed={listed} />

      <h2>How to object</h2>
      {isInEffect(change) ? (
        <p>
          This change took effect on <FormattedDate iso={change.effectiveDate} />. Questions or
          concerns about it are still welcome
          {settings.contactEmail ? (
            <>
              {' '}
              at{' '}
              <a href={`mailto:${settings.contactEmail}?subject=${subject}`}>
                {settings.contactEmail}
              </a>
            </>
          ) : null}
          .
        </p>
      ) : (
        <>
          <p>
            If you object to this change, tell us before it takes effect on{' '}
            <strong>
              <FormattedDate iso={change.effectiveDate} />
            </strong>
            {settings.contactEmail ? (
              <>
                : write to{' '}
                <a href={`mailto:${settings.contactEmail}?subject=${subject}`}>
                  {settings.contactEmail}
                </a>
              </>
            ) : null}
            .
          </p>
          <p>
            Subscribers can also use the link in the notice email we sent them.{' '}
            <Link href="/subscribe">Subscribe</Link> to get the next notices by email.
          </p>
        </>
      )}
    </article>
  )
}
