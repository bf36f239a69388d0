import fs from 'node:fs'
import { localeFromParams, type LocaleProps } from '@/i18n/request'
import path from 'node:path'
import type { Metadata } from 'next'
import { marked } from 'marked'
import { InLanguageBlock } from '@/components/InLanguageBlock'
import { getSiteSettings } from '@/data/trustCenter'
import { DEFAULT_LOCALE } from '@/i18n/locales'
import { pageWords } from '@/i18n/portalWords'
import { pageMetadata } from '@/site/metadata'

// The portal's security policy: docs/security.md of this project (threat model, how each abuse is
// handled, how to report a vulnerability), rendered when the site is built. security.txt's
// `Policy` points here unless the company set a policy address of its own. The markdown is this
// repository's own file, not user input; marked (a maintained parser) turns it into HTML.
const SOURCE = path.join(process.cwd(), 'docs', 'security.md')

export async function generateMetadata({ params }: LocaleProps): Promise<Metadata> {
  await localeFromParams(params)
  const settings = await getSiteSettings()
  const words = pageWords().securityPolicyPage
  return pageMetadata({
    settings,
    title: words.title,
    description: words.description,
    path: '/security-policy',
  })
}

/** The policy is written in English only: a page in another language says so and marks it. */
export default async function SecurityPolicyPage({ params }: LocaleProps) {
  const locale = await localeFromParams(params)
  const html = await marked.parse(fs.readFileSync(SOURCE, 'utf8'), { gfm: true })
  return (
    <InLanguageBlock
      source={locale !== DEFAULT_LOCALE}
      note={pageWords().securityPolicyPage.inSource}
    >
      <article className="prose" dangerouslySetInnerHTML={{ __html: html }} />
    </InLanguageBlock>
  )
}
