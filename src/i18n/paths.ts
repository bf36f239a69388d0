// Addresses per language: the source language's pages at `/…` (the addresses customers already
// have), every other language's under `/<code>/…` (next.config.mjs and proxy.ts route them to the
// `[locale]` segment of app/(frontend)). Pages, the sitemap, the switcher and emails build links
// with these.
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from './locales'

/**
 * A portal path in `locale`: the path itself in the default language (`/changes/x`), under the
 * language's code in the others (`/de/changes/x`, `/de` for `/`).
 */
export function localePath(locale: Locale, path: string): string {
  if (locale === DEFAULT_LOCALE) return path
  const absolute = path.startsWith('/') ? path : `/${path}`
  return absolute === '/' ? `/${locale}` : `/${locale}${absolute}`
}

/** An address split into its language and the address in the source language (`/de/faq`). */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  const [, first, ...rest] = pathname.split('/')
  if (isLocale(first)) return { locale: first, path: `/${rest.join('/')}` }
  return { locale: DEFAULT_LOCALE, path: pathname }
}

/** The same page in every language, for `hreflang` alternates and the switcher. */
export const alternatePaths = (path: string) =>
  LOCALES.map(({ code, tag, label }) => ({ code, tag, label, path: localePath(code, path) }))

/**
 * Where a form's handler answers: a page in the language of the form's `locale` field (the pages
 * in other languages send it, `LocaleField`), the source language's when it has none we offer.
 */
export function pageOfForm(fields: FormFields) {
  const locale = formLanguage(fields)
  return (path: string) => localePath(locale, path)
}

type FormFields = Record<string, string | undefined> | undefined

/** The language of a form's answer: its `locale` field, if one we offer, else the source's. */
export const formLanguage = (fields: FormFields): Locale =>
  isLocale(fields?.locale) ? fields.locale : DEFAULT_LOCALE
