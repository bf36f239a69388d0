// The visitor's portal and the editor's journey, in Debian Chromium against the production build
// served by `next start` on the embedded database (tests/setup/portal-server.ts).
import type { Browser, Page } from 'playwright-core'
import { signInAsAdmin, signInThroughForm, type AdminRest } from '../helpers/admin'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeViolations, launchBrowser, newContext } from '../helpers/browser'
import {
  announceChange,
  draftSubprocessor,
  publishedSubprocessor,
  restStore,
} from '../helpers/factories'
import { eventually, portalUrl as url } from '../helpers/portal'
import { sourceSections, sourceSubprocessors, sourceTitles } from '../helpers/seed-document'

const subprocessors = sourceSubprocessors()
const slugs = ['amazon-web-services', 'twilio', 'dots', 'stripe', 'plain', 'amazon-cloudwatch']
const policySlugs = [
  'purpose',
  'scope',
  'subprocessor-definition',
  'subprocessor-management',
  'changes-to-subprocessors',
  'contact',
]
const nameOf = (heading: string) => heading.replace(/ \(Divisible Inc\.\)$/, '')

let browser: Browser
let rest: AdminRest

beforeAll(async () => {
  browser = await launchBrowser()
  rest = (await signInAsAdmin()).rest
})

afterAll(async () => {
  await browser?.close()
})

describe.each([
  ['with JavaScript', true],
  ['without JavaScript', false],
])("the visitor's journey %s", (_label, javaScript) => {
  let page: Page

  beforeAll(async () => {
    page = await (await newContext(browser, { javaScript })).newPage()
  })

  it('home → subprocessors → one subprocessor → each policy', async () => {
    const home = await page.goto(url('/'))
    expect(home?.status()).toBe(200)
    expect(await page.locator('h1').allTextContents()).toEqual([sourceTitles.portal])
    expect(await page.getAttribute('a[href^="mailto:"]', 'href')).toBe(
      `mailto:${sourceSections.Contact.at(-1)}`,
    )

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Subprocessors', exact: true })
      .click()
    await page.waitForURL(/\/subprocessors$/)
    expect(await page.locator('h1').allTextContents()).toEqual([sourceTitles.list])
    const text = await page.locator('main').innerText()
    for (const s of subprocessors) {
      expect(text).toContain(nameOf(s.heading))
      expect(text).toContain(s.category)
      expect(text).toContain(s.purpose)
      for (const item of s.dataProcessed.split(', '))
        expect(text.toLowerCase()).toContain(item.toLowerCase())
      expect(text).toContain(s.location)
      if (s.securityInfo)
        expect(await page.locator(`main a[href="${s.securityInfo}"]`).count()).toBeGreaterThan(0)
    }
    expect(text).toContain('Divisible Inc.')
    expect(text).toMatch(/Last updated/i)
    // categories in the order of the original page
    const headings = (await page.locator('main h2').allTextContents()).map((h) => h.trim())
    const categories = [...new Set(subprocessors.map((s) => s.category))]
    expect(headings.filter((h) => categories.includes(h))).toEqual(categories)

    await page
      .locator('main a', { hasText: /^Stripe$/ })
      .first()
      .click()
    await page.waitForURL(/\/subprocessors\/stripe$/)
    expect(await page.locator('h1').allTextContents()).toEqual(['Stripe'])
    expect(await page.locator('main').innerText()).toContain(
      'Payment processing for Clicki customers (subscription billing, charges)',
    )

    for (const slug of policySlugs) {
      const response = await page.goto(url(`/policies/${slug}`))
      expect(response?.status(), slug).toBe(200)
      const [h1] = await page.locator('h1').allTextContents()
      const section = sourceSections[h1 as keyof typeof sourceSections]
      expect(section, `${slug}: h1 "${h1}" is a section of the original page`).toBeDefined()
      const body = await page.locator('main').innerText()
      for (const line of section) expect(body).toContain(line.replace(/^•\s*/, ''))
    }
    // the management practices are a real list
    await page.goto(url('/policies/subprocessor-management'))
    expect(
      await page.locator('main ul li', { hasText: 'limited to what is necessary' }).count(),
    ).toBe(1)
  })

  it('filters by category and location and searches, through the form', async () => {
    await page.goto(url('/subprocessors'))
    await page.selectOption('#filter-category', 'payments-and-payouts')
    await page.click('button[type=submit]')
    await page.waitForURL(/category=payments-and-payouts/)
    let text = await page.locator('main').innerText()
    expect(text).toContain('Stripe')
    expect(text).toContain('Dots')
    expect(text).not.toContain('Twilio')

    await page.goto(url('/subprocessors'))
    await page.fill('#filter-q', 'phone numbers')
    await page.click('button[type=submit]')
    await page.waitForURL(/q=phone/)
    text = await page.locator('main').innerText()
    expect(text).toContain('Twilio')
    expect(text).not.toContain('Stripe')

    await page.goto(url('/subprocessors?location=primary'))
    text = await page.locator('main').innerText()
    expect(text).toContain('Amazon Web Services (AWS)')
    expect(text).not.toContain('Twilio')

    await page.goto(url('/subprocessors?q=no-such-vendor-anywhere'))
    expect((await page.locator('main').innerText()).toLowerCase()).toContain('no ')
  })

  it('answers unknown addresses with a 404 page', async () => {
    for (const path of [
      '/subprocessors/no-such-vendor',
      '/policies/no-such-policy',
      '/no/such/page',
    ]) {
      const response = await page.goto(url(path))
      expect(response?.status(), path).toBe(404)
      expect(await page.locator('h1').count(), path).toBe(1)
    }
  })
})

