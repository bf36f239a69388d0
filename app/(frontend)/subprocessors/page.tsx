import type { Metadata } from 'next'
import { FormattedDate } from '@/components/FormattedDate'
import { SubprocessorFilterForm } from '@/components/SubprocessorFilterForm'
import { SubprocessorList } from '@/components/SubprocessorList'
import { SubprocessorPrintTable } from '@/components/SubprocessorPrintTable'
import { listCategories, listSubprocessors } from '@/data/subprocessors'
import { getSiteSettings } from '@/data/trustCenter'
import { newestDate } from '@/utilities/dates'
import { pageMetadata } from '@/utilities/siteUrl'
import {
  distinctLocations,
  filterSubprocessors,
  groupByCategory,
  isFiltered,
  readFilters,
  type SearchParams,
} from '@/utilities/subprocessorFilters'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings()
  const title = settings.subprocessorListTitle
  const description = `The third-party subprocessors${settings.companyName ? ` ${settings.companyName} uses` : ''}: what each one processes, where, and how transfers are safeguarded.`
  return pageMetadata({ settings, title, description, path: '/subprocessors' })
}

export default async function SubprocessorsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [settings, subprocessors, categories, params] = await Promise.all([
    getSiteSettings(),
    listSubprocessors(),
    listCategories(),
    searchParams,
  ])
  const filters = readFilters(params)
  const filtered = isFiltered(filters)
  const matches = filterSubprocessors(subprocessors, categories, filters)
  const groups = groupByCategory(matches, categories)
  const updated = newestDate([...subprocessors, ...categories].map((doc) => doc.updatedAt))
  const total = subprocessors.length

  return (
    <>
      <h1>{settings.subprocessorListTitle}</h1>
      {updated && (
        <p className="meta">
          Last updated <FormattedDate iso={updated} />
        </p>
      )}
      {total > 0 && (
        <SubprocessorFilterForm
          filters={filters}
          categories={categories}
          locations={distinctLocations(subprocessors)}
          filtered={filtered}
        />
      )}
      <p className="result-count">
        {total === 0
          ? 'No subprocessors are listed yet.'
          : filtered
            ? `Showing ${matches.length} of ${total} subprocessors.`
            : `${total} ${total === 1 ? 'subprocessor' : 'subprocessors'} in ${groups.length} ${groups.length === 1 ? 'category' : 'categories'}.`}
      </p>
      {filtered && matches.length === 0 && (
        <div className="empty-state">
          <h2>No matches</h2>
          <p>
            No subprocessor matches these filters. Try fewer or shorter words, or{' '}
            <a href="/subprocessors">show all subprocessors</a>.
          </p>
        </div>
      )}
      <SubprocessorList groups={groups} />
      <SubprocessorPrintTable groups={groups} />
    </>
  )
}
