import { DEFAULT_LOCALE } from '@/i18n/locales'
import { pageWords } from '@/i18n/portalWords'
import { requestLocale } from '@/i18n/request'
import { isUntranslated, type Untranslated } from '@/i18n/resolve'
import { InLanguage } from './SubprocessorDetails'

/** A document's title or description, marked where it is shown in English for want of a translation. */
export function DocumentText({
  document,
  field,
}: {
  document: { title: string; description?: string | null; untranslated?: Untranslated }
  field: 'title' | 'description'
}) {
  const source = requestLocale() !== DEFAULT_LOCALE && isUntranslated(document.untranslated, field)
  return (
    <InLanguage source={source} note={pageWords().inEnglish}>
      {document[field]}
    </InLanguage>
  )
}
