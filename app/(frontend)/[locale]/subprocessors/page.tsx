import { localeFromParams, type LocaleProps } from '@/i18n/request'
import { SubprocessorsView, subprocessorsMetadata } from './SubprocessorsView'

// Static: the unfiltered list, regenerated when a hook expires its cache tags. Requests with query
// parameters are rewritten by proxy.ts to /subprocessors-filtered, which renders per request.
export const generateMetadata = subprocessorsMetadata

export default async function SubprocessorsPage({ params }: LocaleProps) {
  // the page's language before anything reads it: the layout may not have set it yet
  await localeFromParams(params)
  return <SubprocessorsView params={{}} />
}
