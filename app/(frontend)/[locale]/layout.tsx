import type { Metadata } from 'next'
import { localeFromParams, type LocaleProps } from '@/i18n/request'
import type { ReactNode } from 'react'
import { LivePreviewListener } from '@/components/LivePreviewListener'
import { PreviewBanner } from '@/components/PreviewBanner'
import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { getBrand } from '@/data/brand'
import { getPreview } from '@/data/preview'
import { listMainSections } from '@/data/sections'
import { getSiteSettings } from '@/data/trustCenter'
import { requestNonce } from '@/security/requestNonce'
import { changeFeedAlternates } from '@/feeds/list'
import { siteUrl } from '@/site/url'
import { DEFAULT_LOCALE, localeDefinition } from '@/i18n/locales'
import { portalWords } from '@/i18n/portalWords'
import './styles.css'

export async function generateMetadata({ params }: LocaleProps): Promise<Metadata> {
  const locale = await localeFromParams(params)
  const settings = await getSiteSettings()
  return {
    metadataBase: siteUrl,
    title: { default: settings.portalTitle, template: `%s · ${settings.portalTitle}` },
    description: settings.introduction ?? undefined,
    // pages with their own `alternates` (pageMetadata) list the feeds again: Next.js does not merge
    alternates: { types: changeFeedAlternates },
    openGraph: {
      siteName: settings.portalTitle,
      type: 'website',
      locale: localeDefinition(locale).tag,
    },
  }
}

// The source language's pages are prerendered at build (served at `/…`, next.config.mjs); the
// other languages' are rendered on their first visit and then cached like them (the build's time
// grows with every page it renders).
export function generateStaticParams() {
  return [{ locale: DEFAULT_LOCALE }]
}

export default async function FrontendLayout({
  children,
  params,
}: LocaleProps & { children: ReactNode }) {
  const locale = await localeFromParams(params)
  const words = portalWords(locale)
  const [settings, sections, brand, preview] = await Promise.all([
    getSiteSettings(),
    listMainSections(),
    getBrand(),
    getPreview(),
  ])
  // draft mode only (rendered per request): the listener script runs under the request's nonce
  const nonce = preview.user ? await requestNonce() : undefined
  return (
    <html lang={localeDefinition(locale).tag}>
      <body>
        {brand.accentColor && (
          // The accent as a stylesheet of its own, not inline: pages rendered per request allow
          // only the site's own styles (src/security/csp.mjs). Its address changes with the colour.
          <link
            rel="stylesheet"
            href={`/brand.css?v=${brand.accentColor.slice(1)}`}
            precedence="brand"
          />
        )}
        <a className="skip-link" href="#main">
          {words.skipToContent}
        </a>
        <PreviewBanner preview={preview} />
        {preview.user ? <LivePreviewListener nonce={nonce} /> : null}
        <SiteHeader title={settings.portalTitle} logo={brand.logo} items={sections} />
        <main id="main" tabIndex={-1} className="container">
          {children}
        </main>
        <SiteFooter
          name={settings.companyName ?? settings.portalTitle}
          contactEmail={settings.contactEmail}
        />
      </body>
    </html>
  )
}
