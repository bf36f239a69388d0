// The trust center's sections (security overview, compliance, FAQ, documents), the overview that
// links them, the brand settings and the list as a table, in Chromium against the production
// build, with fixtures of their own that are removed afterwards (the seed has none of this).
import type { Browser, ConsoleMessage, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signInAsAdmin, type AdminRest } from '../helpers/admin'
import { axeViolations, launchBrowser, newContext } from '../helpers/browser'
import { restStore, type Store } from '../helpers/factories'
import { withoutScripts } from '../helpers/html'
import { eventually, get, page as fetchPage, portalUrl as url } from '../helpers/portal'
import {
  createTrustCenterContent,
  removeTrustCenterContent,
  type TrustCenterContent,
} from '../helpers/trust-center'

const TAG = 'e2e'
const ACCENT = '#7a1fa2'
const SECTIONS = ['Overview', 'Security', 'Compliance', 'Documents', 'Subprocessors', 'Changes']

let browser: Browser
let rest: AdminRest
let store: Store
let content: TrustCenterContent
const problems: string[] = []

/** Console errors, failed loads and CSP violations, as in security-headers.e2e.spec.ts. */
function watch(page: Page) {
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error' || /Refused to/.test(message.text()))
      problems.push(`${page.url()}: ${message.type()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`${page.url()}: uncaught: ${error.message}`))
}

const mainNav = (html: string) => html.match(/<nav aria-label="Main">[\s\S]*?<\/nav>/)?.[0] ?? ''

beforeAll(async () => {
  browser = await launchBrowser()
  rest = (await signInAsAdmin()).rest
  store = restStore(rest)
  content = await createTrustCenterContent(store, TAG)
  await rest('POST', '/api/globals/trust-center', {
    logo: content.badge.id,
    accentColor: ACCENT,
  })
  // the hooks expire the pages; wait until the layout (every page) has the new sections
  await eventually('/', (html) => mainNav(html).includes('href="/documents"'))
})

afterAll(async () => {
  await rest('POST', '/api/globals/trust-center', { logo: null, accentColor: null })
  await removeTrustCenterContent(store, content)
  await browser?.close()
})

describe.each([
  ['with JavaScript', true],
  ['without JavaScript', false],
])('the trust center %s', (_label, javaScript) => {
  let page: Page

  beforeAll(async () => {
    page = await (await newContext(browser, { javaScript })).newPage()
    watch(page)
  })

  it('links every section from the overview and the header, at most six', async () => {
    expect((await page.goto(url('/')))?.status()).toBe(200)
    const main = page.getByRole('navigation', { name: 'Main' })
    expect(await main.getByRole('link').allTextContents()).toEqual(SECTIONS)
    expect(await main.locator('a[aria-current="page"]').allTextContents()).toEqual(['Overview'])
    // the logo sits beside the name, which names the link
    expect(await page.locator('.site-title img').getAttribute('src')).toMatch(
      /^\/api\/media\/file\//,
    )
    expect(await page.locator('.site-title a').innerText()).not.toBe('')
    const hub = await page.locator('.hub').innerText()
    expect(hub).toContain(`SOC 2 Type II ${TAG}`)
    expect(hub).toContain('1 certification achieved, 1 in progress')
    expect(hub).toContain('3 documents')
    expect(hub).toMatch(/2 questions answered/)
    expect(hub).toContain(`Encryption ${TAG}`)

    await main.getByRole('link', { name: 'Security', exact: true }).click()
    await page.waitForURL(/\/security$/)
    expect(await main.locator('a[aria-current="page"]').allTextContents()).toEqual(['Security'])
  })

  it('shows the security overview by topic, with an anchor for each', async () => {
    expect((await page.goto(url('/security')))?.status()).toBe(200)
    const [encryption, access] = content.topics
    expect(await page.locator('h1').allTextContents()).toEqual(['Security overview'])
    expect(await page.locator(`section#${encryption.slug} h2`).innerText()).toBe(encryption.title)
    expect(await page.locator(`section#${encryption.slug} li`).allTextContents()).toEqual([
      'Data is encrypted at rest with AES-256.',
      'Connections use TLS 1.2 or newer.',
    ])
    expect(await page.locator(`a[href="#${access.slug}"]`).count()).toBe(1)
    // the FAQ is the section's second page
    const side = page.getByRole('navigation', { name: 'Security' })
    expect(await side.getByRole('link').allTextContents()).toEqual([
      'Security overview',
      'Questions and answers',
    ])
  })

  it('shows each certification with its badge or a text badge, its status and validity', async () => {
    expect((await page.goto(url('/compliance')))?.status()).toBe(200)
    const { achieved, underway, lapsed } = content.certifications
    const card = (name: string) => page.locator('article.certification', { hasText: name })
    expect(await card(achieved.name).locator('img').getAttribute('alt')).toBe(content.badge.alt)
    expect(await card(achieved.name).innerText()).toMatch(
      /Achieved[\s\S]*1 January 2026 to 31 December 2099[\s\S]*An audit firm/,
    )
    expect(
      await card(achieved.name)
        .getByRole('link', { name: content.documents.approval.title })
        .count(),
    ).toBe(1)
    expect(await card(underway.name).locator('img').count()).toBe(0)
    expect(await card(underway.name).locator('.text-badge').innerText()).toBe(underway.name)
    expect(await card(underway.name).innerText()).toContain('In progress')
    // achieved, but its validity has ended: shown as expired without anyone changing it
    expect(await card(lapsed.name).innerText()).toMatch(/Expired[\s\S]*Was valid/)
  })

  it('groups the FAQ by topic, with an anchor per question, and searches without JavaScript', async () => {
    expect((await page.goto(url('/faq')))?.status()).toBe(200)
    const [first, second] = content.faq.public
    expect(await page.locator(`article#${first.slug} h3`).innerText()).toBe(first.question)
    expect(await page.locator('main h2').allTextContents()).toEqual(
      expect.arrayContaining([`Data protection ${TAG}`, `Access ${TAG}`]),
    )
    const text = await page.locator('main').innerText()
    expect(text).not.toContain(content.faq.gated.question)
    expect(text).not.toContain('customers-only answer')

    await page.fill('#faq-q', 'single sign-on')
    await page.click('form[role=search] button[type=submit]')
    await page.waitForURL(/\/faq\?q=single/)
    expect(await page.locator('article.faq-entry h3').allTextContents()).toEqual([second.question])
    expect(await page.locator('.result-count').innerText()).toMatch(/^1 question of \d+ match/)

    await page.goto(url('/faq?q=no-such-words-anywhere'))
    expect(await page.locator('article.faq-entry').count()).toBe(0)
    expect(await page.locator('main').innerText()).toContain('No matches')
  })

  it('lists documents with their access level and a way to get each one', async () => {
    expect((await page.goto(url('/documents')))?.status()).toBe(200)
    const { documents } = content
    const card = (title: string) => page.locator('.document-list article', { hasText: title })
    expect(await card(documents.public.title).innerText()).toMatch(
      /Policy[\s\S]*Public[\s\S]*v1\.0[\s\S]*15 January 2026/,
    )
    expect(await card(documents.public.title).locator('a.button-link').getAttribute('href')).toBe(
      `/documents/${documents.public.slug}/download`,
    )
    for (const [document, words] of [
      [documents.nda, 'Requires NDA'],
      [documents.approval, 'Requires NDA and approval'],
    ] as const) {
      expect(await card(document.title).innerText()).toContain(words)
      expect(await card(document.title).locator('a.button-link').getAttribute('href')).toBe(
        `/documents/${document.slug}/request`,
      )
    }

    await card(documents.approval.title)
      .getByRole('link', { name: documents.approval.title, exact: true })
      .click()
    await page.waitForURL(new RegExp(`/documents/${documents.approval.slug}$`))
    expect(await page.locator('h1').allTextContents()).toEqual([documents.approval.title])
    expect(await page.locator('main').innerText()).toContain(
      `Evidence for ${content.certifications.achieved.name}`,
    )
    expect(
      await page
        .getByRole('link', { name: `Request access to ${documents.approval.title}` })
        .count(),
    ).toBe(1)
  })

  it('shows the subprocessor list as a table, and the policies beside it', async () => {
    expect((await page.goto(url('/subprocessors')))?.status()).toBe(200)
    const side = page.getByRole('navigation', { name: 'Subprocessors' })
    const sideLinks = await side.getByRole('link').allTextContents()
    expect(sideLinks[0]).toBe(await page.locator('h1').innerText())
    expect(sideLinks).toContain('Purpose')
    expect(sideLinks.at(-1)).toBe('Get notified')
    await page.getByRole('link', { name: 'As a table' }).click()
    await page.waitForURL(/\/subprocessors\/table$/)
    const rows = page.locator('table.data-table tbody tr')
    expect(await rows.count()).toBeGreaterThanOrEqual(6)
    expect(await page.locator('table.data-table').innerText()).toContain('Stripe')
    expect(
      await page
        .getByRole('navigation', { name: 'How to show the list' })
        .locator('[aria-current="page"]')
        .innerText(),
    ).toBe('As a table')
  })

  it('logs no error in the browser console', () => {
    expect(problems).toEqual([])
  })
})

