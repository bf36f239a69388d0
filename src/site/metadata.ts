import type { Metadata } from 'next'
import type { SiteSettings } from '@/data/trustCenter'
import { changeFeedAlternates } from '@/feeds/list'
import { localeDefinition } from '@/i18n/locales'
import { alternatePaths, localePath } from '@/i18n/paths'
import { requestLocale } from '@/i18n/request'

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
  // `path` is the page's address in the source language; this page is in the render's language
  const locale = requestLocale()
  const own = localePath(locale, path)
  const languages = Object.fromEntries(alternatePaths(path).map(({ tag, path }) => [tag, path]))
  return {
    title,
    description: summary,
    alternates: {
      canonical: own,
      languages: { ...languages, 'x-default': path },
      types: { ...changeFeedAlternates, ...alternateTypes },
    },
    openGraph: {
      type,
      url: own,
      title,
      description: summary,
      siteName: settings.portalTitle,
      locale: localeDefinition(locale).tag,
    },
  }
}
