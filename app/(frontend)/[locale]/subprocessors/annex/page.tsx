import { localeFromParams, type LocaleProps } from '@/i18n/request'
import { AnnexView, annexMetadata } from './AnnexView'

// A static segment: Next prefers it to /subprocessors/[slug], and the slug "annex" is reserved
// (collections/Subprocessors/index.ts) so no subprocessor can take this address. With `?scope=`,
// proxy.ts sends the request to /subprocessors-annex-scoped, rendered per request.
export const generateMetadata = annexMetadata

export default async function SubprocessorAnnexPage({ params }: LocaleProps) {
  // the page's language before anything reads it: the layout may not have set it yet
  await localeFromParams(params)
  return <AnnexView params={{}} />
}