describe('quality of the new pages', () => {
  const routes = () => [
    '/',
    '/security',
    '/compliance',
    '/faq',
    '/faq?q=encrypted',
    '/documents',
    `/documents/${content.documents.nda.slug}`,
    '/subprocessors/table',
  ]

  it('has no WCAG 2.2 A/AA violations, in light and dark mode, with the accent colour', async () => {
    const page = await (await newContext(browser)).newPage()
    watch(page)
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme })
      for (const route of routes()) {
        await page.goto(url(route))
        const violations = await axeViolations(page)
        expect(violations, `${route} (${colorScheme}): ${JSON.stringify(violations)}`).toEqual([])
      }
    }
    // the accent applies on static pages and on pages rendered per request alike
    await page.emulateMedia({ colorScheme: 'light' })
    for (const route of ['/documents', '/faq?q=encrypted', '/changes']) {
      await page.goto(url(route))
      const link = await page.evaluate(() =>
        getComputedStyle(document.documentElement).getPropertyValue('--link').trim(),
      )
      expect(link, route).toBe(ACCENT)
    }
    expect(problems).toEqual([])
  })

  it('has one h1, a description and a canonical address, and fits 320 px', async () => {
    const page = await (await newContext(browser)).newPage()
    await page.setViewportSize({ width: 320, height: 800 })
    for (const route of routes()) {
      await page.goto(url(route))
      expect(await page.locator('h1').count(), route).toBe(1)
      expect(await page.locator('meta[name="description"]').count(), route).toBe(1)
      expect(await page.locator('link[rel="canonical"]').count(), route).toBe(1)
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect(overflow, route).toBeLessThanOrEqual(0)
    }
  })

  it('lists the sections in the sitemap and serves a favicon', async () => {
    const sitemap = await (await fetch(url('/sitemap.xml'))).text()
    for (const path of ['/security', '/faq', '/compliance', '/documents', '/subprocessors/table'])
      expect(sitemap).toContain(`${url(path)}</loc>`)
    expect(sitemap).toContain(`/documents/${content.documents.public.slug}</loc>`)
    const icon = await fetch(url('/favicon.ico'))
    expect(icon.status).toBe(200)
    expect(icon.headers.get('content-type')).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/)
    expect((await icon.arrayBuffer()).byteLength).toBeGreaterThan(100)
  })

  it('serves the accent as a stylesheet the edge can keep', async () => {
    const { status, headers, text } = await get(`/brand.css?v=${ACCENT.slice(1)}`)
    expect(status).toBe(200)
    expect(headers.get('content-type')).toMatch(/^text\/css/)
    expect(headers.get('xkey')?.split(' ')).toEqual(expect.arrayContaining(['trust-center']))
    expect(text).toContain(`--link: ${ACCENT}`)
  })
})

