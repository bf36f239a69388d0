// Security headers on every kind of response (issue 10), and a Content-Security-Policy under which
// every public page and the admin's live preview run in Chromium without one violation or console
// error (the admin's main screens: admin.e2e.spec.ts). Static pages must stay static: they are
// served from Next's cache with the hashes of their own inline scripts (src/security/csp.mjs),
// pages rendered per request with a nonce.
import { createHash } from 'node:crypto'
import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openLivePreview, signInThroughForm } from '../helpers/admin'
import { announceThreeChanges, type ChangeScenario } from '../helpers/change-scenario'
import { launchBrowser, newContext, portalUrl, reportCspViolations } from '../helpers/browser'
import { eventually, get } from '../helpers/portal'

let scenario: ChangeScenario

beforeAll(async () => {
  // an upcoming change, a subprocessor published now (so /subprocessors is regenerated: its
  // policy comes from the cache handler's set, not from the build) and a removed one (410)
  scenario = await announceThreeChanges()
  await eventually('/subprocessors', (html) => html.includes(scenario.upcomingSp.name))
}, 120_000)

/** The policy's directives: name → sources. */
function directives(policy: string | null): Map<string, string[]> {
  expect(policy, 'a Content-Security-Policy').toBeTruthy()
  // two policies (fetch joins them with a comma) would both be enforced
  expect(policy, 'one Content-Security-Policy').not.toContain(',')
  return new Map(
    policy!
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources]),
  )
}

/** The headers every response carries, on this http:// build. */
function expectCommonHeaders(
  headers: Headers,
  label: string,
  referrer = 'strict-origin-when-cross-origin',
) {
  expect(headers.get('x-content-type-options'), label).toBe('nosniff')
  expect(headers.get('referrer-policy'), label).toBe(referrer)
  expect(headers.get('cross-origin-opener-policy'), label).toBe('same-origin')
  const permissions = headers.get('permissions-policy') ?? ''
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb'])
    expect(permissions, label).toContain(`${feature}=()`)
  // the public URL is http here: no HSTS (the https case: tests/int/security-headers.int.spec.ts)
  expect(headers.get('strict-transport-security'), label).toBeNull()
}

const inlineScripts = (html: string) =>
  [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)].filter(
    ([, , text]) => text.length > 0,
  )
const sha256 = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

/** A public page's policy: nothing inline beyond what is listed, never framed, no plugins. */
function expectPagePolicy(headers: Headers, label: string) {
  const policy = directives(headers.get('content-security-policy'))
  expect(policy.get('frame-ancestors'), label).toEqual(["'none'"])
  expect(policy.get('object-src'), label).toEqual(["'none'"])
  expect(policy.get('base-uri'), label).toEqual(["'self'"])
  expect(policy.get('form-action'), label).toEqual(["'self'"])
  expect(policy.get('default-src'), label).toEqual(["'self'"])
  expect(policy.get('script-src'), label).not.toContain("'unsafe-inline'")
  expect(policy.get('script-src'), label).not.toContain("'unsafe-eval'")
  expect(policy.get('style-src'), label).toEqual(["'self'"])
  expect(headers.get('x-frame-options'), label).toBe('DENY')
  return policy
}

/** A static page: the hash of each of its inline scripts, and nothing else inline, is allowed. */
function expectHashesOf(html: string, headers: Headers, label: string) {
  const policy = expectPagePolicy(headers, label)
  const scripts = inlineScripts(html)
  expect(scripts.length, label).toBeGreaterThan(0)
  const allowed = policy.get('script-src')!
  expect(
    allowed.filter((source) => source.startsWith("'nonce-")),
    label,
  ).toEqual([])
  expect(allowed.slice(1).sort(), label).toEqual(
    [...new Set(scripts.map(([, , t]) => sha256(t)))].sort(),
  )
}

/** Non-HTML answers: nothing in them may run, load or be framed. */
function expectMinimalPolicy(headers: Headers, label: string) {
  expect(headers.get('content-security-policy'), label).toBe(
    "default-src 'none'; frame-ancestors 'none'",
  )
  expect(headers.get('x-frame-options'), label).toBe('DENY')
}

