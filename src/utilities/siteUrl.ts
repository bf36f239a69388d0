import type { Metadata } from 'next'
import type { SiteSettings } from '@/data/trustCenter'

/** The public origin: canonical URLs, OpenGraph, sitemap and robots all derive from it. */
export const siteUrl = new URL(process.env.NEXT_PUBLIC_SERVER_URL || 'http://localhost:3000')

export const absoluteUrl = (path: string): string => new URL(path, siteUrl).toString()

type PageMetadata = {
  settings: SiteSettings
  title: string
  description?: string | null
  path: string
  type?: 'website' | 'article'
}

/** Title, description, canonical URL and OpenGraph for one page (OpenGraph is not merged with the layout's). */
export function pageMetadata({ settings, title, description, path, type = 'website' }: PageMetadata): Metadata {
  const summary = description || settings.introduction || undefined
  return {
    title,
    description: summary,
    alternates: { canonical: path },
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
