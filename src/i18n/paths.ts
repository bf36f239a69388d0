// Addresses per language: the source language's pages at `/…` (the addresses customers already
// have), every other language's under `/<code>/…`. proxy.ts routes them (to the `[locale]`
// segment of app/(frontend)); pages, the sitemap, the switcher and emails build links with these.
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from './locales'

/** `path` (a portal address in the source language, `/subprocessors`) in `locale`. */
export function localePath(locale: Locale, path: string): string {
  if (locale === DEFAULT_LOCALE) return path
  return path === '/' ? `/${locale}` : `/${locale}${path}`
}

/**
 * An address split into its language and the address in the source language: `/de/faq` →
 * `de`, `/faq`. `explicitDefault`: the source language was named (`/en/faq`), which is not an
 * address of the portal (its pages have one address each).
 */
export function splitLocale(pathname: string): {
  locale: Locale
  path: string
  explicitDefault: boolean
} {
  const [, first, ...rest] = pathname.split('/')
  if (isLocale(first))
    return {
      locale: first,
      path: `/${rest.join('/')}`,
      explicitDefault: first === DEFAULT_LOCALE,
    }
  return { locale: DEFAULT_LOCALE, path: pathname, explicitDefault: false }
}

/** The same page in every language, for `hreflang` alternates and the switcher. */
export const alternatePaths = (path: string) =>
  LOCALES.map(({ code, tag, label }) => ({ code, tag, label, path: localePath(code, path) }))
