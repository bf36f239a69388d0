import { FaqView, faqMetadata } from './FaqView'

// Static: every public question, regenerated when one changes. Requests with a query string are
// rewritten by proxy.ts to /faq-search, which renders per request.
export const generateMetadata = faqMetadata

export default function FaqPage() {
  return <FaqView params={{}} />
}
