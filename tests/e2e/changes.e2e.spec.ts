// The visitor pages for subprocessor change notices (change log, change pages, objection and
// subscription pages, upcoming changes and ?asOf= on the list, feeds), against the production
// build served by `next start` (tests/setup/portal-server.ts): content set up over REST, pages read
// with plain fetch, forms sent from Debian Chromium with JavaScript off, mail read from Mailpit.
import Parser from 'rss-parser'
import { signInAsAdmin, type AdminRest } from '../helpers/admin'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { axeViolations, launchBrowser, newContext } from '../helpers/browser'
import { linkIn, readMail, waitForMail, type MailSummary } from '../helpers/mailpit'
import type { Browser } from 'playwright-core'

const base = inject('portalUrl')
const url = (path: string) => new URL(path, base).toString()
const DAY = 86_400_000
const run = Date.now().toString(36)

// Dates as a reader sees them: day month year, in UTC (independent of the app's formatting code).
const longDate = (iso: string | number) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(iso))
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10)

/** Visible text of an HTML fragment, whitespace collapsed. */
const textOf = (html: string) =>
  html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim()

/** The HTML without scripts (React's payload repeats the page's content inside them). */
const withoutScripts = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, '')

/** The opening tag of the element with this id. */
const tagWithId = (html: string, id: string) => html.match(new RegExp(`<[a-z]+ [^>]*id="${id}"[^>]*>`))?.[0] ?? ''

async function page(path: string) {
  const response = await fetch(url(path), { redirect: 'manual' })
  return { status: response.status, headers: response.headers, html: await response.text() }
}

let token: string
let adminRest: AdminRest

type Change = { id: string; slug: string; title: string; status: string; effectiveDate: string; announcedAt: string }

// Three changes, announced in this order: an addition in 31 days (upcoming), then an urgent
// addition of another subprocessor effective now (published at once), then its urgent removal.
const upcomingSp = { name: `Acme Insights ${run}`, slug: `acme-insights-${run}`, purpose: 'Product analytics for the referral dashboard' }
const removedSp = { name: `Old Mailer ${run}`, slug: `old-mailer-${run}`, purpose: 'Sends transactional email' }
const secretDraftReason = `A draft reason nobody may read ${run}`
// A subscriber who confirms before the announcements, so notices (with this address) exist.
const noticeSubscriber = `notice-reader-${run}@example.com`
const formSubscriber = `form-reader-${run}@example.com`

let upcoming: Change
let urgentAddition: Change
let removal: Change
let contactEmail: string
let browser: Browser

async function draftSubprocessor(sp: typeof upcomingSp, category: string) {
  const { doc } = await adminRest('POST', '/api/subprocessors?draft=true', {
    ...sp,
    category,
    dataProcessed: ['Usage events', 'Account identifiers'],
    locations: ['Germany'],
    securityUrl: 'https://example.com/security',
    _status: 'draft',
  })
  return doc as { id: string }
}

async function announce(body: Record<string, unknown>): Promise<Change> {
  const { doc } = await adminRest('POST', '/api/changes', { status: 'announced', ...body })
  return doc as Change
}

/** Confirms a subscription through the JSON API (the form is tested in the browser below). */
async function subscribeByApi(email: string) {
  const headers = { 'content-type': 'application/json', accept: 'application/json', 'x-forwarded-for': `198.51.100.${run.length}` }
  const subscribed = await fetch(url('/notices/subscribe'), { method: 'POST', headers, body: JSON.stringify({ email }) })
  expect(subscribed.status).toBe(202)
  const [mail] = await waitForMail(email)
  const confirmToken = new URL(linkIn((await readMail(mail.ID)).Text, '/subscribe/confirm?token=')).searchParams.get('token')
  const confirmed = await fetch(url('/notices/confirm'), { method: 'POST', headers, body: JSON.stringify({ token: confirmToken }) })
  expect(confirmed.status).toBe(200)
}

