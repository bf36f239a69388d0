import type { Metadata } from 'next'
import { FormattedDate } from '@/components/FormattedDate'
import { ListViewToggle } from '@/components/ListViewToggle'
import { ScopeFilterForm, scopeChoiceWords } from '@/components/ScopeChoice'
import { SectionLayout } from '@/components/SectionLayout'
import { SubprocessorTable } from '@/components/SubprocessorTable'
import { listSubprocessorSection } from '@/data/sections'
import { listCategories, listScopes, listSubprocessors } from '@/data/subprocessors'
import { getSiteSettings } from '@/data/trustCenter'
import { subprocessorListAlternates } from '@/public-api/alternates'
import { pageWords } from '@/i18n/portalWords'
import { localeFromParams, type LocaleProps } from '@/i18n/request'
import { pageMetadata } from '@/site/metadata'
import { newestDate } from '@/utilities/dates'
import {
  chooseScopes,
  onListFor,
  readScopeParam,
  scopeLookups,
  scopeQuery,
} from '@/utilities/scopeFilter'
import type { SearchParams } from '@/utilities/subprocessorFilters'
import { UnknownScopes } from '../SubprocessorsView'

export async function tableMetadata({ params }: LocaleProps): Promise<Metadata> {
  await localeFromParams(params)
  const settings = await getSiteSettings()
  const words = pageWords().tablePage
  return pageMetadata({
    settings,
    title: words.title(settings.subprocessorListTitle),
    description: words.description(settings.subprocessorListTitle),
    path: '/subprocessors/table',
    alternateTypes: subprocessorListAlternates,
  })
}

/**
 * The list as one table. Without `?scope=` static (subprocessors/table/page.tsx); with it,
 * proxy.ts sends the request to the twin rendered per request (/subprocessors-table-scoped).
 */
export async function TableView({ params }: { params: SearchParams }) {
  const [settings, all, categories, scopes] = await Promise.all([
    getSiteSettings(),
    listSubprocessors(),
    listCategories(),
    listScopes(),
  ])
  const { chosen, unknown } = chooseScopes(readScopeParam(params), scopes)
  const subprocessors = all.filter((subprocessor) => onListFor(subprocessor, chosen))
  const section = await listSubprocessorSection(settings.subprocessorListTitle)
  const updated = newestDate([...all, ...categories].map((doc) => doc.updatedAt))
  const words = pageWords()
  return (
    <SectionLayout label={words.subprocessors} items={section}>
      <h1>{settings.subprocessorListTitle}</h1>
      {updated && (
        <p className="meta">
          {words.lastUpdated} <FormattedDate iso={updated} />
        </p>
      )}
      <ListViewToggle current="/subprocessors/table" query={scopeQuery(chosen)} />
      <UnknownScopes unknown={unknown} />
      <ScopeFilterForm
        scopes={scopes}
        chosen={chosen.map((scope) => scope.slug)}
        action="/subprocessors/table"
        label={words.tablePage.scopeForm}
      />
      <p className="result-count">
        {chosen.length
          ? `${scopeChoiceWords(chosen)} ${words.tablePage.countOf(subprocessors.length, all.length)}`
          : words.tablePage.count(subprocessors.length)}
      </p>
      {subprocessors.length > 0 && (
        <SubprocessorTable
          subprocessors={subprocessors}
          categories={categories}
          lookups={scopes.length ? scopeLookups(scopes) : null}
        />
      )}
    </SectionLayout>
  )
}
