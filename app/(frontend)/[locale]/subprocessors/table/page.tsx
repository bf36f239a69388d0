import { localeFromParams, type LocaleProps } from '@/i18n/request'
import { TableView, tableMetadata } from './TableView'

// A static segment: Next prefers it to /subprocessors/[slug], and the slug "table" is reserved
// (collections/Subprocessors/index.ts) so no subprocessor can take this address. With `?scope=`,
// proxy.ts sends the request to /subprocessors-table-scoped, rendered per request.
export const generateMetadata = tableMetadata

export default async function SubprocessorTablePage({ params }: LocaleProps) {
  // the page's language before anything reads it: the layout may not have set it yet
  await localeFromParams(params)
  return <TableView params={{}} />
}
