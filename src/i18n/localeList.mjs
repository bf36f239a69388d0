// The languages of the trust center, as plain JavaScript so that next.config.mjs reads the same
// list as the app (src/i18n/locales.ts gives it its types). Add a language here (its words in
// src/i18n/*Words.ts; a missing word reads as English) and in proxy.ts's matcher, which Next.js
// requires written out. The first is the default and the source: the seed's text, what a change
// notice records, what a missing translation shows.

export const LOCALES = /** @type {const} */ ([
  { code: 'en', label: 'English', tag: 'en' },
  { code: 'de', label: 'Deutsch', tag: 'de' },
])

export const DEFAULT_LOCALE = LOCALES[0].code

/**
 * Routes of next.config.mjs for the `[locale]` segment of app/(frontend): the source language's
 * pages keep their addresses (`/faq` is rendered by `/en/faq`, an internal rewrite), and `/en/…`,
 * not an address of the portal, is redirected to `/…`. Other languages' addresses (`/de/faq`)
 * match the segment as they are. The files at the top of app/ (feeds of the whole list, the
 * discovery documents, robots, sitemap, icons, the brand stylesheet), the API and the admin are
 * not pages and are left alone.
 */
export function localeRoutes() {
  const others = LOCALES.map(({ code }) => code).filter((code) => code !== DEFAULT_LOCALE)
  // first segments that are not a page's (the languages' own, and what is not a page)
  const notPage = [
    ...LOCALES.map(({ code }) => code),
    'api',
    '_next',
    'admin',
    '\\.well-known',
    'favicon\\.ico',
    'icon\\.svg',
    'robots\\.txt',
    'sitemap\\.xml',
    'brand\\.css',
    'subprocessors\\.json',
    'subprocessors\\.csv',
  ].map((segment) => `${segment}(?:/|$)`)
  return {
    others,
    redirects: [
      { source: `/${DEFAULT_LOCALE}`, destination: '/', permanent: true },
      { source: `/${DEFAULT_LOCALE}/:path*`, destination: '/:path*', permanent: true },
    ],
    rewrites: [
      { source: '/', destination: `/${DEFAULT_LOCALE}` },
      {
        source: `/:first((?!${notPage.join('|')})[^/]+)/:rest*`,
        destination: `/${DEFAULT_LOCALE}/:first/:rest*`,
      },
    ],
  }
}
