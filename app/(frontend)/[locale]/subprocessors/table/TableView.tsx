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

export async function tableMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings()
  return pageMetadata({
    settings,
    title: `${settings.subprocessorListTitle} (table)`,
    description: `The ${settings.subprocessorListTitle} as one table: each subprocessor's category, purpose, data processed and locations.`,
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
  return (
    <SectionLayout label="Subprocessors" items={section}>
      <h1>{settings.subprocessorListTitle}</h1>
      {updated && (
        <p className="meta">
          Last updated <FormattedDate iso={updated} />
        </p>
      )}
      <ListViewToggle current="/subprocessors/table" query={scopeQuery(chosen)} />
      <UnknownScopes unknown={unknown} />
      <ScopeFilterForm
        scopes={scopes}
        chosen={chosen.map((scope) => scope.slug)}
        action="/subprocessors/table"
        label="Show the subprocessors of a customer"
      />
      <p className="result-count">
        {chosen.length
          ? `${scopeChoiceWords(chosen)} ${subprocessors.length} of ${all.length} subprocessors.`
          : subprocessors.length === 1
            ? '1 subprocessor.'
            : `${subprocessors.length} subprocessors.`}
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