describe('accessibility and page quality', () => {
  const routes = [
    '/',
    '/subprocessors',
    '/subprocessors?category=payments-and-payouts',
    ...slugs.map((s) => `/subprocessors/${s}`),
    ...policySlugs.map((s) => `/policies/${s}`),
    '/no-such-page',
  ]

  // Dark mode changes only colours (styles.css's one prefers-color-scheme block swaps its custom
  // properties; the accent's, src/site/accent.ts, likewise): every route in light, and in dark
  // one of each kind of page (an entry with a legal entity and a security link; a policy with a
  // list).
  const darkRoutes = [
    '/',
    '/subprocessors',
    '/subprocessors?category=payments-and-payouts',
    '/subprocessors/dots',
    '/policies/subprocessor-management',
    '/no-such-page',
  ]

  it('has no WCAG 2.2 A/AA violations on any route in light mode, nor on each kind of page in dark mode', async () => {
    const page = await (await newContext(browser)).newPage()
    for (const [colorScheme, list] of [
      ['light', routes],
      ['dark', darkRoutes],
    ] as const) {
      await page.emulateMedia({ colorScheme })
      for (const route of list) {
        await page.goto(url(route))
        const violations = await axeViolations(page)
        expect(
          violations,
          `${route} (${colorScheme}): ${JSON.stringify(violations, null, 1)}`,
        ).toEqual([])
      }
    }
  })

  it('has one h1, a language, a skip link first in tab order, and metadata on every page', async () => {
    const page = await (await newContext(browser)).newPage()
    for (const route of routes.filter((r) => r !== '/no-such-page')) {
      await page.goto(url(route))
      expect(await page.locator('h1').count(), route).toBe(1)
      expect(await page.getAttribute('html', 'lang')).toBe('en')
      expect(await page.title(), route).not.toBe('')
      expect(await page.locator('meta[name="description"]').count(), route).toBe(1)
      expect(await page.locator('link[rel="canonical"]').count(), route).toBe(1)
      expect(await page.locator('meta[property="og:title"]').count(), route).toBe(1)
      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim()), route).toBe(
        'Skip to content',
      )
    }
  })

  it('is readable at 320 px without horizontal scrolling, and prints the list as a table', async () => {
    const page = await (await newContext(browser)).newPage()
    await page.setViewportSize({ width: 320, height: 800 })
    for (const route of [
      '/',
      '/subprocessors',
      '/subprocessors/amazon-web-services',
      '/policies/subprocessor-management',
    ]) {
      await page.goto(url(route))
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect(overflow, route).toBeLessThanOrEqual(0)
    }
    await page.setViewportSize({ width: 1024, height: 800 })
    await page.goto(url('/subprocessors'))
    await page.emulateMedia({ media: 'print' })
    const table = page.locator('table')
    expect(await table.first().isVisible()).toBe(true)
    const printed = await table.first().innerText()
    for (const s of subprocessors) expect(printed).toContain(nameOf(s.heading))
    expect(await page.locator('form.filters').isVisible()).toBe(false)
  })

  it('serves sitemap.xml and robots.txt listing every public page', async () => {
    const sitemap = await (await fetch(url('/sitemap.xml'))).text()
    for (const path of [
      '/subprocessors',
      ...slugs.map((s) => `/subprocessors/${s}`),
      ...policySlugs.map((s) => `/policies/${s}`),
    ]) {
      expect(sitemap).toContain(`${path}</loc>`)
    }
    const robots = await (await fetch(url('/robots.txt'))).text()
    expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/)
    expect(robots).toMatch(/Disallow: \/admin/)
  })
})

