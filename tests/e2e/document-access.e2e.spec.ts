// Requesting a confidential document in Debian Chromium against the production build, with
// JavaScript on and off: the request form → the confirmation email (Mailpit) → the NDA → for an
// approval document, an administrator approving (in the real admin once, over REST the other
// time) → the sign-in link → the download, stamped with the visitor's email.
import fs from 'node:fs/promises'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { paragraph, richText } from '@/seed/lexical'
import { signInAsAdmin, signInThroughForm, type AdminRest } from '../helpers/admin'
import { axeViolations, launchBrowser, newContext } from '../helpers/browser'
import { pageTexts, uploadOverRest } from '../helpers/documents'
import { linkIn, readMail, waitForMail } from '../helpers/mailpit'

const url = (path: string) => new URL(path, inject('portalUrl')).toString()

let browser: Browser
let admin: { context: BrowserContext; page: Page }
let rest: AdminRest
const documents: Record<'nda' | 'approval', { id: string; slug: string; title: string }> =
  {} as never

async function createDocument(token: string, title: string, accessLevel: 'nda' | 'approval') {
  const file = await uploadOverRest(inject('portalUrl'), token)
  const { doc } = await rest('POST', '/api/documents', {
    title,
    kind: 'audit-report',
    accessLevel,
    file: file.id,
    _status: 'published',
  })
  return { id: doc.id, slug: doc.slug, title }
}

beforeAll(async () => {
  browser = await launchBrowser()
  const signedIn = await signInAsAdmin()
  rest = signedIn.rest
  await rest('POST', '/api/globals/document-access', {
    ndaTitle: 'Mutual non-disclosure agreement',
    ndaText: richText(paragraph('The recipient keeps every document confidential.')),
    grantDays: 30,
  })
  documents.nda = await createDocument(signedIn.token, 'Penetration test summary', 'nda')
  documents.approval = await createDocument(signedIn.token, 'SOC 2 Type II report', 'approval')

  const context = await newContext(browser)
  const page = await context.newPage()
  await signInThroughForm(page)
  admin = { context, page }
})

afterAll(async () => {
  // the library is shared with the other browser tests: take the fixtures off it
  for (const document of Object.values(documents))
    await rest?.('PATCH', `/api/documents/${document.id}`, { _status: 'draft' })
  await admin?.context.close()
  await browser?.close()
})

async function expectNoAxeViolations(page: Page) {
  const violations = await axeViolations(page)
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([])
}

/** Waits for a heading; on failure says where the browser is and what the page says. */
async function expectHeading(page: Page, name: string | RegExp) {
  try {
    await page.getByRole('heading', { name }).first().waitFor({ timeout: 15_000 })
  } catch {
    throw new Error(`no heading ${name} at ${page.url()}:\n${await page.textContent('main')}`)
  }
}

async function downloadFrom(page: Page, title: string) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: `Download “${title}”` }).click(),
  ])
  return new Uint8Array(await fs.readFile((await download.path())!))
}

async function request(page: Page, slug: string, email: string, checkA11y: boolean) {
  await page.goto(url(`/documents/${slug}/request`))
  if (checkA11y) await expectNoAxeViolations(page)
  await page.getByLabel('Your name').fill('Ada Reviewer')
  await page.getByLabel('Work email').fill(email)
  await page.getByLabel('Company').fill('Customer Ltd')
  await page.getByLabel('Why do you need it?').fill('Security review before we sign')
  await page.getByRole('button', { name: 'Send request' }).click()
  await expectHeading(page, 'Check your inbox')

  const [mail] = await waitForMail(email)
  await page.goto(linkIn((await readMail(mail.ID)).Text, '/access/confirm?token='))
  await expectHeading(page, 'Mutual non-disclosure agreement')
  await expect.poll(() => page.textContent('main')).toContain('keeps every document confidential')
  if (checkA11y) await expectNoAxeViolations(page)
  await page.getByLabel(/I have read the agreement/).check()
  await page.getByRole('button', { name: 'Accept and continue' }).click()
}

