// The languages of the trust center: its content (Payload localization), the portal (`/` in the
// default language, `/<code>/…` in the others), the public API (`?locale=`), notices and the
// admin's own interface. The list itself is in ./localeList.mjs (next.config.mjs reads it too).

export type LocaleDefinition = {
  /** The code in addresses and the API (`de`), Payload's locale code. */
  readonly code: string
  /** Its own name, as a switcher shows it ("Deutsch"). */
  readonly label: string
  /** BCP 47 tag for `lang`, `hreflang` and `Content-Language`. */
  readonly tag: string
}

export { LOCALES } from './localeList.mjs'
import { DEFAULT_LOCALE as SOURCE, LOCALES } from './localeList.mjs'

export type Locale = (typeof LOCALES)[number]['code']

/** The source language: the default of every read, and the fallback of a missing translation. */
export const DEFAULT_LOCALE: Locale = SOURCE

export const LOCALE_CODES: readonly Locale[] = LOCALES.map(({ code }) => code)

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALE_CODES as readonly string[]).includes(value)

export const localeDefinition = (code: Locale): LocaleDefinition =>
  LOCALES.find((locale) => locale.code === code)!

/**
 * A stored localized value (`{ en: …, de: … }`, as the database holds it) in the source language;
 * any other value as it is. For code that reads documents without Payload's hooks (the database
 * adapter: evidence, snapshots), and for values stored before the field was localized.
 */
export function sourceValue(value: unknown): unknown {
  return isLocaleMap(value) ? value[DEFAULT_LOCALE] : value
}

/** A plain object whose keys are all locale codes: a localized field's stored value. */
export function isLocaleMap(value: unknown): value is Partial<Record<Locale, unknown>> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false
  const keys = Object.keys(value)
  return keys.length > 0 && keys.every(isLocale)
}