describe('headers on every kind of response', () => {
  it('a static page: its inline scripts by hash, served from the cache (still static)', async () => {
    for (const path of ['/', '/subprocessors', '/policies/purpose', '/developers']) {
      await get(path) // the first answer may be a regeneration; the second comes from the cache
      const { status, headers, text } = await get(path)
      expect(status, path).toBe(200)
      expectCommonHeaders(headers, path)
      expectHashesOf(text, headers, path)
      expect(headers.get('x-nextjs-cache'), path).toBe('HIT')
    }
    // regenerated after a publish (the cache handler's set): the policy follows the new HTML
    const list = await get('/subprocessors')
    expect(list.text).toContain(scenario.upcomingSp.name)
    expectHashesOf(list.text, list.headers, 'regenerated /subprocessors')
  })

  it('a page rendered per request: a fresh nonce, on every script Next.js renders', async () => {
    const nonces = new Set<string>()
    for (const path of [
      '/subprocessors?q=stripe',
      '/subprocessors?q=stripe',
      '/changes',
      '/subscribe',
    ]) {
      const { status, headers, text } = await get(path)
      expect(status, path).toBe(200)
      expectCommonHeaders(headers, path)
      const scriptSources = expectPagePolicy(headers, path).get('script-src')!
      const nonce = scriptSources.find((s) => s.startsWith("'nonce-"))?.slice(7, -1)
      expect(nonce, path).toBeTruthy()
      expect(
        scriptSources.filter((s) => s.startsWith("'sha256-")),
        path,
      ).toEqual([])
      nonces.add(nonce!)
      const scripts = inlineScripts(text)
      expect(scripts.length, path).toBeGreaterThan(0)
      for (const [, attributes] of scripts) expect(attributes, path).toContain(`nonce="${nonce}"`)
    }
    expect(nonces.size, 'a new nonce for each response').toBe(4)
  })

  it('the API, feeds, exports and discovery files: the minimal policy', async () => {
    for (const path of [
      '/api/public/v1/subprocessors',
      '/api/subprocessors?limit=1',
      '/api/graphql',
      '/changes/rss.xml',
      '/changes/feed.json',
      '/subprocessors.csv',
      '/subprocessors.json',
      '/.well-known/security.txt',
      '/.well-known/subprocessors.json',
      '/robots.txt',
      '/sitemap.xml',
    ]) {
      const { status, headers } = await get(path)
      expect(status, path).toBeLessThan(500)
      expectCommonHeaders(headers, path)
      expectMinimalPolicy(headers, path)
    }
  })

  it('the admin: a nonce for its scripts, never framed', async () => {
    const { status, headers, text } = await get('/admin/login')
    expect(status).toBe(200)
    expectCommonHeaders(headers, '/admin/login')
    const policy = directives(headers.get('content-security-policy'))
    expect(policy.get('frame-ancestors')).toEqual(["'none'"])
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'")
    expect(policy.get('script-src')).not.toContain("'unsafe-eval'")
    const nonce = policy
      .get('script-src')!
      .find((s) => s.startsWith("'nonce-"))!
      .slice(7, -1)
    for (const [, attributes] of inlineScripts(text))
      expect(attributes).toContain(`nonce="${nonce}"`)
    expect(headers.get('x-frame-options')).toBe('DENY')
  })

  it('a 404 and a removed subprocessor’s 410 carry the page headers', async () => {
    const missing = await get('/no-such-page-here')
    expect(missing.status).toBe(404)
    expectCommonHeaders(missing.headers, '404')
    expectHashesOf(missing.text, missing.headers, '404')

    const path = `/subprocessors/${scenario.removedSp.slug}`
    await eventually(path, (_html, status) => status === 410, 20_000)
    const gone = await get(path)
    expect(gone.status).toBe(410)
    expectCommonHeaders(gone.headers, '410')
    expectHashesOf(gone.text, gone.headers, '410')
  })

  it('pages whose address carries a token send no Referer', async () => {
    for (const path of [
      '/subscribe/confirm?token=x',
      '/subscribe/unsubscribe?token=x',
      `/changes/${scenario.removal.slug}/object?token=x`,
    ]) {
      const { status, headers } = await get(path)
      expect(status, path).toBe(200)
      expectCommonHeaders(headers, path, 'no-referrer')
      expectPagePolicy(headers, path)
    }
    const { headers } = await get('/notices/confirm', { method: 'POST' })
    expectCommonHeaders(headers, '/notices/confirm', 'no-referrer')
  })

  it('the session cookie is not Secure on an http public address (local preview signs in)', async () => {
    const login = await fetch(portalUrl('/api/users/login'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: process.env.ADMIN_EMAIL,
        password: process.env.ADMIN_PASSWORD,
      }),
    })
    expect(login.status).toBe(200)
    const cookie = login.headers.getSetCookie().find((c) => c.startsWith('payload-token='))
    expect(cookie).toBeTruthy()
    expect(cookie).not.toMatch(/;\s*Secure/i)
  })
})

