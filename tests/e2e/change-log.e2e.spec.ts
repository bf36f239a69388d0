// The change log and each change's page, for visitors, against the production build served by
// `next start` (tests/setup/portal-server.ts): content set up over REST, pages read with plain
// fetch, accessibility checked in Debian Chromium.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AdminRest } from '../helpers/admin'
import { axeViolations, launchBrowser, newContext } from '../helpers/browser'
import { announceThreeChanges, type ChangeScenario } from '../helpers/change-scenario'
import { DAY, type AnnouncedChange as Change } from '../helpers/factories'
import { isoDay, longDate, textOf } from '../helpers/html'
import { page, portalUrl as url } from '../helpers/portal'

let adminRest: AdminRest
let upcoming: Change
let urgentAddition: Change
let removal: Change
let upcomingSp: ChangeScenario['upcomingSp']
let removedSp: ChangeScenario['removedSp']
let secretDraftReason: string
let contactEmail: string
let browser: Browser

beforeAll(async () => {
  ;({
    rest: adminRest,
    upcoming,
    urgentAddition,
    removal,
    upcomingSp,
    removedSp,
    secretDraftReason,
    contactEmail,
  } = await announceThreeChanges())
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe('the change log', () => {
  it('announced the changes as set up: one upcoming, two already in effect', async () => {
    expect(upcoming).toMatchObject({
      status: 'announced',
      title: `${upcomingSp.name}: new subprocessor`,
    })
    const stored = await adminRest('GET', `/api/changes/${removal.id}?depth=0`)
    expect(stored.status).toBe('effective')
    expect((await adminRest('GET', `/api/changes/${urgentAddition.id}?depth=0`)).status).toBe(
      'effective',
    )
  })

  it('lists every announced change newest first, with dates, status, reason and a field-by-field diff', async () => {
    const { status, html } = await page('/changes')
    expect(status).toBe(200)
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1)
    const positions = [removal, urgentAddition, upcoming].map((change) =>
      html.indexOf(`href="/changes/${change.slug}"`),
    )
    expect(
      positions.every((p) => p > 0),
      JSON.stringify(positions),
    ).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    expect(html).not.toContain(secretDraftReason)

    const entries = html.split('<article').slice(1)
    const entry = (change: Change) =>
      textOf(entries.find((chunk) => chunk.includes(`href="/changes/${change.slug}"`))!)
    const acme = entry(upcoming)
    expect(acme).toContain(`Announced ${longDate(upcoming.announcedAt)}`)
    expect(acme).toContain(`Takes effect ${longDate(upcoming.effectiveDate)}`)
    expect(acme).toContain('Kind Addition')
    expect(acme).toContain(`Subprocessor ${upcomingSp.name}`)
    expect(acme).toContain('Status Upcoming')
    expect(acme).toContain('Why We need product analytics to improve the referral dashboard.')
    expect(acme).toContain('Field Before After')
    expect(acme).toContain(`Purpose None ${upcomingSp.purpose}`)
    expect(acme).toContain('Locations None Germany')
    expect(acme).toContain('Data processed None Usage events Account identifiers')

    const gone = entry(removal)
    expect(gone).toContain(`Took effect ${longDate(removal.effectiveDate)}`)
    expect(gone).toContain('Kind Removal')
    expect(gone).toContain('Status In effect')
    expect(gone).toContain('Why the notice is shorter The vendor had a security incident.')
    expect(gone).toContain(`Purpose ${removedSp.purpose} None`)
    expect(entry(urgentAddition)).toContain('Status In effect')
  })

  it('links the three feeds, visibly and as <link rel="alternate">, and offers the subscription form', async () => {
    const { html } = await page('/changes')
    for (const [type, path] of [
      ['application/rss+xml', '/changes/rss.xml'],
      ['application/atom+xml', '/changes/atom.xml'],
      ['application/feed+json', '/changes/feed.json'],
    ]) {
      expect(
        new RegExp(
          `<link rel="alternate" type="${type.replace('+', '\\+')}"[^>]*href="[^"]*${path}"`,
        ).test(html),
        type,
      ).toBe(true)
      expect(html).toContain(`href="${path}"`)
    }
    const form = html.match(/<form [^>]*action="\/notices\/subscribe"[^>]*>/)?.[0] ?? ''
    expect(form).toContain('method="post"')
  })

  it('shows what went wrong when an objection link did not work', async () => {
    expect(textOf((await page('/changes?error=invalid-link')).html)).toContain(
      'This link does not work',
    )
    expect(textOf((await page('/changes?error=used')).html)).toContain(
      'This link is no longer valid',
    )
  })

  it('gives each change a permanent page with how to object, and 404 for anything else', async () => {
    const { status, html } = await page(`/changes/${upcoming.slug}`)
    expect(status).toBe(200)
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1)
    const text = textOf(html)
    expect(text).toContain(upcoming.title)
    expect(text).toContain(`Purpose None ${upcomingSp.purpose}`)
    expect(text).toContain('How to object')
    expect(text).toContain(`tell us before it takes effect on ${longDate(upcoming.effectiveDate)}`)
    expect(html).toContain(`href="mailto:${contactEmail}?subject=`)
    expect(html).toMatch(new RegExp(`<link rel="canonical" href="[^"]*/changes/${upcoming.slug}"`))

    for (const missing of ['/changes/no-such-change', `/changes/${upcoming.slug}-x`]) {
      const notFound = await page(missing)
      expect(notFound.status, missing).toBe(404)
      expect(textOf(notFound.html)).toContain('Page not found')
    }
  })

  it('asks for the emailed link on the objection page without a valid token', async () => {
    for (const query of ['', '?token=forged.token.value.123.abc']) {
      const { status, html } = await page(`/changes/${upcoming.slug}/object${query}`)
      expect(status).toBe(200)
      expect(textOf(html)).toContain('Use the link from your email')
      expect(html).not.toContain('action="/notices/object"')
      expect(html).toContain('name="robots" content="noindex, nofollow"')
    }
    // a change that does not exist (or was cancelled): its own address, which answers 404
    const missing = await page('/changes/no-such-change/object?token=abc')
    expect([303, 307, 308]).toContain(missing.status)
    expect(missing.headers.get('location')).toMatch(/\/changes\/no-such-change$/)
    expect((await fetch(url('/changes/no-such-change/object'))).status).toBe(404)
  })
})

describe('accessibility of the change-notice pages', () => {
  it('has no axe violations (WCAG 2.2 A/AA) on the new pages', async () => {
    const context = await newContext(browser)
    try {
      const tab = await context.newPage()
      for (const path of [
        '/changes',
        '/changes?error=used',
        `/changes/${upcoming.slug}`,
        `/changes/${removal.slug}`,
        `/changes/${upcoming.slug}/object`,
        '/subscribe',
        '/subscribe?error=invalid',
        '/subscribe/confirm',
        '/subscribe/unsubscribe',
        '/subscribe/unsubscribe?token=not-a-real-token',
        '/subprocessors',
        `/subprocessors?asOf=${isoDay(Date.now())}`,
        `/subprocessors?asOf=${isoDay(Date.now() - DAY)}`,
        '/subprocessors?asOf=not-a-date',
      ]) {
        await tab.goto(path)
        expect(JSON.stringify(await axeViolations(tab)), path).toBe('[]')
        expect(await tab.locator('h1').count(), path).toBe(1)
      }
    } finally {
      await context.close()
    }
  })
})
