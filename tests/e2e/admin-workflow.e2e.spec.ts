// The editor's guided workflow in the admin, in Debian Chromium against the production build:
// a subprocessor draft → "Announce this change" → the confirmation → the dashboard; live preview;
// and public pages that ship no live-preview script.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { openLivePreview, signInAsAdmin, signInThroughForm, type AdminRest } from '../helpers/admin'
import { launchBrowser, newContext } from '../helpers/browser'
import { linkIn, readMail, waitForMail } from '../helpers/mailpit'

const url = (path: string) => new URL(path, inject('portalUrl')).toString()
const DAY = 86_400_000
const LIVE_PREVIEW_MARKERS = ['payload-live-preview', 'payload-document-event']

let browser: Browser
let context: BrowserContext
let page: Page
let rest: AdminRest
let category: string

async function draftSubprocessor(name: string, purpose: string) {
  const body = { name, category, purpose, dataProcessed: ['Usage events'], locations: ['Germany'] }
  return (await rest('POST', '/api/subprocessors?draft=true', { ...body, _status: 'draft' })).doc
}

async function confirmedSubscriber(email: string) {
  const headers = { 'content-type': 'application/json', accept: 'application/json' }
  const post = (path: string, body: object) =>
    fetch(url(path), {
      method: 'POST',
      headers: { ...headers, 'x-forwarded-for': '198.51.100.90' },
      body: JSON.stringify(body),
    })
  expect((await post('/notices/subscribe', { email })).status).toBe(202)
  const [mail] = await waitForMail(email)
  const link = linkIn((await readMail(mail.ID)).Text, '/subscribe/confirm?token=')
  const token = new URL(link).searchParams.get('token')
  expect((await post('/notices/confirm', { token })).status).toBe(200)
}

/** "Dec 15, 2026 10:00 AM": what the admin's date-and-time picker accepts when typed. */
const pickerDate = (date: Date) =>
  `${date.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' })} ${date.getUTCDate()}, ${date.getUTCFullYear()} 10:00 AM`

beforeAll(async () => {
  browser = await launchBrowser()
  rest = (await signInAsAdmin()).rest
  category = (await rest('GET', '/api/categories?limit=1&depth=0')).docs[0].id
  await rest('POST', '/api/globals/trust-center', { requireNotice: true, noticePeriodDays: 30 })
  await confirmedSubscriber('workflow-reader@example.com')
  context = await newContext(browser)
  page = await context.newPage()
  await signInThroughForm(page)
})

afterAll(async () => {
  await context?.close()
  await browser?.close()
})

