import type { Metadata } from 'next'
import { pageWords } from '@/i18n/portalWords'
import { localeFromParams } from '@/i18n/request'
import Link from '@/components/LocaleLink'
import { changeTitle } from '@/components/ChangeDetails'
import { DetailRow } from '@/components/DetailRow'
import { FormattedDate } from '@/components/FormattedDate'
import { PageNotFound } from '@/components/PageNotFound'
import { recordedLang, RecordedNote } from '@/components/Recorded'
import { getChangeBySlug, listRemovedSubprocessors } from '@/data/changes'
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
  const words = pageWords()
  if (!removed) return { title: words.notFound.title }
  return {
    ...pageMetadata({
      settings,
      title: words.removedPage.title(removed.name),
      description: words.removedPage.description(removed.reason),
      path: `/subprocessors/${removed.slug}`,
    }),
    robots: { index: false },
  }
}

export default async function RemovedSubprocessorPage({ params }: Props) {
  const { slug } = await params
  const [settings, removed] = await Promise.all([getSiteSettings(), getRemoved(slug)])
  if (!removed) return <PageNotFound listTitle={settings.subprocessorListTitle} />
  // the change that took it off the list, for its title in the page's language
  const change = await getChangeBySlug(removed.change.slug)
  const replaced = removed.change.kind === 'replacement'
  const words = pageWords()
  const page = words.removedPage
  const [before, after] = page.text(removed.name, replaced)

  return (
    <article>
      <p className="breadcrumb">
        <Link href="/subprocessors">{settings.subprocessorListTitle}</Link>
      </p>
      <h1>
        {removed.name} <span className="badge">{page.badge}</span>
      </h1>
      <p>
        {before} <FormattedDate iso={removed.removedOn} />
        {after}
      </p>
      <RecordedNote text={page.reasonInSource} />
      <dl className="details">
        <DetailRow term={replaced ? page.replacedOn : page.removedOn}>
          <FormattedDate iso={removed.removedOn} />
        </DetailRow>
        <DetailRow term={words.changePage.why}>
          <span className="multiline" lang={recordedLang()}>
            {removed.reason}
          </span>
        </DetailRow>
        <DetailRow term={page.changeNotice}>
          <Link href={`/changes/${removed.change.slug}`}>
            {change ? changeTitle(change) : removed.change.title}
          </Link>
        </DetailRow>
      </dl>
      <p>
        {page.current} <Link href="/subprocessors">{settings.subprocessorListTitle}</Link>
      </p>
    </article>
  )
}
