// The language of the page being rendered: set once from the address (`/de/…`: the `[locale]`
// segment of app/(frontend)) by the layout and by each `generateMetadata`, read by the data
// readers and components below it. React's `cache` keeps it per render (a request, or a page
// being prerendered). Hand-written: next-intl's equivalent (`setRequestLocale`) needs its own
// routing proxy and build plugin, and proxy.ts already owns the routing (with the per-request
// security policy and the 410 pages).
import { cache } from 'react'
import { DEFAULT_LOCALE, isLocale, type Locale } from './locales'

const current = cache(() => ({ locale: DEFAULT_LOCALE as Locale }))

/** Reads the address's language from a route's `params` and makes it this render's. */
export async function localeFromParams(params: Promise<{ locale?: string }>): Promise<Locale> {
  const { locale } = await params
  const chosen = isLocale(locale) ? locale : DEFAULT_LOCALE
  current().locale = chosen
  return chosen
}

/** The language of this render (the source language outside a localized page). */
export const requestLocale = (): Locale => current().locale

/** The props of a page or `generateMetadata` that needs only its language. */
export type LocaleProps = { params: Promise<{ locale: string }> }