describe('announcing a subprocessor draft from the admin', () => {
  it('opens a prefilled notice, confirms with the count and the email, and shows it on the dashboard', async () => {
    const vendor = await draftSubprocessor('Heatmap Hub', 'Click heatmaps of the dashboard')
    await page.goto(url(`/admin/collections/subprocessors/${vendor.id}`))
    await page.getByRole('link', { name: 'Announce this change' }).click()
    await page.waitForURL(/\/admin\/collections\/changes\/create\?kind=addition/)
    await page.waitForSelector('text=Filled in from the subprocessor')
    const kind = page.locator('#field-kind')
    await expect
      .poll(() => kind.innerText())
      .toContain('Addition: we start using a new subprocessor')
    await expect
      .poll(() => page.locator('#field-subprocessor').innerText())
      .toContain('Heatmap Hub')

    const reason = 'We want to see where customers get stuck on the dashboard.'
    const effective = new Date(Date.now() + 45 * DAY)
    await page.fill('#field-reason', reason)
    await page.locator('#field-effectiveDate input').fill(pickerDate(effective))
    await page.keyboard.press('Escape')
    await page.locator('#field-status .rs__control').click()
    await page.getByText('Announced: customers notified', { exact: true }).click()
    await page.click('#action-save')

    const dialog = page.getByRole('dialog', { name: 'Before you announce' })
    await dialog.waitFor()
    const confirmed = (
      await rest('GET', '/api/subscribers?where[status][equals]=confirmed&limit=1')
    ).totalDocs
    expect(confirmed).toBeGreaterThan(0)
    await expect
      .poll(() => dialog.innerText(), { timeout: 15_000 })
      .toContain(
        `${confirmed} confirmed subscriber${confirmed === 1 ? '' : 's'} will get this email.`,
      )
    const shown = await dialog.innerText()
    expect(shown).toContain(
      'Subject: Subprocessor change at Clicki Referrals: we will start using Heatmap Hub',
    )
    expect(shown).toContain(`Why: ${reason}`)
    expect(shown).toMatch(/The notice period is 30 days: customers get enough notice/)
    const day = effective.toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    })
    expect(shown).toContain(`Takes effect on ${day}`)

    await dialog.getByRole('button', { name: /^Announce and email/ }).click()
    await page.waitForURL(/\/admin\/collections\/changes\/[0-9a-f]{24}/)
    await expect
      .poll(
        async () =>
          (await rest('GET', `/api/changes?where[subprocessor][equals]=${vendor.id}&depth=0`))
            .docs[0]?.status,
      )
      .toBe('announced')

    await page.goto(url('/admin'))
    const upcoming = page.getByRole('region', { name: 'Upcoming changes' })
    await expect
      .poll(() => upcoming.innerText())
      .toContain(`Heatmap Hub: new subprocessor: takes effect on ${day}`)
    expect(await page.locator('#evidence-ledger-status').innerText()).toMatch(
      /^The chain verifies: \d+ entries, the latest is number \d+/,
    )
  })

  it('lists a draft waiting for a notice on the dashboard, with a way to announce it', async () => {
    const vendor = await draftSubprocessor('Survey Stack', 'In-app surveys')
    await page.goto(url('/admin'))
    const waiting = page.getByRole('region', { name: 'Drafts waiting for a notice' })
    await expect.poll(() => waiting.innerText()).toContain('Survey Stack: new, not announced yet.')
    expect(await waiting.innerHTML()).not.toContain(`>${vendor.id}<`)
    await waiting
      .locator('li', { hasText: 'Survey Stack' })
      .getByRole('link', { name: 'Announce this change' })
      .click()
    await page.waitForURL(/\/admin\/collections\/changes\/create\?kind=addition/)
  })
})

describe('live preview', () => {
  it('shows the saved draft in the preview frame and refreshes it on save', async () => {
    const vendor = await draftSubprocessor('Preview Pal', 'First draft of the purpose')
    await page.goto(url(`/admin/collections/subprocessors/${vendor.id}`))
    const putBack = await openLivePreview(page)
    const frame = page.frameLocator('#live-preview-iframe')
    await expect
      .poll(() => frame.locator('body').innerText(), { timeout: 30_000 })
      .toContain('First draft of the purpose')
    expect(await frame.locator('body').innerText()).toMatch(
      /Preview: you are viewing unpublished changes/,
    )

    await page.fill('#field-purpose', 'Second draft of the purpose')
    await page.click('#action-save-draft')
    await expect
      .poll(() => frame.locator('body').innerText(), { timeout: 30_000 })
      .toContain('Second draft of the purpose')
    await putBack()
  })

  it('ships no live-preview script on public pages, only in draft mode', async () => {
    for (const path of ['/', '/subprocessors/twilio', '/policies/purpose']) {
      const html = await (await fetch(url(path), { cache: 'no-store' })).text()
      for (const marker of [...LIVE_PREVIEW_MARKERS, 'live-preview-listener'])
        expect(html, path).not.toContain(marker)
      const sources = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1])
      expect(sources.length, path).toBeGreaterThan(0)
      for (const src of sources) {
        const script = await (await fetch(url(src))).text()
        for (const marker of LIVE_PREVIEW_MARKERS) expect(script, src).not.toContain(marker)
      }
    }
    // the same page in draft mode, for a signed-in editor, carries it
    const preview = await context.newPage()
    await preview.goto(url('/preview?path=/subprocessors/twilio'))
    expect(await preview.content()).toContain('payload-document-event')
    await preview.goto(url('/preview/exit?path=/subprocessors/twilio'))
    expect(await preview.content()).not.toContain('payload-document-event')
    await preview.close()
  })
})
