import type { Metadata } from 'next'
import { localeFromParams } from '@/i18n/request'
import { FormattedDate } from '@/components/FormattedDate'
import { PageNotFound } from '@/components/PageNotFound'
import { PolicyBody } from '@/components/PolicyBody'
import { PolicyPager, PolicyTitle, policyInSource } from '@/components/PolicyPager'
import { SectionLayout } from '@/components/SectionLayout'
import { getPolicyBySlug, listPolicies, listPublishedPolicies } from '@/data/policies'
import { buildSeesEmptyDatabase } from '@/data/publicQuery'
import { listSubprocessorSection } from '@/data/sections'
import { getSiteSettings } from '@/data/trustCenter'
import { pageMetadata } from '@/site/metadata'
import { DEFAULT_LOCALE } from '@/i18n/locales'
import { pageWords } from '@/i18n/portalWords'

type Props = { params: Promise<{ locale: string; slug: string }> }

// Published sections are prerendered; ones published later are rendered on first visit, then cached.
export async function generateStaticParams() {
  if (await buildSeesEmptyDatabase()) return []
  // the same sections in every language (the [locale] segment multiplies these)
  const policies = await listPublishedPolicies(DEFAULT_LOCALE)
  return policies.map(({ slug }) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await localeFromParams(params)
  const { slug } = await params
  const [settings, policy] = await Promise.all([getSiteSettings(), getPolicyBySlug(slug)])
  if (!policy) return { title: pageWords().notFound.title }
  return pageMetadata({
    settings,
    title: policy.title,
    description: policy.summary,
    path: `/policies/${policy.slug}`,
    type: 'article',
  })
}

export default async function PolicyPage({ params }: Props) {
  const { slug } = await params
  const [settings, policy, policies] = await Promise.all([
    getSiteSettings(),
    getPolicyBySlug(slug),
    listPolicies(),
  ])
  if (!policy) return <PageNotFound listTitle={settings.subprocessorListTitle} />
  const section = await listSubprocessorSection(settings.subprocessorListTitle)
  const words = pageWords()

  return (
    <SectionLayout label={words.subprocessors} items={section}>
      <article>
        <h1>
          <PolicyTitle policy={policy} />
          {policy._status === 'draft' && <span className="badge">{words.policyPage.draft}</span>}
        </h1>
        <p className="meta">
          {policy.effectiveDate ? (
            <>
              {words.policyPage.effective} <FormattedDate iso={policy.effectiveDate} />
            </>
          ) : (
            <>
              {words.lastUpdated} <FormattedDate iso={policy.updatedAt} />
            </>
          )}
        </p>
        <PolicyBody body={policy.body} inSource={policyInSource(policy, 'body')} />
      </article>
      <PolicyPager policies={policies} currentSlug={policy.slug} />
    </SectionLayout>
  )
}
