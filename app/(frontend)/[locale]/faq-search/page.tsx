import { localeFromParams, type LocaleProps } from '@/i18n/request'
import type { SearchParams } from '@/utilities/subprocessorFilters'
import { FaqView, faqMetadata } from '../faq/FaqView'

// /faq?q=… (rewritten here by proxy.ts): rendered per request. Its metadata names /faq as the
// canonical address.
export const generateMetadata = faqMetadata

export default async function FaqSearchPage({
  params,
  searchParams,
}: LocaleProps & { searchParams: Promise<SearchParams> }) {
  await localeFromParams(params)
  return <FaqView params={await searchParams} />
}
