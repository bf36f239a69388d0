// The security headers next.config.mjs sends with every response (pages, API, feeds, files and
// the admin). Pages get their Content-Security-Policy elsewhere (see csp.mjs): a static page's
// from the cache entry it is served from, a page rendered per request and the admin from
// proxy.ts. Next.js appends a cached page's headers to these, so no path that serves a page may
// get a policy here too: the browser would enforce both, the stricter one blocking the page.
import { DEFAULT_LOCALE, LOCALES } from '../i18n/localeList.mjs'
import { MINIMAL_POLICY } from './csp.mjs'

const TWO_YEARS = 63_072_000
// Prefer a valid empty list over "deny everything": Chromium logs an error for every feature it
// does not know (interest-cohort, for one), and the browser tests fail on console errors.
const PERMISSIONS = [
  'accelerometer',
  'autoplay',
  'bluetooth',
  'browsing-topics',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'serial',
  'usb',
]
  .map((feature) => `${feature}=()`)
  .join(', ')

// Addresses that answer anything but an HTML page: the public API, Payload's REST and GraphQL,
// feeds, exports, discovery files, form handlers and redirects, Next's own files.
const NOT_PAGES = [
  '/api/:path*',
  '/_next/:path*',
  '/.well-known/:path*',
  '/notices/:path*',
  // the document-access form handlers and the checked download (src/document-access)
  '/access/(request|accept|session|link|sign-out)',
  '/documents/:slug/download',
  '/preview',
  '/preview/:path*',
  '/changes/rss.xml',
  '/changes/atom.xml',
  '/changes/feed.json',
  '/subprocessors.csv',
  '/subprocessors.json',
  '/robots.txt',
  '/sitemap.xml',
  '/favicon.ico',
  '/icon.svg',
]

// Pages whose address carries a personal token (emailed links): never sent on as a Referer.
const TOKEN_PAGES = [
  '/subscribe/confirm',
  '/subscribe/unsubscribe',
  '/changes/:slug/object',
  '/notices/:path*',
  '/access/confirm',
  '/access/sign-in',
]

/**
 * `sources` as the source language's addresses and under every other language's prefix: the
 * `[locale]` segment answers `/de/access/confirm` as it answers `/access/confirm`, and emails to
 * a German reader link to the German page.
 * @param {string[]} sources
 */
const inEveryLanguage = (sources) =>
  sources.flatMap((source) => [
    source,
    ...LOCALES.filter(({ code }) => code !== DEFAULT_LOCALE).map(({ code }) => `/${code}${source}`),
  ])

/** Next.js's draft-mode cookie: staff previewing a draft, which the live preview shows in a frame. */
export const DRAFT_MODE_COOKIE = '__prerender_bypass'
const DRAFT_MODE = [{ type: /** @type {const} */ ('cookie'), key: DRAFT_MODE_COOKIE }]

/**
 * The headers every response carries, for the public URL the build serves.
 * @param {URL} publicUrl the portal's public address (NEXT_PUBLIC_SERVER_URL, src/site/url.ts)
 * @returns {Array<{ key: string, value: string }>}
 */
export function commonHeaders(publicUrl) {
  const headers = [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: PERMISSIONS },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ]
  // Only over https: a browser ignores it on http, and a local run must stay reachable on http.
  if (publicUrl.protocol === 'https:')
    headers.push({
      key: 'Strict-Transport-Security',
      value: `max-age=${TWO_YEARS}; includeSubDomains`,
    })
  return headers
}

/**
 * next.config.mjs `headers()`: later entries override earlier ones for the same header name.
 * @param {URL} publicUrl
 */
export function securityHeaders(publicUrl) {
  return [
    { source: '/:path*', headers: commonHeaders(publicUrl) },
    // X-Frame-Options for browsers without frame-ancestors; SAMEORIGIN only in draft mode.
    {
      source: '/:path*',
      missing: DRAFT_MODE,
      headers: [{ key: 'X-Frame-Options', value: 'DENY' }],
    },
    {
      source: '/:path*',
      has: DRAFT_MODE,
      headers: [{ key: 'X-Frame-Options', value: 'SAMEORIGIN' }],
    },
    { source: '/admin/:path*', headers: [{ key: 'X-Frame-Options', value: 'DENY' }] },
    ...inEveryLanguage(NOT_PAGES).map((source) => ({
      source,
      headers: [
        { key: 'Content-Security-Policy', value: MINIMAL_POLICY },
        { key: 'X-Frame-Options', value: 'DENY' },
      ],
    })),
    ...inEveryLanguage(TOKEN_PAGES).map((source) => ({
      source,
      headers: [{ key: 'Referrer-Policy', value: 'no-referrer' }],
    })),
  ]
}
