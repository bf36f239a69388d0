import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import { LivePreviewListener } from '@/components/LivePreviewListener'
import { PreviewBanner } from '@/components/PreviewBanner'
import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { listPolicies } from '@/data/policies'
import { getPreview } from '@/data/preview'
import { getSiteSettings } from '@/data/trustCenter'
import { requestNonce } from '@/security/requestNonce'
import { changeFeedAlternates } from '@/feeds/list'
import { siteUrl } from '@/site/url'
import './styles.css'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings()
  return {
    metadataBase: siteUrl,
    title: { default: settings.portalTitle, template: `%s · ${settings.portalTitle}` },
    description: settings.introduction ?? undefined,
    // pages with their own `alternates` (pageMetadata) list the feeds again: Next.js does not merge
    alternates: { types: changeFeedAlternates },
    openGraph: { siteName: settings.portalTitle, type: 'website', locale: 'en' },
  }
}

export default async function FrontendLayout({ children }: { children: ReactNode }) {
  const [settings, policies, preview] = await Promise.all([
    getSiteSettings(),
    listPolicies(),
    getPreview(),
  ])
  // draft mode only (rendered per request): the listener script runs under the request's nonce
  const nonce = preview.user ? await requestNonce() : undefined
  const navigation = [
    { href: '/', label: 'Home' },
    { href: '/subprocessors', label: 'Subprocessors' },
    { href: '/changes', label: 'Change log' },
    ...policies.map((policy) => ({ href: `/policies/${policy.slug}`, label: policy.title })),
    { href: '/subscribe', label: 'Get notified' },
  ]
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <PreviewBanner preview={preview} />
        {preview.user ? <LivePreviewListener nonce={nonce} /> : null}
        <SiteHeader title={settings.portalTitle} items={navigation} />
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
