// The admin's main screens, in Debian Chromium against the production build (tests/setup/portal-server.ts):
// each must render without a browser console error, a Content-Security-Policy violation, a refused
// request or an error in the server's log.
import fs from 'node:fs'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest'
import { signInAsAdmin, signInThroughForm, type AdminRest } from '../helpers/admin'
import { launchBrowser, newContext, portalUrl, reportCspViolations } from '../helpers/browser'
import { overHttp, subscribeAndConfirm } from '../helpers/subscriptions'

const DAY = 24 * 60 * 60 * 1000
const serverLog = inject('serverLogPath')
// Payload logs JSON (pino: 50 error, 60 fatal); Next prints "⨯" before an error it caught.
const ERROR_LINE = /"level":\s*(50|60)\b|⨯|Unhandled|Uncaught/

let browser: Browser
let context: BrowserContext
let rest: AdminRest
let logOffset = 0
const browserErrors: string[] = []

/** Lines at error level the server printed since the last call. */
function newServerErrors(): string[] {
  const text = fs.readFileSync(serverLog, 'utf8')
  const fresh = text.slice(logOffset)
  logOffset = text.length
  return fresh.split('\n').filter((line) => ERROR_LINE.test(line))
}

function watch(page: Page) {
  page.on('console', (message) => {
    if (message.type() === 'error' || /Refused to/.test(message.text()))
      browserErrors.push(`${page.url()}: console: ${message.text()}`)
  })
  page.on('pageerror', (error) => browserErrors.push(`${page.url()}: ${error.message}`))
  page.on('response', (response) => {
    const { pathname } = new URL(response.url())
    if (pathname.startsWith('/api/') && response.status() >= 400) {
      browserErrors.push(
        `${page.url()}: ${response.request().method()} ${response.url()} → ${response.status()}`,
      )
    }
  })
}

/** Opens an admin screen and waits until it has settled (lists fetch their related titles late). */
async function open(page: Page, path: string, ready: string) {
  const response = await page.goto(portalUrl(path))
  expect(response?.status(), path).toBeLessThan(400)
  await page.waitForSelector(ready, { timeout: 60_000 })
  await page.waitForLoadState('networkidle')
}

const idOf = async (collection: string, slug: string) =>
  (await rest('GET', `/api/${collection}?where[slug][equals]=${slug}&depth=0&draft=true`)).docs[0]
    .id as string

beforeAll(async () => {
  browser = await launchBrowser()
  rest = (await signInAsAdmin()).rest
  // signed in through the form, as an editor is: the admin's cookie and its CSRF checks apply
  context = await newContext(browser)
  // every frame reports a CSP violation on the console, so `watch` sees it
  await reportCspViolations(context)
  const page = await context.newPage()
  await signInThroughForm(page)
  await page.close()
  newServerErrors()
})

beforeEach(() => {
  browserErrors.length = 0
})

afterAll(async () => {
  await browser?.close()
})

