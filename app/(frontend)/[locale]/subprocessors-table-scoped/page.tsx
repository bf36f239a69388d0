import type { SearchParams } from '@/utilities/subprocessorFilters'
import { TableView, tableMetadata } from '../subprocessors/table/TableView'

// /subprocessors/table?scope=… (rewritten here by proxy.ts): rendered per request. Its metadata
// names /subprocessors/table as the canonical address.
export const generateMetadata = tableMetadata

export default async function ScopedSubprocessorTablePage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>
}) {
  return <TableView params={await searchParams} />
}
