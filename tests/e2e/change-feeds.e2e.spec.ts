// The change log's feeds (RSS, Atom, JSON Feed) and how visitors and crawlers find them, against
// the production build served by `next start`.
import Parser from 'rss-parser'
import { beforeAll, describe, expect, it } from 'vitest'
import { announceThreeChanges } from '../helpers/change-scenario'
import type { AnnouncedChange as Change } from '../helpers/factories'
import { page, portalUrl as url } from '../helpers/portal'

let upcoming: Change
let urgentAddition: Change
let removal: Change

beforeAll(async () => {
  ;({ upcoming, urgentAddition, removal } = await announceThreeChanges())
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
    expect(nav).toContain('href="/subscribe"')
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
