// The subprocessor list and change notices: upcoming changes above the list, and the list as it
// stood on a past day (?asOf=), against the production build served by `next start`.
import { beforeAll, describe, expect, it } from 'vitest'
import { announceThreeChanges, type ChangeScenario } from '../helpers/change-scenario'
import { signInAsAdmin } from '../helpers/admin'
import {
  announceChange,
  completeEntryData,
  DAY,
  draftSubprocessor,
  restStore,
  scopeOf,
  type AnnouncedChange as Change,
} from '../helpers/factories'
import { isoDay, longDate, tagWithId, textOf, withoutScripts } from '../helpers/html'
import { eventually, get, page, portalUrl as url } from '../helpers/portal'

let run: string
let upcoming: Change
let removal: Change
let upcomingSp: ChangeScenario['upcomingSp']
let removedSp: ChangeScenario['removedSp']

beforeAll(async () => {
  ;({ run, upcoming, removal, upcomingSp, removedSp } = await announceThreeChanges())
})

describe('the subprocessor list, with upcoming changes and past days', () => {
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
    for (const href of [
      '/subprocessors.csv',
      '/subprocessors.json',
      '/subprocessors/annex',
      '/changes',
      '/developers',
    ]) {
      expect(html, href).toContain(`href="${href}"`)
    }
    expect(
      /<link rel="alternate" type="text\/csv"[^>]*href="[^"]*\/subprocessors\.csv"/.test(html),
    ).toBe(true)
    expect(
      /<link rel="alternate" type="application\/json"[^>]*href="[^"]*\/subprocessors\.json"/.test(
        html,
      ),
    ).toBe(true)
    expect(
      /<link rel="alternate" type="application\/rss\+xml"[^>]*href="[^"]*\/changes\/rss\.xml"/.test(
        html,
      ),
    ).toBe(true)
    expect(textOf(html.match(/<label for="filter-as-of">[^<]+<\/label>/)?.[0] ?? '')).toBe(
      'List as it stood on',
    )
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
    const published = (await (await fetch(url('/subprocessors.json'))).json()) as {
      data: Array<{ name: string }>
    }
    expect(published.data.length).toBeGreaterThan(0)
    const names = [
      ...today.html.matchAll(/<article[^>]*class="card"[^>]*><h3>(?:<a [^>]*>)?([^<]+)/g),
    ].map((m) => m[1])
    expect(names.sort()).toEqual(
      published.data.map((item) => item.name.replace(/&/g, '&amp;')).sort(),
    )
    expect(text).not.toContain(removedSp.name) // published and removed today: gone at the end of the day
    expect(text).not.toContain(upcomingSp.name)
  })

  it('shows the full entry, written through admin REST, on its page, on a past day and in the API', async () => {
    const { rest } = await signInAsAdmin()
    const store = restStore(rest)
    const name = `Full Details ${run}`
    const scope = await scopeOf(store, `History Region ${run}`)
    const { id, slug } = await draftSubprocessor(store, name, {
      purpose: 'Backups',
      locations: ['United States'],
      securityUrl: 'https://example.com/security',
      notes: `Encrypted at rest ${run}`,
      ...completeEntryData([scope.id]),
    })
    const urgently = {
      effectiveDate: new Date().toISOString(),
      urgentReason: 'Only for this test.',
    }
    await announceChange(store, {
      kind: 'addition',
      subprocessor: id,
      reason: 'Off-site backups.',
      ...urgently,
    })
    // the card of this subprocessor: from its <article> to the next </article>
    const cardPattern = new RegExp(
      `<article[^>]*class="card"[^>]*><h3>(?:(?!</article>)[\\s\\S])*?${name}[\\s\\S]*?</article>`,
    )
    const card = (html: string) => textOf(html.match(cardPattern)?.[0] ?? '')
    try {
      const current = card(
        (await eventually('/subprocessors', (html) => html.includes(name), 20_000)).html,
      )
      const past = card((await page(`/subprocessors?asOf=${isoDay(Date.now())}`)).html)
      const own = textOf((await page(`/subprocessors/${slug}`)).html)
      for (const shown of [
        'Nature of the processing Storage and hosting',
        "Data subjects Customers' end users Our employees",
        'Special categories of data Yes: Health data',
        'Retention For the length of the contract',
        'Safeguards for transfers out of the EEA EU Standard Contractual Clauses (2021) – Module 3 (processor to processor) – Signed with the DPA of 1 March 2024 EU-US Data Privacy Framework',
        `Applies to History Region ${run}`,
        'Relationship Third party',
        'Registered address Example Street 1',
        'Contact Jane Doe (Data Protection Officer)',
        'privacy@vendor.example',
        'Its own subprocessors vendor.example/subprocessors',
        `Notes Encrypted at rest ${run}`,
        'Security information example.com/security',
      ]) {
        expect(current, shown).toContain(shown)
        expect(own, shown).toContain(shown)
      }
      expect(past).toBe(current)
      const api = (await get(`/api/public/v1/subprocessors/${slug}`)).body as {
        data: Record<string, unknown>
      }
      expect(api.data).toMatchObject({
        contact: { name: 'Jane Doe', email: 'privacy@vendor.example' },
        scopes: [scope.slug],
        specialCategories: { processed: true, which: ['Health data'] },
      })

      // the list, the table and the annex for a customer: plain GET forms of checkboxes
      const list = await page(`/subprocessors?scope=${scope.slug}`)
      expect(list.html).toMatch(
        new RegExp(`<input [^>]*name="scope" checked="" value="${scope.slug}"`),
      )
      expect(textOf(list.html)).toContain(
        `Subprocessors for all customers, and those for History Region ${run}.`,
      )
      expect(list.html).toContain(name)
      expect(list.html).toContain('Stripe') // for all customers
      const other = await scopeOf(store, `History Other ${run}`)
      expect((await page(`/subprocessors?scope=${other.slug}`)).html).not.toContain(name)
      const unknown = await page('/subprocessors?scope=no-such-scope')
      expect(unknown.status).toBe(200)
      expect(textOf(unknown.html)).toContain('There is no scope “no-such-scope”')
      const table = await page(`/subprocessors/table?scope=${other.slug}`)
      expect(table.html).toContain('<form')
      expect(table.html).not.toContain(name)
      expect(table.html).toContain('Stripe')
      const annex = await page(`/subprocessors/annex?scope=${scope.slug}`)
      expect(textOf(annex.html)).toContain(`For a customer using History Region ${run}`)
      expect(textOf(annex.html)).toContain(name)
      expect(textOf(annex.html)).toContain('Transfer mechanisms: EU Standard Contractual Clauses')
      expect(annex.html).toContain(`href="/subprocessors.csv?scope=${scope.slug}"`)
      expect(textOf((await page(`/subprocessors/annex?scope=${other.slug}`)).html)).not.toContain(
        name,
      )
    } finally {
      await announceChange(store, {
        kind: 'removal',
        subprocessor: id,
        reason: 'Test over.',
        ...urgently,
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

describe('the address of a removed subprocessor', () => {
  it('answers 410 Gone saying when and why, with a link to the change', async () => {
    const path = `/subprocessors/${removedSp.slug}`
    // the proxy refreshes its list of removed slugs every few seconds
    const { html, status } = await eventually(path, (_html, code) => code === 410, 20_000)
    expect(status).toBe(410)
    const text = textOf(html)
    expect(text).toContain(removedSp.name)
    expect(text).toContain(`Removed on ${longDate(removal.effectiveDate)}`)
    expect(text).toContain('We moved email delivery in-house.')
    expect(html).toContain(`href="/changes/${removal.slug}"`)
    expect(html).toContain('<meta name="robots" content="noindex"/>')
    expect(html).toMatch(
      new RegExp(`<link rel="canonical" href="[^"]*/subprocessors/${removedSp.slug}"`),
    )

    // the change's page names it and links there; nothing says null
    const change = await page(`/changes/${removal.slug}`)
    expect(change.html).toContain(`href="/subprocessors/${removedSp.slug}"`)
    expect(textOf(change.html)).not.toContain('null')

    // the page behind it is not indexed, and names the real address
    const hidden = await page(`/subprocessors-removed/${removedSp.slug}`)
    expect(hidden.html).toContain('<meta name="robots" content="noindex"/>')
    expect(hidden.html).toContain(`/subprocessors/${removedSp.slug}"`)
  })

  it('stays 404 for a slug that never existed, and for a live one answers 200', async () => {
    expect((await page(`/subprocessors/never-existed-${run}`)).status).toBe(404)
    expect((await page('/subprocessors/stripe')).status).toBe(200)
    expect((await page('/subprocessors/annex')).status).toBe(200)
  })

  it('answers 410 in the public API with a problem naming the change', async () => {
    const response = await get(`/api/public/v1/subprocessors/${removedSp.slug}`)
    expect(response.status).toBe(410)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    const problem = response.body as Record<string, any>
    expect(problem).toMatchObject({
      status: 410,
      title: 'Gone',
      instance: `/api/public/v1/subprocessors/${removedSp.slug}`,
      removal: {
        subprocessor: { name: removedSp.name, slug: removedSp.slug },
        reason: 'We moved email delivery in-house.',
        change: { slug: removal.slug, href: `/api/public/v1/changes/${removal.slug}` },
      },
    })
    expect(problem.type).toMatch(/\/developers#problem-gone$/)
    expect(problem.detail).toContain(removal.title)
    expect((await get(`/api/public/v1/subprocessors/never-existed-${run}`)).status).toBe(404)
    // the change log keeps its name and slug
    const changes = (await get(`/api/public/v1/changes?subprocessor=${removedSp.slug}`)).body as {
      data: Array<{ slug: string; subprocessor: { slug: string | null; name: string } }>
    }
    const entry = changes.data.find((item) => item.slug === removal.slug)
    expect(entry?.subprocessor).toEqual({ slug: removedSp.slug, name: removedSp.name })
  })
})