beforeAll(async () => {
  ;({ token, rest: adminRest } = await signInAsAdmin())
  const settings = await adminRest('GET', '/api/globals/trust-center?depth=0')
  expect(settings.requireNotice, 'the seed turns the notice rule on').toBe(true)
  contactEmail = settings.contactEmail
  const category = (await adminRest('GET', '/api/categories?limit=1&depth=0')).docs[0].id as string

  await subscribeByApi(noticeSubscriber)

  const acme = await draftSubprocessor(upcomingSp, category)
  upcoming = await announce({
    kind: 'addition',
    subprocessor: acme.id,
    effectiveDate: new Date(Date.now() + 31 * DAY).toISOString(),
    reason: 'We need product analytics to improve the referral dashboard.',
  })
  // never announced: it must stay invisible
  await adminRest('POST', '/api/changes', {
    status: 'draft',
    kind: 'addition',
    subprocessor: acme.id,
    effectiveDate: new Date(Date.now() + 40 * DAY).toISOString(),
    reason: secretDraftReason,
  })

  const mailer = await draftSubprocessor(removedSp, category)
  const direct = await fetch(url(`/api/subprocessors/${mailer.id}`), {
    method: 'PATCH',
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ _status: 'published' }),
  })
  expect(direct.status, 'a direct publish is refused while the notice rule is on').toBe(400)
  urgentAddition = await announce({
    kind: 'addition',
    subprocessor: mailer.id,
    effectiveDate: new Date().toISOString(),
    reason: 'Our previous email provider shut down.',
    urgentReason: 'Email delivery stopped working.',
  })
  removal = await announce({
    kind: 'removal',
    subprocessor: mailer.id,
    effectiveDate: new Date().toISOString(),
    reason: 'We moved email delivery in-house.',
    urgentReason: 'The vendor had a security incident.',
  })
  // the notices go out from the jobs queue; work it now rather than wait for its minute
  await adminRest('GET', '/api/payload-jobs/run')
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe('the change log', () => {
  it('announced the changes as set up: one upcoming, two already in effect', async () => {
    expect(upcoming).toMatchObject({ status: 'announced', title: `${upcomingSp.name}: new subprocessor` })
    const stored = await adminRest('GET', `/api/changes/${removal.id}?depth=0`)
    expect(stored.status).toBe('effective')
    expect((await adminRest('GET', `/api/changes/${urgentAddition.id}?depth=0`)).status).toBe('effective')
  })

  it('lists every announced change newest first, with dates, status, reason and a field-by-field diff', async () => {
    const { status, html } = await page('/changes')
    expect(status).toBe(200)
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1)
    const positions = [removal, urgentAddition, upcoming].map((change) => html.indexOf(`href="/changes/${change.slug}"`))
    expect(positions.every((p) => p > 0), JSON.stringify(positions)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    expect(html).not.toContain(secretDraftReason)

    const entries = html.split('<article').slice(1)
    const entry = (change: Change) => textOf(entries.find((chunk) => chunk.includes(`href="/changes/${change.slug}"`))!)
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
      expect(new RegExp(`<link rel="alternate" type="${type.replace('+', '\\+')}"[^>]*href="[^"]*${path}"`).test(html), type).toBe(true)
      expect(html).toContain(`href="${path}"`)
    }
    const form = html.match(/<form [^>]*action="\/notices\/subscribe"[^>]*>/)?.[0] ?? ''
    expect(form).toContain('method="post"')
  })

  it('shows what went wrong when an objection link did not work', async () => {
    expect(textOf((await page('/changes?error=invalid-link')).html)).toContain('This link does not work')
    expect(textOf((await page('/changes?error=used')).html)).toContain('This link is no longer valid')
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

describe('the subprocessor list', () => {
  it('shows the upcoming addition under "Upcoming changes", not in the list', async () => {
    const { html } = await page('/subprocessors')
    const section = html.match(/<section class="upcoming"[\s\S]*?<\/section>/)?.[0] ?? ''
    expect(textOf(section)).toContain('Upcoming changes')
    expect(section).toContain(`href="/changes/${upcoming.slug}"`)
    expect(textOf(section)).toContain(`Takes effect on ${longDate(upcoming.effectiveDate)}`)
    expect(section).not.toContain(`/changes/${removal.slug}`)
    const rest = withoutScripts(html).replace(section, '')
    expect(rest).not.toContain(upcomingSp.name)
    expect(rest).not.toContain(removedSp.name)
  })

  it('links its other formats, the change log and the API, visibly and as <link rel="alternate">', async () => {
    const { html } = await page('/subprocessors')
    for (const href of ['/subprocessors.csv', '/subprocessors.json', '/subprocessors/annex', '/changes', '/developers']) {
      expect(html, href).toContain(`href="${href}"`)
    }
    expect(/<link rel="alternate" type="text\/csv"[^>]*href="[^"]*\/subprocessors\.csv"/.test(html)).toBe(true)
    expect(/<link rel="alternate" type="application\/json"[^>]*href="[^"]*\/subprocessors\.json"/.test(html)).toBe(true)
    expect(/<link rel="alternate" type="application\/rss\+xml"[^>]*href="[^"]*\/changes\/rss\.xml"/.test(html)).toBe(true)
    expect(textOf(html.match(/<label for="filter-as-of">[^<]+<\/label>/)?.[0] ?? '')).toBe('List as it stood on')
    const dateInput = tagWithId(html, 'filter-as-of')
    expect(dateInput).toContain('type="date"')
    expect(dateInput).toContain('name="asOf"')
  })

  it('shows the list as it stood on a past day: nothing before this database, the seeded entries today', async () => {
    const yesterday = await page(`/subprocessors?asOf=${isoDay(Date.now() - DAY)}`)
    expect(yesterday.status).toBe(200)
    const before = textOf(yesterday.html)
    expect(before).toContain(`The list as it stood on ${longDate(Date.now() - DAY)}`)
    expect(before).toContain('0 subprocessors in 0 categories')
    expect(yesterday.html).not.toContain('class="card"')
    expect(yesterday.html).toContain('href="/subprocessors"')

    const today = await page(`/subprocessors?asOf=${isoDay(Date.now())}`)
    const text = textOf(today.html)
    expect(text).toContain(`The list as it stood on ${longDate(Date.now())}`)
    const published = (await (await fetch(url('/subprocessors.json'))).json()) as { data: Array<{ name: string }> }
    expect(published.data.length).toBeGreaterThan(0)
    const names = [...today.html.matchAll(/<article[^>]*class="card"[^>]*><h3>(?:<a [^>]*>)?([^<]+)/g)].map((m) => m[1])
    expect(names.sort()).toEqual(published.data.map((item) => item.name.replace(/&/g, '&amp;')).sort())
    expect(text).not.toContain(removedSp.name) // published and removed today: gone at the end of the day
    expect(text).not.toContain(upcomingSp.name)
  })

  it('shows a past day with the details of the current list: safeguards, contact…', async () => {
    const sp = { name: `Full Details ${run}`, slug: `full-details-${run}`, purpose: 'Backups' }
    const categories = await adminRest('GET', '/api/categories?limit=1&depth=0')
    const category = categories.docs[0].id as string
    const { id } = await draftSubprocessor(sp, category)
    await adminRest('PATCH', `/api/subprocessors/${id}?draft=true`, {
      transferSafeguards: ['eu-sccs'],
      contact: `Backup Street 1, Berlin ${run}`,
      notes: `Encrypted at rest ${run}`,
    })
    await announce({
      kind: 'addition',
      subprocessor: id,
      effectiveDate: new Date().toISOString(),
      reason: 'We need off-site backups.',
      urgentReason: 'The old backup vendor closed.',
    })
    // the card of this subprocessor: from its <article> to the next </article>
    const cardPattern = new RegExp(
      `<article[^>]*class="card"[^>]*><h3>(?:(?!</article>)[\\s\\S])*?${sp.name}[\\s\\S]*?</article>`,
    )
    const card = (html: string) => textOf(html.match(cardPattern)?.[0] ?? '')
    try {
      const current = card((await page('/subprocessors')).html)
      const past = card((await page(`/subprocessors?asOf=${isoDay(Date.now())}`)).html)
      for (const shown of [
        'Safeguards for transfers out of the EEA EU Standard Contractual Clauses (SCCs)',
        `Contact Backup Street 1, Berlin ${run}`,
        `Notes Encrypted at rest ${run}`,
        'Security information example.com/security',
      ]) {
        expect(current, shown).toContain(shown)
      }
      expect(past).toBe(current)
    } finally {
      await announce({
        kind: 'removal',
        subprocessor: id,
        effectiveDate: new Date().toISOString(),
        reason: 'Only needed for this test.',
        urgentReason: 'Only needed for this test.',
      })
    }
  })

  it('explains an invalid or future date instead of failing', async () => {
    for (const [value, message] of [
      ['2024-02-30', 'That is not a date we can read'],
      ['yesterday', 'That is not a date we can read'],
      ['2999-01-01', 'That day is in the future'],
    ]) {
      const { status, html } = await page(`/subprocessors?asOf=${value}`)
      expect(status, value).toBe(200)
      expect(textOf(html), value).toContain(message)
      expect(html, value).toContain('class="card"') // the current list below
    }
  })
})

describe('subscribing and objecting, without JavaScript', () => {
  it('subscribes through the form, then confirms from the emailed link with a button', async () => {
    const context = await newContext(browser, { javaScript: false })
    try {
      const tab = await context.newPage()
      await tab.goto('/subscribe')
      const honeypot = tab.locator('input[name="website"]')
      expect(await honeypot.getAttribute('tabindex')).toBe('-1')
      expect(await honeypot.getAttribute('autocomplete')).toBe('off')
      expect(await tab.getByLabel('Leave this empty').count()).toBe(1)

      await tab.getByLabel('Email address').fill(formSubscriber)
      await tab.getByRole('button', { name: 'Subscribe' }).click()
      await tab.waitForURL(/\/subscribe\?status=check-inbox$/)
      expect(await tab.getByRole('heading', { name: 'Check your inbox' }).count()).toBe(1)

      const [mail] = await waitForMail(formSubscriber)
      expect(mail, 'confirmation email').toBeTruthy()
      const link = linkIn((await readMail(mail.ID)).Text, '/subscribe/confirm?token=')
      await tab.goto(link)
      // opening the link confirms nothing: only the button does
      expect(await tab.getByRole('heading', { name: 'Confirm your subscription' }).count()).toBe(1)
      await tab.getByRole('button', { name: 'Confirm my subscription' }).click()
      await tab.waitForURL(/\/subscribe\?status=confirmed$/)
      expect(await tab.getByRole('heading', { name: 'Your subscription is confirmed' }).count()).toBe(1)

      // the same link once more: the endpoint says it is used
      await tab.goto(link)
      await tab.getByRole('button', { name: 'Confirm my subscription' }).click()
      await tab.waitForURL(/\/subscribe\?error=used$/)
      expect(await tab.getByRole('heading', { name: /already been used/ }).count()).toBe(1)
    } finally {
      await context.close()
    }
  })

  it('says what is wrong with a bad address or link', async () => {
    const invalid = await page('/subscribe?error=invalid')
    expect(textOf(invalid.html)).toContain('Enter a valid email address')
    expect(invalid.html).toMatch(/aria-invalid="true"/)
    expect(textOf((await page('/subscribe?error=invalid-link')).html)).toContain('This link does not work')
    expect(textOf((await page('/subscribe?status=unsubscribed')).html)).toContain('You are unsubscribed')
    expect(textOf((await page('/subscribe/confirm')).html)).toContain('Use the link from your email')
  })

  it('records an objection from the link in the notice email', async () => {
    let notice: MailSummary | undefined
    for (let attempt = 0; attempt < 3 && !notice; attempt++) {
      const mails = await waitForMail(noticeSubscriber, 4, 15_000)
      notice = mails.find((mail) => mail.Subject.includes(upcomingSp.name))
      if (!notice) await adminRest('GET', '/api/payload-jobs/run')
    }
    expect(notice, 'the notice for the upcoming addition').toBeTruthy()
    const objectLink = linkIn((await readMail(notice!.ID)).Text, '/object?token=')
    expect(new URL(objectLink).pathname).toBe(`/changes/${upcoming.slug}/object`)

    const context = await newContext(browser, { javaScript: false })
    try {
      const tab = await context.newPage()
      await tab.goto(objectLink)
      await tab.getByLabel('Your reasons (optional)').fill('We do not allow analytics vendors.')
      await tab.getByRole('button', { name: 'Send my objection' }).click()
      await tab.waitForURL(new RegExp(`/changes/${upcoming.slug}/object\\?status=recorded$`))
      expect(await tab.getByRole('heading', { name: 'Your objection is recorded' }).count()).toBe(1)

      await tab.goto(objectLink)
      await tab.getByRole('button', { name: 'Send my objection' }).click()
      await tab.waitForURL(/status=already-recorded$/)
      expect(await tab.getByRole('heading', { name: 'Your objection was already recorded' }).count()).toBe(1)
    } finally {
      await context.close()
    }
  })
})

describe('feeds and discoverability', () => {
  it('serves the three feeds with their content types, and they parse', async () => {
    const parser = new Parser()
    for (const [path, type] of [
      ['/changes/rss.xml', 'application/rss+xml'],
      ['/changes/atom.xml', 'application/atom+xml'],
    ]) {
      const response = await fetch(url(path))
      expect(response.status, path).toBe(200)
      expect(response.headers.get('content-type'), path).toMatch(new RegExp(`^${type.replace('+', '\\+')}`))
      const feed = await parser.parseString(await response.text())
      const links = feed.items.map((item) => item.link ?? item.id)
      expect(links, path).toEqual(expect.arrayContaining([removal, urgentAddition, upcoming].map((c) => url(`/changes/${c.slug}`))))
    }
    const json = await fetch(url('/changes/feed.json'))
    expect(json.headers.get('content-type')).toMatch(/^application\/feed\+json/)
    const feed = (await json.json()) as { version: string; items: Array<{ url: string; _change: { status: string } }> }
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    const ours = feed.items.filter((item) => [removal, urgentAddition, upcoming].some((c) => item.url === url(`/changes/${c.slug}`)))
    expect(ours.map((item) => item._change.status)).toEqual(['effective', 'effective', 'announced'])
  })

  it('adds the change log and the subscription page to the navigation and the sitemap', async () => {
    const { html } = await page('/')
    const nav = html.match(/<nav aria-label="Main">[\s\S]*?<\/nav>/)?.[0] ?? ''
    expect(nav).toContain('href="/changes"')
    expect(nav).toContain('href="/subscribe"')
    expect(html).toMatch(/<link rel="alternate" type="application\/feed\+json"[^>]*href="[^"]*\/changes\/feed\.json"/)
    const sitemap = await (await fetch(url('/sitemap.xml'))).text()
    for (const path of ['/changes', '/subscribe', `/changes/${upcoming.slug}`, `/changes/${removal.slug}`]) {
      expect(sitemap, path).toContain(`<loc>${url(path)}</loc>`)
    }
  })

  it('never shows a subscriber address in a page or a feed', async () => {
    const paths = [
      '/changes',
      `/changes/${upcoming.slug}`,
      `/changes/${removal.slug}`,
      `/changes/${upcoming.slug}/object`,
      '/subscribe',
      '/subscribe?status=confirmed',
      '/subprocessors',
      `/subprocessors?asOf=${isoDay(Date.now())}`,
      '/changes/rss.xml',
      '/changes/atom.xml',
      '/changes/feed.json',
      '/sitemap.xml',
    ]
    for (const path of paths) {
      const body = await (await fetch(url(path))).text()
      for (const email of [noticeSubscriber, formSubscriber]) expect(body.includes(email), `${email} in ${path}`).toBe(false)
      expect(body.includes(`-${run}@`), path).toBe(false)
    }
  })
})

describe('accessibility', () => {
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
