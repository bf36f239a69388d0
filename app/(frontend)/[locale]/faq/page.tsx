import { localeFromParams, type LocaleProps } from '@/i18n/request'
import { FaqView, faqMetadata } from './FaqView'

// Static: every public question, regenerated when one changes. Requests with a query string are
// rewritten by proxy.ts to /faq-search, which renders per request.
export const generateMetadata = faqMetadata

export default async function FaqPage(props: LocaleProps) {
  await localeFromParams(props.params)
  return <FaqView params={{}} />
}
