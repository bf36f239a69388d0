import type { SearchParams } from '@/utilities/subprocessorFilters'
import { AnnexView, annexMetadata } from '../subprocessors/annex/AnnexView'

// /subprocessors/annex?scope=… (rewritten here by proxy.ts): rendered per request. Its metadata
// names /subprocessors/annex as the canonical address.
export const generateMetadata = annexMetadata

export default async function ScopedSubprocessorAnnexPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>
}) {
  return <AnnexView params={await searchParams} />
}
