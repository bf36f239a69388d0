import type { Metadata } from 'next'
import { PageNotFound } from '@/components/PageNotFound'
import { getSiteSettings } from '@/data/trustCenter'
import { pageWords } from '@/i18n/portalWords'
import { localeFromParams, type LocaleProps } from '@/i18n/request'

export async function generateMetadata({ params }: LocaleProps): Promise<Metadata> {
  await localeFromParams(params)
  return { title: pageWords().notFound.title }
}

// With two root layouts ((frontend) and (payload)) Next.js answers unmatched addresses with its
// bare built-in 404 page. This catch-all answers them inside the portal's layout instead.
// An empty list of static params makes it ISR: only that render path sets the 404 status for a
// notFound() inside Suspense (see PageNotFound). Not-found results stay in Next's in-memory LRU
// cache, never on disk, so random addresses cannot grow the cache without bound.
export function generateStaticParams() {
  return []
}

export default async function UnknownPage({ params }: LocaleProps) {
  await localeFromParams(params)
  const settings = await getSiteSettings()
  return <PageNotFound listTitle={settings.subprocessorListTitle} />
}
