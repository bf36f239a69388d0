import fs from 'node:fs'
import { localeFromParams, type LocaleProps } from '@/i18n/request'
import path from 'node:path'
import type { Metadata } from 'next'
import { marked } from 'marked'
import { getSiteSettings } from '@/data/trustCenter'
import { pageMetadata } from '@/site/metadata'

// The portal's security policy: docs/security.md of this project (threat model, how each abuse is
// handled, how to report a vulnerability), rendered when the site is built. security.txt's
// `Policy` points here unless the company set a policy address of its own. The markdown is this
// repository's own file, not user input; marked (a maintained parser) turns it into HTML.
const SOURCE = path.join(process.cwd(), 'docs', 'security.md')

export async function generateMetadata({ params }: LocaleProps): Promise<Metadata> {
  await localeFromParams(params)
  const settings = await getSiteSettings()
  return pageMetadata({
    settings,
    title: 'Security policy',
    description:
      'How this trust center is protected, what is public and what is not, and how to report a vulnerability.',
    path: '/security-policy',
  })
}

export default async function SecurityPolicyPage() {
  const html = await marked.parse(fs.readFileSync(SOURCE, 'utf8'), { gfm: true })
  return <article className="prose" dangerouslySetInnerHTML={{ __html: html }} />
}
