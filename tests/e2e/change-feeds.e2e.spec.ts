// The change log's feeds (RSS, Atom, JSON Feed) and how visitors and crawlers find them, against
// the production build served by `next start`.
import Parser from 'rss-parser'
import { beforeAll, describe, expect, it } from 'vitest'
import { signInAsAdmin } from '../helpers/admin'
import { announceThreeChanges } from '../helpers/change-scenario'
import type { AnnouncedChange as Change } from '../helpers/factories'
import { page, portalUrl as url } from '../helpers/portal'

let upcoming: Change
let urgentAddition: Change
let removal: Change
let noticeSubscriber: string

beforeAll(async () => {
  ;({ upcoming, urgentAddition, removal, noticeSubscriber } = await announceThreeChanges())
})

describe('the feeds of the change log, and how they are found', () => {
  it('serves the three feeds with their content types, and they parse', async () => {
    const parser = new Parser()
    for (const [path, type] of [
      ['/changes/rss.xml', 'application/rss+xml'],
      ['/changes/atom.xml', 'application/atom+xml'],
    ]) {
      const response = await fetch(url(path))
      expect(response.status, path).toBe(200)
      expect(response.headers.get('content-type'), path).toMatch(
        new RegExp(`^${type.replace('+', '\\+')}`),
      )
      const feed = await parser.parseString(await response.text())
      const links = feed.items.map((item) => item.link ?? item.id)
      expect(links, path).toEqual(
        expect.arrayContaining(
          [removal, urgentAddition, upcoming].map((c) => url(`/changes/${c.slug}`)),
        ),
      )
    }
    const json = await fetch(url('/changes/feed.json'))
    expect(json.headers.get('content-type')).toMatch(/^application\/feed\+json/)
    const feed = (await json.json()) as {
      version: string
      items: Array<{ url: string; _change: { status: string } }>
    }
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    const ours = feed.items.filter((item) =>
      [removal, urgentAddition, upcoming].some((c) => item.url === url(`/changes/${c.slug}`)),
    )
    expect(ours.map((item) => item._change.status)).toEqual(['effective', 'effective', 'announced'])
  })

  it('adds the change log and the subscription page to the navigation and the sitemap', async () => {
    const { html } = await page('/')
    const nav = html.match(/<nav aria-label="Main">[\s\S]*?<\/nav>/)?.[0] ?? ''
    expect(nav).toContain('href="/changes"')
    // "Get notified" is a page of the Subprocessors section, in its own navigation
    const list = (await page('/subprocessors')).html
    const section = list.match(/<nav aria-label="Subprocessors"[\s\S]*?<\/nav>/)?.[0] ?? ''
    expect(section).toContain('href="/subscribe"')
    expect(html).toMatch(
      /<link rel="alternate" type="application\/feed\+json"[^>]*href="[^"]*\/changes\/feed\.json"/,
    )
    const sitemap = await (await fetch(url('/sitemap.xml'))).text()
    for (const path of [
      '/changes',
      '/subscribe',
      `/changes/${upcoming.slug}`,
      `/changes/${removal.slug}`,
    ]) {
      expect(sitemap, path).toContain(`<loc>${url(path)}</loc>`)
    }
  })
})

type LedgerEntry = { sequence: number; hash: string; at: string }

describe('the evidence ledger, in public and for an auditor', () => {
  it('publishes the chain head, and each feed item carries the entry of its announcement', async () => {
    const response = await fetch(url('/.well-known/subprocessor-ledger.json'))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    expect(response.headers.get('cache-control')).toBe('public, max-age=10, must-revalidate')
    expect(response.headers.get('etag')).toBeTruthy()
    const head = (await response.json()) as LedgerEntry & { documentation: string }
    expect(head.sequence).toBeGreaterThan(0)
    expect(head.hash).toMatch(/^[0-9a-f]{64}$/)
    expect(Date.parse(head.at)).not.toBeNaN()
    expect(head.documentation).toMatch(/docs\/evidence\.md$/)

    const feed = (await (await fetch(url('/changes/feed.json'))).json()) as {
      items: Array<{ url: string; _change: { ledger: LedgerEntry | null } }>
    }
    const item = feed.items.find((i) => i.url === url(`/changes/${upcoming.slug}`))!
    const ledger = item._change.ledger!
    expect(ledger.hash).toMatch(/^[0-9a-f]{64}$/)
    expect(ledger.sequence).toBeLessThanOrEqual(head.sequence)
    expect(ledger.at).toBe(upcoming.announcedAt)
    for (const path of ['/changes/rss.xml', '/changes/atom.xml']) {
      const xml = await (await fetch(url(path))).text()
      expect(xml, path).toContain(
        `<tc:ledger sequence="${ledger.sequence}" hash="${ledger.hash}" at="${ledger.at}"/>`,
      )
    }
  })

  it('gives admins the evidence pack of a change, as a page and as JSON, and nobody else', async () => {
    const pagePath = `/evidence/changes/${upcoming.id}`
    const jsonPath = `/api/changes/${upcoming.id}/evidence`
    const anonymous = await page(pagePath)
    expect(anonymous.html).toContain('Sign in to the admin as an admin')
    expect(anonymous.html).not.toContain(noticeSubscriber)
    expect(anonymous.html).toMatch(/<meta name="robots" content="noindex, nofollow"/)
    expect((await fetch(url(jsonPath))).status).toBe(401)

    const { token } = await signInAsAdmin()
    const json = await fetch(url(jsonPath), { headers: { authorization: `JWT ${token}` } })
    expect(json.status).toBe(200)
    const pack = (await json.json()) as {
      recipients: Array<{ email: string; outcome: string; messageId: string; smtpResponse: string }>
      ledger: LedgerEntry[]
    }
    const recipient = pack.recipients.find((r) => r.email === noticeSubscriber)!
    expect(recipient).toMatchObject({ outcome: 'sent' })
    expect(recipient.smtpResponse).toMatch(/^250 /)

    // as the browser opens the link in the admin: the session cookie, a same-origin navigation
    const opened = await fetch(url(pagePath), {
      headers: { cookie: `payload-token=${token}`, 'sec-fetch-site': 'same-origin' },
    })
    // React separates adjacent text with <!-- --> in server-rendered HTML
    const html = (await opened.text()).replaceAll('<!-- -->', '')
    expect(html).toContain(`Evidence pack: ${upcoming.title}`)
    expect(html).toContain(noticeSubscriber)
    expect(html).toContain(recipient.smtpResponse)
    for (const entry of pack.ledger) expect(html).toContain(entry.hash)
  })
})
