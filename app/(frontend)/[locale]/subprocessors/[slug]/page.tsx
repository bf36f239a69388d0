import { pageWords } from '@/i18n/portalWords'
import { DEFAULT_LOCALE } from '@/i18n/locales'
import type { Metadata } from 'next'
import { localeFromParams } from '@/i18n/request'
import { shownValuesIn } from '@/i18n/subprocessorValuesIn'
import Link from '@/components/LocaleLink'
import { FormattedDate } from '@/components/FormattedDate'
import { PageNotFound } from '@/components/PageNotFound'
import { SectionLayout } from '@/components/SectionLayout'
import { SubprocessorDetails } from '@/components/SubprocessorDetails'
import { buildSeesEmptyDatabase } from '@/data/publicQuery'
import { listSubprocessorSection } from '@/data/sections'
import {
  getSubprocessorBySlug,
  listCategories,
  listPublishedSubprocessors,
  listScopes,
} from '@/data/subprocessors'
import { getSiteSettings } from '@/data/trustCenter'
import { pageMetadata } from '@/site/metadata'
import { categoryIdOf } from '@/utilities/subprocessorFilters'
import { scopeLookups } from '@/utilities/scopeFilter'

type Props = { params: Promise<{ locale: string; slug: string }> }

// Published entries are prerendered; ones published later are rendered on first visit, then cached.
export async function generateStaticParams() {
  if (await buildSeesEmptyDatabase()) return []
  const subprocessors = await listPublishedSubprocessors(DEFAULT_LOCALE)
  return subprocessors.map(({ slug }) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await localeFromParams(params)
  const { slug } = await params
  const [settings, subprocessor] = await Promise.all([
    getSiteSettings(),
    getSubprocessorBySlug(slug),
  ])
  if (!subprocessor) return { title: 'Page not found' }
  return pageMetadata({
    settings,
    title: subprocessor.name,
    description: subprocessor.purpose,
    path: `/subprocessors/${subprocessor.slug}`,
    type: 'article',
  })
}

export default async function SubprocessorPage({ params }: Props) {
  const locale = await localeFromParams(params)
  const { slug } = await params
  const [settings, subprocessor, categories, scopes] = await Promise.all([
    getSiteSettings(),
    getSubprocessorBySlug(slug),
    listCategories(),
    listScopes(),
  ])
  if (!subprocessor) return <PageNotFound listTitle={settings.subprocessorListTitle} />
  const category = categories.find((candidate) => candidate.id === categoryIdOf(subprocessor))
  const section = await listSubprocessorSection(settings.subprocessorListTitle)

  return (
    <SectionLayout label={pageWords().subprocessors} items={section}>
      <article>
        <p className="breadcrumb">
          <Link href="/subprocessors">{settings.subprocessorListTitle}</Link>
        </p>
        <h1>
          {subprocessor.name}
          {subprocessor._status === 'draft' && <span className="badge">{pageWords().draft}</span>}
        </h1>
        <SubprocessorDetails
          {...shownValuesIn(subprocessor, locale, scopeLookups(scopes))}
          category={category}
          withScopes={scopes.length > 0}
          untranslated={subprocessor.untranslated}
        />
        <p className="meta">
          {pageWords().lastUpdated} <FormattedDate iso={subprocessor.updatedAt} />
        </p>
      </article>
    </SectionLayout>
  )
}
