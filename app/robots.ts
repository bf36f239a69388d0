import type { MetadataRoute } from 'next'
import { absoluteUrl } from '@/site/url'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: '*',
      allow: '/',
      disallow: [
        '/admin',
        '/api',
        '/preview',
        '/subprocessors-filtered',
        '/subprocessors-table-scoped',
        '/subprocessors-annex-scoped',
        '/faq-search',
      ],
    },
    sitemap: absoluteUrl('/sitemap.xml'),
  }
}