describe("a confidential file's address, anonymously", () => {
  it('is in no page, no public API answer and no REST or GraphQL answer', async () => {
    const files = (await rest('GET', '/api/document-files?limit=100&depth=0')).docs as Array<{
      id: string
      url: string
      filename: string
    }>
    const gatedFileIds = [content.documents.nda, content.documents.approval].map((doc) =>
      String(typeof doc.file === 'object' ? doc.file.id : doc.file),
    )
    const gated = files.filter((file) => gatedFileIds.includes(file.id))
    expect(gated.length).toBe(2)

    const { body } = await get('/api/public/v1/documents')
    const served = (body as { data: Array<{ slug: string; downloadUrl: string | null }> }).data
    const bySlug = new Map(served.map((item) => [item.slug, item]))
    expect(bySlug.get(content.documents.public.slug)?.downloadUrl).toBe(
      url(`/documents/${content.documents.public.slug}/download`),
    )
    expect(bySlug.get(content.documents.nda.slug)?.downloadUrl).toBeNull()
    expect(bySlug.get(content.documents.approval.slug)?.downloadUrl).toBeNull()

    const answers = [
      JSON.stringify(body),
      (await get('/api/public/v1/certifications')).text,
      (await get('/api/documents?depth=2&limit=100')).text,
      (await get(`/api/document-files/${gated[0].id}`)).text,
      (await get('/api/document-files?limit=100')).text,
      await (
        await fetch(url('/api/graphql'), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ Documents { docs { title file { url filename } } } }' }),
        })
      ).text(),
      ...(await Promise.all(
        ['/documents', `/documents/${content.documents.nda.slug}`, '/compliance'].map(
          async (path) => withoutScripts((await fetchPage(path)).html),
        ),
      )),
    ]
    for (const answer of answers)
      for (const file of gated) {
        expect(answer).not.toContain(file.filename)
        expect(answer).not.toContain(file.url)
      }
  })
})

describe('once the content is gone', () => {
  it('hides the empty sections from the navigation and says nothing is published', async () => {
    await rest('POST', '/api/globals/trust-center', { logo: null, accentColor: null })
    await removeTrustCenterContent(store, content)
    content = { ...content, created: [] }
    const { html } = await eventually('/', (page) => !mainNav(page).includes('/documents'))
    const nav = mainNav(html)
    for (const path of ['/security', '/compliance', '/documents']) expect(nav).not.toContain(path)
    expect(nav).toContain('href="/subprocessors"')
    expect(nav).toContain('href="/changes"')
    expect(withoutScripts(html)).not.toContain('brand.css')
    for (const path of ['/security', '/compliance', '/faq', '/documents']) {
      const { html: emptyPage } = await eventually(path, (page) =>
        page.includes('Nothing is published'),
      )
      expect(emptyPage).toMatch(/<meta name="robots" content="noindex, follow"/)
    }
    const sitemap = await (await fetch(url('/sitemap.xml'))).text()
    expect(sitemap).not.toContain('/security</loc>')
  })
})
