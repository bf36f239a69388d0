import { localeFromParams, type LocaleProps } from '@/i18n/request'
import type { SearchParams } from '@/utilities/subprocessorFilters'
import { SubprocessorsView, subprocessorsMetadata } from '../subprocessors/SubprocessorsView'

// /subprocessors with filters, search or asOf (rewritten here by proxy.ts): rendered per request.
// Its metadata names /subprocessors as the canonical address.
export const generateMetadata = subprocessorsMetadata

export default async function FilteredSubprocessorsPage({
  params,
  searchParams,
}: LocaleProps & { searchParams: Promise<SearchParams> }) {
  await localeFromParams(params)
  return <SubprocessorsView params={await searchParams} />
}