describe('the admin', () => {
  const collections = [
    'subprocessors',
    'categories',
    'policies',
    'changes',
    'subscribers',
    'notice-deliveries',
    'objections',
    'evidence-ledger',
    'subprocessor-history',
    'scopes',
    'customer-accounts',
    'users',
  ]
  let draftId: string
  let removal: { id: string }

  beforeAll(async () => {
    const category = (await rest('GET', '/api/categories?limit=1&depth=0')).docs[0]
    draftId = (
      await rest('POST', '/api/subprocessors?draft=true', {
        name: 'Quillmate Drafts',
        category: category.id,
        purpose: 'Drafting help, not yet announced',
        dataProcessed: ['Document text'],
        locations: ['Germany'],
        _status: 'draft',
      })
    ).doc.id
    await rest('POST', '/api/globals/trust-center', { requireNotice: true })
    // an announced removal, so the change notice view shows its saved versions
    removal = (
      await rest('POST', '/api/changes', {
        kind: 'removal',
        subprocessor: await idOf('subprocessors', 'amazon-cloudwatch'),
        reason: 'We moved monitoring in-house (admin e2e).',
        effectiveDate: new Date(Date.now() + 40 * DAY).toISOString(),
        status: 'announced',
      })
    ).doc
  })

  afterAll(async () => {
    await rest('PATCH', `/api/changes/${removal.id}`, { status: 'cancelled' })
    await rest('DELETE', `/api/subprocessors/${draftId}`)
  })

  it('shows the dashboard, every list, an edit view and the settings without an error', async () => {
    const page = await context.newPage()
    watch(page)
    await open(page, '/admin', '.dashboard, .collections')
    for (const collection of collections) {
      await open(page, `/admin/collections/${collection}`, '.collection-list')
      expect(await page.locator('body').innerText(), collection).not.toMatch(/Untitled - ID/)
    }
    await open(
      page,
      `/admin/collections/subprocessors/${await idOf('subprocessors', 'stripe')}`,
      '#field-purpose',
    )
    await open(
      page,
      `/admin/collections/policies/${await idOf('policies', 'purpose')}`,
      '.rich-text-lexical',
    )
    await open(page, `/admin/collections/changes/${removal.id}`, 'text=What is changing?')
    await open(page, '/admin/globals/trust-center', 'form')
    await page.close()
    expect(browserErrors).toEqual([])
    expect(newServerErrors()).toEqual([])
  })

  it('suggests subscribers from a customer’s domains as notice contacts: a click adds, a save confirms', async () => {
    const email = `bruce.${Date.now()}@wayne.example`
    await subscribeAndConfirm(overHttp(portalUrl('/')), email)
    const account = (
      await rest('POST', '/api/customer-accounts', {
        organisation: 'Wayne Enterprises (admin e2e)',
        emailDomains: ['wayne.example'],
      })
    ).doc
    const page = await context.newPage()
    watch(page)
    await open(
      page,
      `/admin/collections/customer-accounts/${account.id}`,
      'text=Subscribers from this customer’s domains',
    )
    const suggestion = page.locator('li', { hasText: email })
    await suggestion.getByRole('button', { name: 'Add as a notice contact' }).click()
    await suggestion.getByText('added: save to confirm').waitFor()
    await page.click('#action-save')
    await expect
      .poll(
        async () =>
          (await rest('GET', `/api/customer-accounts/${account.id}?depth=0`)).noticeContacts?.map(
            (contact: { email: string }) => contact.email,
          ),
        { timeout: 15_000 },
      )
      .toEqual([email])
    const subscriber = (
      await rest('GET', `/api/subscribers?where[email][equals]=${encodeURIComponent(email)}`)
    ).docs[0]
    // the subscriber's page names the account
    await open(page, `/admin/collections/subscribers/${subscriber.id}`, 'text=Notice contact of')
    expect(await page.getByRole('link', { name: 'Wayne Enterprises (admin e2e)' }).count()).toBe(1)
    await page.close()
    expect(browserErrors).toEqual([])
    expect(newServerErrors()).toEqual([])
    // never notified: it can go, and the subscriber with it (erasure)
    await rest('DELETE', `/api/customer-accounts/${account.id}`)
    await rest('DELETE', `/api/subscribers/${subscriber.id}`)
  })

  it("names each subprocessor's category and says its state in words", async () => {
    const page = await context.newPage()
    watch(page)
    // The category titles come from the admin's own requests (RelationshipProvider); a failure
    // lists their answers.
    const categoryAnswers: string[] = []
    page.on('response', (response) => {
      if (new URL(response.url()).pathname === '/api/categories')
        categoryAnswers.push(
          `${response.request().method()} ${response.status()} ${response.url()}`,
        )
    })
    page.on('requestfailed', (request) =>
      categoryAnswers.push(`failed ${request.url()}: ${request.failure()?.errorText}`),
    )
    await open(page, '/admin/collections/subprocessors?limit=100', '.collection-list')
    // A relationship cell asks for its title only once it is on screen (Payload's list), and
    // other test files add subprocessors: each row is scrolled into view before it is read.
    const row = async (name: string) => {
      const cells = page.locator('tbody tr', { hasText: name }).first()
      await cells.scrollIntoViewIfNeeded()
      return cells.innerText()
    }
    await expect
      .poll(() => row('Stripe'), { timeout: 15_000 })
      .toContain('Payments and Payouts')
      .catch((error: Error) => {
        throw new Error(`${error.message}\nrequests for categories:\n${categoryAnswers.join('\n')}`)
      })
    expect(await row('Stripe')).toMatch(/\bLive\b/)
    expect(await row('Quillmate Drafts')).toContain('New (not yet announced)')
    expect(await row('Amazon CloudWatch (AWS)')).toMatch(/Change announced for \d{1,2} \w+ \d{4}/)
    await page.close()
    expect(browserErrors).toEqual([])
    expect(newServerErrors()).toEqual([])
  })

  it('shows a change notice’s saved versions as links, not ids', async () => {
    const page = await context.newPage()
    watch(page)
    await open(page, `/admin/collections/changes/${removal.id}`, 'text=What is changing?')
    const link = page.getByRole('link', { name: /version of \d{1,2} \w{3} \d{4}, \d\d:\d\d UTC/ })
    expect(await link.getAttribute('href')).toMatch(
      /\/admin\/collections\/subprocessors\/\w+\/versions\/\w+$/,
    )
    const fields = await page.locator('.field-type').allInnerTexts()
    expect(fields.join('\n')).not.toMatch(/\b[0-9a-f]{24}\b/)
    const pack = page.getByRole('link', { name: 'printable evidence pack' })
    expect(await pack.getAttribute('href')).toBe(`/evidence/changes/${removal.id}`)
    const json = page.getByRole('link', { name: 'the same as JSON' })
    expect(await json.getAttribute('href')).toBe(`/api/changes/${removal.id}/evidence`)
    await page.close()
    expect(browserErrors).toEqual([])
  })

  it('speaks German to a staff member who chose German: labels, help, buttons, components', async () => {
    // the language a staff member picks in their account travels as Payload's language cookie
    const language = (value: string) =>
      context.addCookies([{ name: 'payload-lng', value, url: portalUrl('/') }])
    await language('de')
    const page = await context.newPage()
    watch(page)
    try {
      await open(page, '/admin', 'text=Was Ihre Aufmerksamkeit braucht')
      await open(page, `/admin/collections/subprocessors/${draftId}`, '#field-purpose')
      // a client component (useTranslation), field labels and help from the config
      await page.getByRole('link', { name: 'Diese Änderung ankündigen' }).waitFor()
      const form = await page.locator('body').innerText()
      for (const text of ['Verarbeitete Daten', 'Was dieser Anbieter für uns tut, in einem Satz.'])
        expect(form).toContain(text)
      // server components: the saved versions and the evidence links of a change notice
      await open(page, `/admin/collections/changes/${removal.id}`, 'text=Was ändert sich?')
      await page
        .getByRole('link', { name: /Version vom \d{1,2}\. \S+ \d{4}, \d\d:\d\d UTC/ })
        .waitFor()
      await page.getByRole('link', { name: 'druckbares Nachweispaket' }).waitFor()
      // a list cell
      await open(page, '/admin/collections/subprocessors?limit=100', '.collection-list')
      await page.getByText('Neu (noch nicht angekündigt)').first().waitFor()
    } finally {
      await page.close()
      await language('en')
    }
    expect(browserErrors).toEqual([])
    expect(newServerErrors()).toEqual([])
  })

  it('offers only valid subprocessors in a change notice’s pickers', async () => {
    const page = await context.newPage()
    watch(page)
    await open(page, '/admin/collections/changes/create', 'text=What is changing?')
    const choices = async (kind: RegExp) => {
      await page.locator('#field-kind .rs__control').click()
      // the form asks the server (a server function, POST to the page) for the choices of the new kind
      const formState = page.waitForResponse(
        (response) => response.request().method() === 'POST' && response.url().includes('/admin/'),
      )
      await page.locator('.rs__option', { hasText: kind }).click()
      await formState
      await page.locator('#field-subprocessor .rs__control').click()
      await page.waitForSelector('.rs__option', { timeout: 15_000 })
      await page.waitForLoadState('networkidle')
      const options = await page.locator('.rs__option').allInnerTexts()
      await page.keyboard.press('Escape')
      return options
    }
    const additions = await choices(/^Addition/)
    expect(additions).toContain('Quillmate Drafts')
    expect(additions).not.toContain('Stripe')
    const removals = await choices(/^Removal/)
    expect(removals).toContain('Stripe')
    expect(removals).not.toContain('Quillmate Drafts')
    await page.close()
    expect(browserErrors).toEqual([])
  })

  it('tells the editor, next to the purpose, why a published purpose cannot change directly', async () => {
    const page = await context.newPage()
    watch(page)
    await open(
      page,
      `/admin/collections/subprocessors/${await idOf('subprocessors', 'twilio')}`,
      '#field-purpose',
    )
    await page.fill('#field-purpose', 'Sends text messages and does voice calls (admin e2e)')
    await page.click('#action-save')
    const field = page.locator('.field-type:has(#field-purpose)')
    await expect
      .poll(() => field.innerText(), { timeout: 30_000 })
      .toMatch(/Save it as a draft, then announce it under Change notices/)
    await page.close()
    // the refusal is the editor's mistake, not the server's: a 400, and no error in the log
    const expected = /PATCH .*\/api\/subprocessors\/\w+.* → 400$|status of 400 \(Bad Request\)/
    expect(browserErrors.filter((line) => !expected.test(line))).toEqual([])
    expect(newServerErrors()).toEqual([])
  })

  it('shows the webhook screens, and an endpoint’s secret only when asked', async () => {
    // switched off: this server runs with production's rules, so only a public https address
    // can be registered, and nothing may ever be sent to one from here
    const endpoint = (
      await rest('POST', '/api/webhook-endpoints', {
        url: 'https://93.184.215.14/trust-center-hooks',
        description: 'Admin e2e (never sends)',
        enabled: false,
      })
    ).doc
    try {
      const page = await context.newPage()
      watch(page)
      for (const collection of ['webhook-endpoints', 'webhook-deliveries', 'webhook-attempts'])
        await open(page, `/admin/collections/${collection}`, '.collection-list')
      await open(page, `/admin/collections/webhook-endpoints/${endpoint.id}`, 'text=Signing secret')
      expect(await page.content()).not.toContain('whsec_')
      // the button's request goes with the admin's session cookie, as every click does
      await page.getByRole('button', { name: 'Show the secret' }).click()
      await expect
        .poll(() => page.locator('#webhook-secret').textContent(), { timeout: 30_000 })
        .toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/)
      await page.close()
      expect(browserErrors).toEqual([])
      expect(newServerErrors()).toEqual([])
    } finally {
      await rest('DELETE', `/api/webhook-endpoints/${endpoint.id}`)
    }
  })
})
