import { localeFromParams, type LocaleProps } from '@/i18n/request'
import type { SearchParams } from '@/utilities/subprocessorFilters'
import { AnnexView, annexMetadata } from '../subprocessors/annex/AnnexView'

// /subprocessors/annex?scope=… (rewritten here by proxy.ts): rendered per request. Its metadata
// names /subprocessors/annex as the canonical address.
export const generateMetadata = annexMetadata

export default async function ScopedSubprocessorAnnexPage({
  params,
  searchParams,
}: LocaleProps & { searchParams: Promise<SearchParams> }) {
  await localeFromParams(params)
  return <AnnexView params={await searchParams} />
}
