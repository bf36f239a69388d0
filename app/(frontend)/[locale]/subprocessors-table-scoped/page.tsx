import { localeFromParams, type LocaleProps } from '@/i18n/request'
import type { SearchParams } from '@/utilities/subprocessorFilters'
import { TableView, tableMetadata } from '../subprocessors/table/TableView'

// /subprocessors/table?scope=… (rewritten here by proxy.ts): rendered per request. Its metadata
// names /subprocessors/table as the canonical address.
export const generateMetadata = tableMetadata

export default async function ScopedSubprocessorTablePage({
  params,
  searchParams,
}: LocaleProps & { searchParams: Promise<SearchParams> }) {
  await localeFromParams(params)
  return <TableView params={await searchParams} />
}