describe.each([
  { javaScript: true, label: 'with JavaScript' },
  { javaScript: false, label: 'without JavaScript' },
])('requesting documents $label', ({ javaScript }) => {
  let context: BrowserContext
  let page: Page
  const who = javaScript ? 'js' : 'nojs'

  beforeAll(async () => {
    context = await newContext(browser, { javaScript })
    page = await context.newPage()
  })
  afterAll(async () => context?.close())

  it('an NDA document: request, confirm, accept, download the stamped copy', async () => {
    const email = `ada.${who}.${Date.now()}@customer.test`
    await request(page, documents.nda.slug, email, javaScript)
    await expectHeading(page, 'You have access')
    if (javaScript) await expectNoAxeViolations(page)
    const pdf = await downloadFrom(page, documents.nda.title)
    for (const text of await pageTexts(pdf)) expect(text).toContain(email)
  })

  it('an approval document: waits until an administrator approves in the admin', async () => {
    const email = `grace.${who}.${Date.now()}@customer.test`
    await request(page, documents.approval.slug, email, false)
    await expectHeading(page, /waiting for approval/)
    // no access yet
    const early = await page.request.get(url(`/documents/${documents.approval.slug}/download`))
    expect(early.status()).toBe(403)

    const { docs } = await rest(
      'GET',
      `/api/access-requests?where[email][equals]=${encodeURIComponent(email)}&depth=0`,
    )
    expect(docs[0].status).toBe('awaiting-approval')
    if (javaScript) {
      // the dashboard lists it, and leads to it
      await admin.page.goto(url('/admin'))
      const waiting = admin.page.getByRole('region', { name: 'Document requests to approve' })
      await waiting.getByRole('link', { name: new RegExp(email.replace(/[.+]/g, '\\$&')) }).click()
      // the admin's first render of an edit view can take long on a busy machine: wait for the
      // address, then for the choice itself, as the admin tests do (60 s)
      await admin.page.waitForURL(new RegExp(`/admin/collections/access-requests/${docs[0].id}`), {
        timeout: 60_000,
        waitUntil: 'commit',
      })
      await admin.page
        .getByText('Approve: send the visitor their access link')
        .click({ timeout: 60_000 })
      await admin.page.locator('#field-decisionNote').fill('Welcome, under our MSA')
      await admin.page.click('#action-save')
    } else {
      // the admin's screens do not depend on how the visitor browses: walked in the run with
      // JavaScript; here the same decision over REST, as document-access.int makes it
      await rest('PATCH', `/api/access-requests/${docs[0].id}`, {
        decision: 'approve',
        decisionNote: 'Welcome, under our MSA',
      })
    }
    await expect
      .poll(async () => (await rest('GET', `/api/access-requests/${docs[0].id}?depth=0`)).status, {
        timeout: 30_000,
      })
      .toBe('granted')

    const mails = await waitForMail(email, 2)
    const granted = mails.find((mail) => mail.Subject.startsWith('Your access'))!
    await page.goto(linkIn((await readMail(granted.ID)).Text, '/access/sign-in?token='))
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expectHeading(page, 'You are signed in')
    const pdf = await downloadFrom(page, documents.approval.title)
    for (const text of await pageTexts(pdf)) expect(text).toContain(email)

    // revoked by staff: the next download is refused, and says how to ask again
    const grant = (await rest('GET', `/api/access-requests/${docs[0].id}?depth=0`)).grant
    await rest('PATCH', `/api/access-grants/${grant}`, { revoked: true })
    const refused = await page.request.get(url(`/documents/${documents.approval.slug}/download`), {
      headers: { accept: 'text/html' },
    })
    expect(refused.status()).toBe(403)
    expect(await refused.text()).toContain(`/documents/${documents.approval.slug}/request`)
  })
})
