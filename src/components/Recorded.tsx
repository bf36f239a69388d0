import { DEFAULT_LOCALE, localeDefinition } from '@/i18n/locales'
import { requestLocale } from '@/i18n/request'

/**
 * The `lang` of a recorded text (a change's title, reason and values before and after, an entry
 * of the list as it stood on a past day) on this page. They are evidence, shown as announced in
 * the source language: on a page in another language they are marked, for screen readers, and
 * the page says once why they are in English (`RecordedNote`), as the notice email does.
 */
export const recordedLang = (): string | undefined =>
  requestLocale() === DEFAULT_LOCALE ? undefined : localeDefinition(DEFAULT_LOCALE).tag

/** Said once on a page in another language that shows recorded texts; nothing in the source. */
export function RecordedNote({ text }: { text: string }) {
  if (requestLocale() === DEFAULT_LOCALE || !text) return null
  return <p className="meta">{text}</p>
}
