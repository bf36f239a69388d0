import type { Metadata } from 'next'
import type { SiteSettings } from '@/data/trustCenter'
import { changeFeedAlternates } from '@/feeds/list'

type PageMetadata = {
  settings: SiteSettings
  title: string
  description?: string | null
  path: string
  type?: 'website' | 'article'
  /** More `<link rel="alternate">` types for this page, next to the change feeds every page links. */
  alternateTypes?: NonNullable<Metadata['alternates']>['types']
}

/**
 * Title, description, canonical URL, alternates and OpenGraph for one page (Next.js replaces the
 * layout's `alternates` and `openGraph` with a page's, it does not merge them).
 */
export function pageMetadata({
  settings,
  title,
  description,
  path,
  type = 'website',
  alternateTypes,
}: PageMetadata): Metadata {
  const summary = description || settings.introduction || undefined
  return {
    title,
    description: summary,
    alternates: { canonical: path, types: { ...changeFeedAlternates, ...alternateTypes } },
    openGraph: {
      type,
      url: path,
      title,
      description: summary,
      siteName: settings.portalTitle,
      locale: 'en',
    },
  }
}
