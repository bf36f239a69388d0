#!/usr/bin/env node
// `npm run bench:lighthouse`: Lighthouse 12's four scores (performance, accessibility, best
// practices, SEO) for every kind of public page, on the production build (.next-bench/,
// BENCH_SKIP_BUILD=1 reuses it) with a throwaway seeded database, plus the trust center's own
// content (the tests' fixtures: the seed has none) and a logo and accent colour.
// Debian Chromium (CHROMIUM_PATH, default /usr/bin/chromium), Lighthouse's desktop settings.
// Exits 1 when a page misses the target: 100 for accessibility, best practices and SEO, 95 for
// performance (pages meant not to be indexed are excused SEO's indexing audit only).
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'
import { restStore } from '../tests/helpers/factories.ts'
import { createTrustCenterContent } from '../tests/helpers/trust-center.ts'
import { runBench, startPortal } from './bench-lib.mjs'

const CATEGORIES = [
  ['performance', 'Perf', 95],
  ['accessibility', 'A11y', 100],
  ['best-practices', 'Best', 100],
  ['seo', 'SEO', 100],
]

/** REST as the seeded admin: the fixtures go through the app, so its hooks refresh the pages. */
async function adminRest(base, env) {
  const login = await fetch(new URL('/api/users/login', base), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD }),
  })
  const { token } = await login.json()
  if (!token) throw new Error(`admin sign-in failed with ${login.status}`)
  return async (method, path, body) => {
    const form = body instanceof FormData
    const response = await fetch(new URL(path, base), {
      method,
      headers: {
        authorization: `JWT ${token}`,
        ...(!form && { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : form ? body : JSON.stringify(body),
    })
    const json = await response.json()
    if (!response.ok)
      throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`)
    return json
  }
}

async function until(url, check) {
  for (let i = 0; i < 100; i++) {
    if (check(await (await fetch(url, { cache: 'no-store' })).text())) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`${url} never showed the new content`)
}

await runBench(async () => {
  const { base, env } = await startPortal('bench-lighthouse')
  const rest = await adminRest(base, env)
  const content = await createTrustCenterContent(restStore(rest), 'sample')
  await rest('POST', '/api/globals/trust-center', {
    logo: content.badge.id,
    accentColor: '#7a1fa2',
  })
  await until(new URL('/', base), (html) => html.includes('href="/documents"'))

  const pages = [
    '/',
    '/security',
    '/compliance',
    '/faq',
    '/faq?q=encrypted',
    '/documents',
    `/documents/${content.documents.nda.slug}`,
    '/subprocessors',
    '/subprocessors?q=stripe',
    '/subprocessors/table',
    '/subprocessors/stripe',
    '/subprocessors/annex',
    '/policies/purpose',
    '/changes',
    '/subscribe',
    '/developers',
    '/security-policy',
    // the request flow's public pages (crawlers see the form and the signed-out visitor area;
    // the pages behind a visitor's link are not indexed and not measured: they need the link)
    `/documents/${content.documents.nda.slug}/request`,
    '/access',
  ]
  // each page rendered once (the hooks expired them), so the scores are of the cached pages
  for (const path of pages) await (await fetch(new URL(path, base))).arrayBuffer()

  const chrome = await chromeLauncher.launch({
    // the browser tests' Chromium (CHROMIUM_PATH), handed to chrome-launcher
    chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  })
  const misses = []
  try {
    console.log(
      `\n| page | ${CATEGORIES.map(([, label]) => label).join(' | ')} |\n| --- |${' ---: |'.repeat(CATEGORIES.length)}`,
    )
    for (const path of pages) {
      const result = await lighthouse(
        new URL(path, base).toString(),
        { port: chrome.port, output: 'json', logLevel: 'error' },
        desktopConfig,
      )
      const { categories, audits } = result.lhr
      const scores = CATEGORIES.map(([id]) => Math.round((categories[id]?.score ?? 0) * 100))
      console.log(`| \`${path}\` | ${scores.join(' | ')} |`)
      CATEGORIES.forEach(([id, label, target], index) => {
        if (scores[index] >= target) return
        const failing = categories[id].auditRefs
          .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => ref.id)
        misses.push(`${path}: ${label} ${scores[index]} < ${target}: ${failing.join(', ')}`)
      })
    }
  } finally {
    await chrome.kill()
  }
  if (misses.length) {
    console.log(`\nBelow target:\n${misses.map((line) => `- ${line}`).join('\n')}`)
    process.exitCode = 1
  } else console.log('\nEvery page meets the target.')
})