describe('in Chromium, no CSP violation and no console error', () => {
  let browser: Browser
  let context: BrowserContext
  const problems: string[] = []

  /** Records violations (reported by the page itself), console errors and uncaught errors. */
  function watch(page: Page, expectedStatus?: string) {
    page.on('console', (message: ConsoleMessage) => {
      const text = message.text()
      // the address's own 404/410, which a test asked for, is logged as a failed load
      if (expectedStatus && text.includes(`status of ${expectedStatus}`)) return
      if (message.type() === 'error' || /Refused to/.test(text))
        problems.push(`${page.url()}: ${message.type()}: ${text}`)
    })
    page.on('pageerror', (error) => problems.push(`${page.url()}: uncaught: ${error.message}`))
  }

  /**
   * A watched tab without the browser's HTTP cache. With it, Chromium holds a request for an
   * address while an earlier request for the same address (a link's prefetch, abandoned when the
   * tab moved on) still counts as writing its cache entry: pages then waited 8 to 30 seconds for
   * the network to go quiet. Every visit fetching everything is a first visit, as in the field.
   */
  async function newTab() {
    const tab = await context.newPage()
    const devtools = await context.newCDPSession(tab)
    await devtools.send('Network.enable')
    await devtools.send('Network.setCacheDisabled', { cacheDisabled: true })
    return tab
  }

  async function visit(page: Page, path: string) {
    const response = await page.goto(portalUrl(path))
    expect(response, path).toBeTruthy()
    await page.waitForLoadState('networkidle')
    return response!
  }

  beforeAll(async () => {
    browser = await launchBrowser()
    context = await newContext(browser)
    // every frame reports a violation on the console, so `watch` sees it
    await reportCspViolations(context)
  })

  afterAll(async () => {
    await context?.close()
    await browser?.close()
  })

  it('visits every public page, with JavaScript running', async () => {
    const sitemap = await (await fetch(portalUrl('/sitemap.xml'))).text()
    const fromSitemap = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      ([, loc]) => new URL(loc).pathname,
    )
    expect(fromSitemap.length).toBeGreaterThan(10)
    const pages = [
      ...new Set([
        // first: its links' prefetches are rendered per request, the slowest of all to settle
        '/subprocessors?asOf=2024-01-01',
        ...fromSitemap,
        '/subprocessors?q=stripe',
        '/subscribe',
        '/developers',
        '/subprocessors/annex',
        `/changes/${scenario.upcoming.slug}`,
        `/changes/${scenario.removal.slug}/object?token=not-a-token`,
        '/subscribe/confirm?token=not-a-token',
        '/subscribe/unsubscribe?token=not-a-token',
      ]),
    ]
    // Four tabs at a time, each watched: a visit is mostly waiting for the network to go quiet
    // (the links' prefetches), which one tab after another spent in turn.
    const waiting = [...pages]
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        const tab = await newTab()
        watch(tab)
        for (let path = waiting.shift(); path; path = waiting.shift()) {
          await visit(tab, path)
          // the app router's runtime ran (its inline scripts were allowed)
          expect(await tab.evaluate(() => Reflect.has(window, 'next')), path).toBe(true)
        }
        await tab.close()
      }),
    )
    // a navigation inside the app, as a visitor clicks
    const page = await newTab()
    watch(page)
    await visit(page, '/')
    await Promise.all([page.waitForURL(/\/subprocessors$/), page.click('a[href="/subprocessors"]')])
    await page.waitForLoadState('networkidle')
    await page.close()

    for (const [path, status] of [
      ['/no-such-page-here', '404'],
      [`/subprocessors/${scenario.removedSp.slug}`, '410'],
    ]) {
      const errorPage = await newTab()
      watch(errorPage, status)
      expect((await visit(errorPage, path)).status(), path).toBe(Number(status))
      await errorPage.close()
    }
    expect(problems).toEqual([])
  }, 300_000)

  // The admin's main screens are walked, watched the same way, in admin.e2e.spec.ts.
  it('opens the admin’s live preview, framed and in its own tab', async () => {
    const page = await context.newPage()
    watch(page)
    await signInThroughForm(page)
    await page.waitForLoadState('networkidle')
    const { rest } = scenario
    const stripe = (await rest('GET', '/api/subprocessors?where[slug][equals]=stripe&depth=0'))
      .docs[0]

    // live preview: the admin frames the portal's page in draft mode (the only framing allowed)
    await visit(page, `/admin/collections/subprocessors/${stripe.id}`)
    const putBack = await openLivePreview(page)
    const frame = page.frameLocator('iframe')
    await expect
      .poll(async () => frame.locator('h1').first().textContent({ timeout: 30_000 }), {
        timeout: 30_000,
      })
      .toContain('Stripe')
    // and the preview in its own tab
    const [preview] = await Promise.all([
      context.waitForEvent('page'),
      page.click('#preview-button'),
    ])
    watch(preview)
    await preview.waitForSelector('text=/Preview: you are viewing/', { timeout: 30_000 })
    await preview.close()
    await putBack()
    await page.close()
    expect(problems).toEqual([])
  }, 300_000)

  it('draft mode may be framed by the admin only; other pages not at all', async () => {
    const cookies = await context.cookies()
    const cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ')
    expect(cookie, 'draft mode is on after the preview').toContain('__prerender_bypass')
    const draft = await get('/subprocessors/stripe', { headers: { cookie } })
    const policy = directives(draft.headers.get('content-security-policy'))
    expect(policy.get('frame-ancestors')).toEqual(["'self'"])
    expect(draft.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    const published = await get('/subprocessors/stripe')
    expect(
      directives(published.headers.get('content-security-policy')).get('frame-ancestors'),
    ).toEqual(["'none'"])
  })
})
