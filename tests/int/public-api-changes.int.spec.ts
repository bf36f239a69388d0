import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadPublishedChanges } from '@/data/publicApi'
import { openApiDocument } from '@/public-api/openapi'
import { readChangeQuery } from '@/public-api/query'
import { filterChanges } from '@/public-api/resources'
import type { PublicChangeNotice } from '@/public-api/serialize'
import {
  announceChange,
  cancelAnnounced,
  cancelChange,
  daysFromNow,
  draftChange,
  draftSubprocessor,
  localStore,
  quiet,
  type Store,
} from '../helpers/factories'
import { createContract } from '../helpers/openapi'
import { seededPayload } from '../helpers/payload'

// Change notices as the public API serves them (GET /api/public/v1/changes), read from the real
// database by the loader the endpoint calls.

let payload: Payload
let store: Store
const contract = createContract()
const stamp = Date.now()
const announced: string[] = []

const draftOf = (name: string) => draftSubprocessor(store, name)

async function announceAddition(subprocessor: string) {
  const change = await announceChange(store, {
    subprocessor,
    reason: 'We need a tool for the public API tests.',
    effectiveDate: daysFromNow(31),
  })
  announced.push(change.id)
  return change
}

beforeAll(async () => {
  payload = await seededPayload()
  store = localStore(payload)
})

afterAll(async () => {
  await cancelAnnounced(store, announced)
})

describe('change notices in the public API', () => {
  it('serve announced changes only, in the v1 shape, with the field diffs and no internal ids', async () => {
    const name = `Zz Change API ${stamp}`
    const subprocessor = await draftOf(name)
    const change = await announceAddition(subprocessor.id)
    const draft = await draftChange(store, {
      subprocessor: subprocessor.id,
      reason: 'A draft change that is never served.',
      effectiveDate: daysFromNow(40),
    })

    const { items, lastModified } = await loadPublishedChanges(payload)
    const item = items.find((candidate) => candidate.slug === change.slug)!
    expect(item).toMatchObject({
      slug: expect.stringMatching(
        new RegExp(`^\\d{4}-\\d\\d-\\d\\d-addition-${subprocessor.slug}$`),
      ),
      title: `${name}: new subprocessor`,
      kind: 'addition',
      status: 'announced',
      subprocessor: { slug: subprocessor.slug, name },
      replaces: null,
      reason: 'We need a tool for the public API tests.',
      urgentReason: null,
      noticePeriodDays: 30,
      appliedAt: null,
      announcedAt: change.announcedAt,
      effectiveDate: change.effectiveDate,
    })
    expect(item.portalUrl).toMatch(new RegExp(`/changes/${change.slug}$`))
    expect(item.fieldChanges).toEqual(
      expect.arrayContaining([
        {
          field: 'name',
          label: 'Name',
          subprocessorName: name,
          subprocessorSlug: subprocessor.slug,
          before: null,
          after: name,
        },
        expect.objectContaining({ field: 'locations', before: null, after: ['Germany'] }),
        expect.objectContaining({ field: 'category', after: expect.any(String) }),
      ]),
    )
    expect(contract.checkSchema('Change', item)).toEqual([])
    const text = JSON.stringify(items)
    for (const hidden of [change.id, subprocessor.id, draft.id, 'never served', 'versionRefs'])
      expect(text).not.toContain(hidden)
    for (const key of ['id', 'deliveries', 'objections', 'versionRefs'])
      expect(item).not.toHaveProperty(key)
    expect(Date.parse(lastModified!)).toBeGreaterThanOrEqual(Date.parse(change.updatedAt))
    // newest announcement first
    const times = items.map((candidate) => Date.parse(candidate.announcedAt))
    expect(times).toEqual([...times].sort((a, b) => b - a))
  })

  it('name the subprocessor by the announced version, not by a draft edited afterwards', async () => {
    const subprocessor = await draftOf(`Zz Renamed later ${stamp}`)
    const change = await announceAddition(subprocessor.id)
    await payload.update({
      collection: 'subprocessors',
      id: subprocessor.id,
      data: { slug: `zz-sneaky-${stamp}`, name: 'Sneaky new name' },
      draft: true,
      ...quiet,
    })
    const latest = await payload.findByID({
      collection: 'subprocessors',
      id: subprocessor.id,
      draft: true,
    })
    expect(latest.slug).toBe(`zz-sneaky-${stamp}`)
    const item = (await loadPublishedChanges(payload)).items.find((c) => c.slug === change.slug)!
    expect(item.subprocessor).toEqual({ slug: subprocessor.slug, name: subprocessor.name })
    expect(JSON.stringify(item)).not.toMatch(/sneaky/i)
  })

  it('drop a cancelled change and move Last-Modified past the cancellation', async () => {
    const subprocessor = await draftOf(`Zz Cancelled ${stamp}`)
    const change = await announceAddition(subprocessor.id)
    const before = await loadPublishedChanges(payload)
    expect(before.items.map((item) => item.slug)).toContain(change.slug)
    await new Promise((resolve) => setTimeout(resolve, 20))
    const cancelled = await cancelChange(store, change.id)
    const after = await loadPublishedChanges(payload)
    expect(after.items.map((item) => item.slug)).not.toContain(change.slug)
    expect(Date.parse(after.lastModified!)).toBeGreaterThanOrEqual(Date.parse(cancelled.updatedAt))
    expect(Date.parse(after.lastModified!)).toBeGreaterThan(Date.parse(before.lastModified!))
  })

  it('document an example that matches the schema', () => {
    const [example] = openApiDocument().components.schemas.Change.examples ?? []
    expect(example).toBeTruthy()
    expect(contract.checkSchema('Change', example)).toEqual([])
  })

  it('filter by kind, status, subprocessor (new or replaced), announcement and update time', () => {
    const [example] = openApiDocument().components.schemas.Change.examples as PublicChangeNotice[]
    const change = (slug: string, extra: Partial<PublicChangeNotice>): PublicChangeNotice => ({
      ...example,
      slug,
      ...extra,
    })
    const items = [
      change('new-crm', {
        kind: 'replacement',
        subprocessor: { slug: 'new-crm', name: 'New CRM' },
        replaces: { slug: 'old-crm', name: 'Old CRM' },
        announcedAt: '2025-06-01T10:00:00.000Z',
        updatedAt: '2025-07-01T10:00:00.000Z',
        status: 'effective',
      }),
      change('acme', { announcedAt: '2025-05-01T10:00:00.000Z' }),
    ]
    const slugs = (query: string) => {
      const parsed = readChangeQuery(new URLSearchParams(query))
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.invalidParams))
      return filterChanges(items, parsed.value).map((item) => item.slug)
    }
    expect(slugs('')).toEqual(['new-crm', 'acme'])
    expect(slugs('kind=replacement')).toEqual(['new-crm'])
    expect(slugs('kind=removal')).toEqual([])
    expect(slugs('status=announced')).toEqual(['acme'])
    expect(slugs('subprocessor=old-crm')).toEqual(['new-crm'])
    expect(slugs('subprocessor=acme-analytics')).toEqual(['acme'])
    expect(slugs('since=2025-06-02')).toEqual([])
    expect(slugs('since=2025-06-01')).toEqual(['new-crm'])
    expect(slugs('since=2025-06-01T10:00:00Z')).toEqual(['new-crm'])
    expect(slugs('since=2025-05-01T12:00:00%2B02:00')).toEqual(['new-crm', 'acme'])
    expect(slugs('updatedSince=2025-06-15')).toEqual(['new-crm'])
    expect(slugs('kind=addition&status=announced&since=2025-01-01')).toEqual(['acme'])
  })
})
