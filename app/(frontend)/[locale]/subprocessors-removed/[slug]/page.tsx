import type { Metadata } from 'next'
import { localeFromParams } from '@/i18n/request'
import Link from '@/components/LocaleLink'
import { DetailRow } from '@/components/DetailRow'
import { FormattedDate } from '@/components/FormattedDate'
import { PageNotFound } from '@/components/PageNotFound'
import { listRemovedSubprocessors } from '@/data/changes'
import { getSiteSettings } from '@/data/trustCenter'
import { pageMetadata } from '@/site/metadata'

type Props = { params: Promise<{ locale: string; slug: string }> }

// What /subprocessors/<slug> shows, with 410 Gone, for a subprocessor a change in effect took off
// the list: proxy.ts answers that address with this page's HTML and the status (a page cannot set
// one itself). Rendered on first visit, then cached until the changes or subprocessors tag expires.
export function generateStaticParams() {
  return []
}

const getRemoved = async (slug: string) => (await listRemovedSubprocessors()).get(slug) ?? null

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await localeFromParams(params)
  const { slug } = await params
  const [settings, removed] = await Promise.all([getSiteSettings(), getRemoved(slug)])
  if (!removed) return { title: 'Page not found' }
  return {
    ...pageMetadata({
      settings,
      title: `${removed.name} (removed)`,
      description: `No longer a subprocessor: ${removed.reason}`,
      path: `/subprocessors/${removed.slug}`,
    }),
    robots: { index: false },
  }
}

export default async function RemovedSubprocessorPage({ params }: Props) {
  const { slug } = await params
  const [settings, removed] = await Promise.all([getSiteSettings(), getRemoved(slug)])
  if (!removed) return <PageNotFound listTitle={settings.subprocessorListTitle} />
  const replaced = removed.change.kind === 'replacement'

  return (
    <article>
      <p className="breadcrumb">
        <Link href="/subprocessors">{settings.subprocessorListTitle}</Link>
      </p>
      <h1>
        {removed.name} <span className="badge">Removed</span>
      </h1>
      <p>
        {removed.name} is no longer one of our subprocessors: it was{' '}
        {replaced ? 'replaced' : 'removed'} on <FormattedDate iso={removed.removedOn} />, as
        announced in a change notice.
      </p>
      <dl className="details">
        <DetailRow term={replaced ? 'Replaced on' : 'Removed on'}>
          <FormattedDate iso={removed.removedOn} />
        </DetailRow>
        <DetailRow term="Why">
          <span className="multiline">{removed.reason}</span>
        </DetailRow>
        <DetailRow term="Change notice">
          <Link href={`/changes/${removed.change.slug}`}>{removed.change.title}</Link>
        </DetailRow>
      </dl>
      <p>
        See the current list: <Link href="/subprocessors">{settings.subprocessorListTitle}</Link>
      </p>
    </article>
  )
}
