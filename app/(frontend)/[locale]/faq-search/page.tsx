import type { SearchParams } from '@/utilities/subprocessorFilters'
import { FaqView, faqMetadata } from '../faq/FaqView'

// /faq?q=… (rewritten here by proxy.ts): rendered per request. Its metadata names /faq as the
// canonical address.
export const generateMetadata = faqMetadata

export default async function FaqSearchPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>
}) {
  return <FaqView params={await searchParams} />
}
