import type { Payload } from 'payload'
import Parser from 'rss-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applyDueChanges } from '@/changes/apply'
import { listAsOf } from '@/changes/history'
import { listPublicChanges } from '@/changes/log'
import { atomFeed, jsonFeed, rssFeed } from '@/feeds/render'
import {
  announceChange,
  type AnnouncedChange,
  DAY,
  daysFromNow,
  draftSubprocessor,
  localStore,
  publishedSubprocessor,
  quiet,
} from '../helpers/factories'
import { seededPayload } from '../helpers/payload'

// What an announced change does afterwards: it takes effect on its date (at once when urgent),
// the list can be read as it stood on any day, and the change log is published as feeds.

let payload: Payload
let nova: { id: string }
let novaChange: AnnouncedChange
let removal: AnnouncedChange

beforeAll(async () => {
  payload = await seededPayload()
  const store = localStore(payload)
  // published before the notice rule is switched on: this file's own subprocessor to remove
  const fax = await publishedSubprocessor(store, 'Legacy Fax', {
    slug: 'legacy-fax',
    purpose: 'Fax delivery',
    dataProcessed: ['Fax numbers'],
    locations: ['United States'],
    // outside the EEA: a transfer mechanism is needed (src/schema/eea.ts)
    transferMechanisms: [{ mechanism: 'eu-sccs', sccModule: '3' }],
  })
  await payload.updateGlobal({
    slug: 'trust-center',
    data: { requireNotice: true, noticePeriodDays: 30 },
    ...quiet,
  })
  // an addition 31 days ahead, and the urgent removal of the subprocessor above, due now
  nova = await draftSubprocessor(store, 'Nova Analytics', { purpose: 'Product analytics' })
  novaChange = await announceChange(store, { kind: 'addition', subprocessor: nova.id })
  removal = await announceChange(store, {
    kind: 'removal',
    subprocessor: fax.id,
    effectiveDate: new Date().toISOString(),
    reason: 'We stopped sending faxes.',
    urgentReason: 'Legacy Fax ends our contract this week.',
  })
})

afterAll(async () => {
  await payload.updateGlobal({ slug: 'trust-center', data: { requireNotice: false }, ...quiet })
})

describe('an announced change', () => {
  it('takes effect at once when urgent and due now; otherwise on its date, as announced', async () => {
    const visible = async (slug: string) =>
      (
        await payload.find({
          collection: 'subprocessors',
          where: { slug: { equals: slug } },
          overrideAccess: false,
        })
      ).docs[0]
    expect(await visible('legacy-fax')).toBeUndefined()
    const applied = await payload.findByID({ collection: 'changes', id: removal.id })
    expect(applied).toMatchObject({ status: 'effective' })
    expect(applied.appliedAt).toBeTruthy()

    // a draft edit after the announcement is not carried into effect
    await payload.update({
      collection: 'subprocessors',
      id: nova.id,
      data: { purpose: 'Sneaky later edit' },
      draft: true,
      ...quiet,
    })
    expect(await applyDueChanges(payload, new Date())).toEqual([])
    expect(await visible('nova-analytics')).toBeUndefined()
    const effective = new Date(novaChange.effectiveDate)
    expect(await applyDueChanges(payload, new Date(effective.getTime() + 60_000))).toEqual([
      String(novaChange.id),
    ])
    expect(await visible('nova-analytics')).toMatchObject({
      purpose: 'Product analytics',
      locations: ['Germany'],
    })
    expect((await payload.findByID({ collection: 'changes', id: novaChange.id })).status).toBe(
      'effective',
    )
  })
})

describe('the list as it stood on a given day', () => {
  it('shows what was live that day: nothing before this database, each change from its date', async () => {
    const effectiveDay = String(novaChange.effectiveDate).slice(0, 10)
    const dayBefore = new Date(Date.parse(`${effectiveDay}T00:00:00Z`) - DAY)
      .toISOString()
      .slice(0, 10)
    const names = async (day: string) => (await listAsOf(payload, day)).entries.map((e) => e.name)
    expect(await names(dayBefore)).not.toContain('Nova Analytics')
    expect(await names(effectiveDay)).toContain('Nova Analytics')
    expect(await names(effectiveDay)).toContain('Stripe')
    expect(await names(daysFromNow(0).slice(0, 10))).not.toContain('Legacy Fax')
    expect(await names(daysFromNow(0).slice(0, 10))).toContain('Twilio')
    const yesterday = daysFromNow(-1).slice(0, 10)
    expect(await names(yesterday)).toEqual([]) // nothing was published before this test database existed
  })
})

describe('the change log', () => {
  it('is published as RSS, Atom and JSON Feed with dates and field diffs', async () => {
    // other test files announce changes of their own in the same database
    const ours = [removal.slug, novaChange.slug]
    const changes = (await listPublicChanges(payload)).filter((c) => ours.includes(c.slug))
    expect(changes.map((c) => c.title)).toEqual([
      'Legacy Fax: removal',
      'Nova Analytics: new subprocessor',
    ])
    const ctx = {
      siteUrl: 'https://trust.example.com',
      title: 'Clicki Referrals subprocessor changes',
      companyName: 'Clicki Referrals',
      contactEmail: 'support@joinclicki.com',
    }
    const parser = new Parser({
      customFields: { item: [['tc:change', 'change', { keepArray: false }]] },
    })

    const rss = await parser.parseString(rssFeed(ctx, changes))
    expect(rss.items.map((i) => i.title)).toEqual([
      'Legacy Fax: removal',
      'Nova Analytics: new subprocessor',
    ])
    expect(rss.items[1].link).toBe(`https://trust.example.com/changes/${novaChange.slug}`)
    expect(new Date(rss.items[1].pubDate!).getTime()).toBe(
      Math.floor(Date.parse(novaChange.announcedAt) / 1000) * 1000,
    )
    expect(rss.items[1].contentSnippet ?? rss.items[1].content).toMatch(
      /Purpose: \(none\) → Product analytics/,
    )

    const atom = await parser.parseString(atomFeed(ctx, changes))
    expect(atom.items).toHaveLength(2)
    expect((atom.items[0] as { id?: string }).id).toContain('-removal-legacy-fax')

    const json = jsonFeed(ctx, changes)
    expect(json.version).toBe('https://jsonfeed.org/version/1.1')
    const removed = json.items[0]._change
    expect(removed).toMatchObject({ kind: 'removal', status: 'effective' })
    expect(removed.fields).toContainEqual(
      expect.objectContaining({ field: 'purpose', before: 'Fax delivery', after: null }),
    )
    expect(Date.parse(removed.effectiveDate)).toBeLessThanOrEqual(Date.now())
  })
})