describe("the editor's journey in the admin", () => {
  let vendor: { id: string; slug: string }
  const original = 'Sends transactional email for the e2e test'
  const changed = 'Sends transactional and marketing email (edited in the admin)'

  beforeAll(async () => {
    // The seed turns on the rule that purpose changes go live only through a change notice; this
    // journey is about drafts, preview and publishing, so it switches the rule off meanwhile.
    await rest('POST', '/api/globals/trust-center', { requireNotice: false })
    vendor = await publishedSubprocessor(restStore(rest), 'Postbox Mail', {
      purpose: original,
      dataProcessed: ['Email addresses'],
      locations: ['Ireland'],
    })
    await eventually(
      `/subprocessors/${vendor.slug}`,
      (html, status) => status === 200 && html.includes(original),
    )
  })

  afterAll(async () => {
    await rest('POST', '/api/globals/trust-center', { requireNotice: true })
  })

  it('signs in, saves a draft, previews it, publishes it, cannot delete it, removes it, deletes a draft', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    await signInThroughForm(page)

    await page.goto(url(`/admin/collections/subprocessors/${vendor.id}`))
    await page.fill('#field-purpose', changed)
    await page.click('#action-save-draft')
    await page.waitForSelector('text=/Draft saved|saved successfully/i')

    // the draft changes nothing for visitors
    const publicPage = await fetch(url(`/subprocessors/${vendor.slug}`), { cache: 'no-store' })
    const publicHtml = await publicPage.text()
    expect(publicHtml).toContain(original)
    expect(publicHtml).not.toContain(changed)

    // preview: the draft on the real portal layout, for the signed-in editor only
    const [preview] = await Promise.all([
      context.waitForEvent('page'),
      page.click('#preview-button'),
    ])
    await preview.waitForLoadState()
    expect(new URL(preview.url()).pathname).toBe(`/subprocessors/${vendor.slug}`)
    const previewText = await preview.locator('body').innerText()
    expect(previewText).toContain(changed)
    expect(previewText).toMatch(/Preview: you are viewing unpublished changes/)
    await preview.close()

    // publish: visitors see it without a rebuild
    await page.click('#action-save')
    await page.waitForSelector('text=/Updated successfully|published|saved successfully/i')
    await eventually(
      `/subprocessors/${vendor.slug}`,
      (html) => html.includes(changed) && !html.includes(original),
    )
    await eventually('/subprocessors', (html) => html.includes(changed))

    // a published subprocessor is not deleted: the admin does not offer it, and a bulk delete
    // from the list is refused in plain words; a removal notice takes it off the list instead
    await page.reload()
    // its slug is fixed now, and the form says why
    await page.waitForSelector('#field-slug')
    expect(await page.locator('#field-slug').isDisabled()).toBe(true)
    expect(await page.locator('.field-type.text:has(#field-slug)').innerText()).toContain(
      'Fixed: this subprocessor has been published',
    )
    await page.click('.doc-controls__popup .popup-button')
    await page.waitForSelector('#action-create')
    expect(await page.locator('#action-delete').count()).toBe(0)
    await page.keyboard.press('Escape')
    await page.goto(url('/admin/collections/subprocessors?search=Postbox'))
    await page
      .locator('tr', { hasText: 'Postbox Mail' })
      .locator('input[type=checkbox]')
      .first()
      .check()
    await page.click('.delete-documents__toggle')
    await page.click('#confirm-action')
    const toast = page.locator('.toast-error, [data-sonner-toast][data-type="error"]').first()
    await toast.waitFor()
    const refusal = await toast.innerText()
    expect(refusal).toContain('"Postbox Mail" was published')
    expect(refusal).toContain('announce a removal under Change notices')
    expect(refusal).not.toMatch(/undefined|Something went wrong/)
    await eventually(`/subprocessors/${vendor.slug}`, (_html, status) => status === 200)

    const removal = await announceChange(restStore(rest), {
      kind: 'removal',
      subprocessor: vendor.id,
      effectiveDate: new Date().toISOString(),
      reason: 'We stopped sending email through Postbox.',
      urgentReason: 'Their service closed.',
    })
    await eventually(`/subprocessors/${vendor.slug}`, (_html, status) => status === 410, 20_000)
    await eventually('/subprocessors', (html) => !html.includes('Postbox Mail'))
    expect(removal.slug).toBeTruthy()

    // a draft never published can be deleted from the admin
    const draft = await draftSubprocessor(restStore(rest), 'Postbox Draft', {
      purpose: original,
    })
    await page.goto(url(`/admin/collections/subprocessors/${draft.id}`))
    await page.click('.doc-controls__popup .popup-button')
    await page.click('#action-delete')
    await page.click('#confirm-action')
    await page.waitForURL(/\/admin\/collections\/subprocessors(\?|$)/)
    expect((await rest('GET', `/api/subprocessors?where[id][equals]=${draft.id}`)).totalDocs).toBe(
      0,
    )

    // the change-notice form speaks plainly and hides what only exists once announced
    await page.goto(url('/admin/collections/changes/create'))
    await page.waitForSelector('text=What is changing?')
    const form = await page.locator('main, .collection-edit').first().innerText()
    expect(form).toContain('Reason for a shorter notice')
    expect(form).not.toContain('What changes, field by field')
    expect(form).not.toContain('Notices sent')
    await context.close()
  })
})
