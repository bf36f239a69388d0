// Change notices in the public API (GET /api/public/v1/changes): what is listed, how it filters,
// and how its answers revalidate, against the production build served by `next start`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signInAsAdmin } from '../helpers/admin'
import {
  announceChange,
  cancelAnnounced,
  cancelChange,
  categoryId,
  daysFromNow,
  draftChange,
  draftSubprocessor,
  restStore,
  type Store,
} from '../helpers/factories'
import { get } from '../helpers/portal'
import { API, servedContract, settleEndpoints } from '../helpers/public-api'

let store: Store

// The seed turns on the rule that a new subprocessor goes live only through a change notice: it is
// saved as a draft, then announced with the notice period (30 days) ahead.
type Announced = { id: string; slug: string; subprocessor: { id: string; slug: string } }
const announcedHere: string[] = []

async function draftOf(name: string) {
  return draftSubprocessor(store, name, {
    category: await categoryId(store, 'monitoring-and-logging'),
  }) as Promise<{ id: string; slug: string }>
}

async function announceAddition(name: string): Promise<Announced> {
  const subprocessor = await draftOf(name)
  const doc = await announceChange(store, {
    subprocessor: subprocessor.id,
    reason: `We start using ${name} for product analytics.`,
  })
  announcedHere.push(doc.id)
  return { id: doc.id, slug: doc.slug, subprocessor }
}

let change: Announced

beforeAll(async () => {
  store = restStore((await signInAsAdmin()).rest)
  change = await announceAddition('Beacon Analytics')
  await settleEndpoints(await servedContract(), change.slug)
})

afterAll(async () => {
  await cancelAnnounced(store, announcedHere)
})

describe('change notices in the public API', () => {
  type Change = {
    slug: string
    title: string
    status: string
    kind: string
    subprocessor: { slug: string | null; name: string }
    announcedAt: string
    fieldChanges: Array<{
      field: string
      subprocessorSlug: string | null
      before: unknown
      after: unknown
    }>
  }
  type ChangeList = { data: Change[]; pagination: { totalItems: number } }
  const list = async (query = '') => (await get(`${API}/changes${query}`)).body as ChangeList
  const slugs = async (query = '') => (await list(query)).data.map((item) => item.slug)

  it('lists an announced addition with its field diffs, before the subprocessor itself is live', async () => {
    const item = (await list()).data.find((entry) => entry.slug === change.slug)!
    expect(item).toMatchObject({
      title: 'Beacon Analytics: new subprocessor',
      kind: 'addition',
      status: 'announced',
      subprocessor: { slug: change.subprocessor.slug, name: 'Beacon Analytics' },
    })
    expect(item.fieldChanges).toContainEqual(
      expect.objectContaining({ field: 'purpose', before: null, after: 'Product analytics' }),
    )
    expect(item.fieldChanges).toContainEqual(
      expect.objectContaining({ field: 'locations', before: null, after: ['Germany'] }),
    )
    expect((await get(`${API}/subprocessors/${change.subprocessor.slug}`)).status).toBe(404)
    const text = (await get(`${API}/changes/${change.slug}`)).text
    expect(text).not.toContain(change.id)
    expect(text).not.toContain(change.subprocessor.id)
  })

  it('filters by kind, status, subprocessor and announcement date, and refuses unpublished statuses', async () => {
    expect(await slugs(`?subprocessor=${change.subprocessor.slug}`)).toEqual([change.slug])
    // other test files share this server's database and announce changes of their own
    expect(await slugs('?subprocessor=stripe')).not.toContain(change.slug)
    expect(await slugs('?kind=addition&status=announced')).toContain(change.slug)
    expect(await slugs('?kind=removal')).not.toContain(change.slug)
    expect(await slugs('?status=effective')).not.toContain(change.slug)
    const today = new Date().toISOString().slice(0, 10)
    expect(await slugs(`?since=${today}`)).toContain(change.slug)
    expect(await slugs('?since=2999-01-01')).toEqual([])
    for (const status of ['draft', 'cancelled']) {
      const refused = await get(`${API}/changes?status=${status}`)
      expect(refused.status).toBe(400)
      expect(refused.headers.get('content-type')).toBe('application/problem+json')
      expect(refused.body).toMatchObject({ invalidParams: [{ name: 'status' }] })
    }
    expect((await get(`${API}/changes?since=tomorrow`)).status).toBe(400)
  })

  it('never serve a draft change; answer 304 until a new announcement, then list it first', async () => {
    const path = `${API}/changes`
    const first = await get(path)
    const etag = first.headers.get('etag')!
    const lastModified = first.headers.get('last-modified')!
    expect((await get(path, { headers: { 'if-none-match': etag } })).status).toBe(304)
    expect((await get(path, { headers: { 'if-modified-since': lastModified } })).status).toBe(304)

    const quiet = await draftOf('Quiet Draft Vendor')
    const draft = await draftChange(store, {
      subprocessor: quiet.id,
      effectiveDate: daysFromNow(40),
      reason: 'Secret draft change',
    })
    expect(draft.status).toBe('draft')
    expect((await get(path, { headers: { 'if-none-match': etag } })).status).toBe(304)
    const all = await get(`${path}?limit=100`)
    expect(all.text).not.toContain('Secret draft change')
    expect(all.text).not.toContain('Quiet Draft Vendor')
    expect((await get(`${path}/${draft.id}`)).status).toBe(404)

    await new Promise((resolve) => setTimeout(resolve, 1100)) // HTTP dates have whole seconds
    const second = await announceAddition('Comet Insights')
    const after = await get(path, { headers: { 'if-none-match': etag } })
    expect(after.status).toBe(200)
    expect(after.headers.get('etag')).not.toBe(etag)
    expect(Date.parse(after.headers.get('last-modified')!)).toBeGreaterThan(
      Date.parse(lastModified),
    )
    expect((await get(path, { headers: { 'if-modified-since': lastModified } })).status).toBe(200)
    const listed = after.body as ChangeList
    expect(listed.data[0].slug).toBe(second.slug)
    expect(listed.data.map((item) => item.slug)).toContain(change.slug)
    expect(listed.pagination.totalItems).toBe((first.body as ChangeList).pagination.totalItems + 1)

    const one = await get(`${path}/${second.slug}`)
    expect(
      (
        await get(`${path}/${second.slug}`, {
          headers: { 'if-none-match': one.headers.get('etag')! },
        })
      ).status,
    ).toBe(304)
  })

  it('drop a cancelled change and move Last-Modified past the cancellation', async () => {
    const path = `${API}/changes`
    const doomed = await announceAddition('Doomed Metrics')
    const before = await get(path)
    expect(before.text).toContain(doomed.slug)
    await new Promise((resolve) => setTimeout(resolve, 1100))
    await cancelChange(store, doomed.id)
    const after = await get(path, {
      headers: { 'if-modified-since': before.headers.get('last-modified')! },
    })
    expect(after.status).toBe(200)
    expect(after.text).not.toContain(doomed.slug)
    expect(Date.parse(after.headers.get('last-modified')!)).toBeGreaterThan(
      Date.parse(before.headers.get('last-modified')!),
    )
    expect((await get(`${path}/${doomed.slug}`)).status).toBe(404)
  })
})
