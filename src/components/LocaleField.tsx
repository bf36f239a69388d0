import { DEFAULT_LOCALE } from '@/i18n/locales'
import { requestLocale } from '@/i18n/request'

/**
 * A form's language, for its handler (src/notices/http.ts): the answer page, and a subscriber's
 * emails, in the language of the page the form was on. Nothing in the source language.
 */
export function LocaleField() {
  const locale = requestLocale()
  return locale === DEFAULT_LOCALE ? null : <input type="hidden" name="locale" value={locale} />
}
