// Every endpoint of the public API answers as its OpenAPI document says, against the production
// build served by `next start` (tests/setup/portal-server.ts), with plain fetch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signInAsAdmin } from '../helpers/admin'
import {
  announceChange,
  type AnnouncedChange,
  cancelAnnounced,
  categoryId,
  completeEntryData,
  draftSubprocessor,
  restStore,
  scopeOf,
  type Store,
} from '../helpers/factories'
import { get, type Fetched } from '../helpers/portal'
import {
  createTrustCenterContent,
  removeTrustCenterContent,
  type TrustCenterContent,
} from '../helpers/trust-center'
import {
  API,
  type Contract,
  sampleSlug,
  servedContract,
  settleEndpoints,
} from '../helpers/public-api'

let store: Store
let contract: Contract
// an announced change, so that /changes/{slug} has an entry to serve
let change: AnnouncedChange
// certifications, security topics, FAQ entries and documents, so their lists are not empty
let trustCenter: TrustCenterContent

beforeAll(async () => {
  store = restStore((await signInAsAdmin()).rest)
  const subprocessor = await draftSubprocessor(store, 'Contract Sample Analytics', {
    category: await categoryId(store, 'monitoring-and-logging'),
  })
  change = await announceChange(store, {
    subprocessor: subprocessor.id,
    reason: 'We start using Contract Sample Analytics for product analytics.',
  })
  trustCenter = await createTrustCenterContent(store, 'contract')
  // a scope, so /scopes is not empty (an empty list has no Last-Modified)
  await scopeOf(store, `Contract Scope ${Date.now().toString(36)}`)
  contract = await servedContract()
  await settleEndpoints(contract, change.slug)
})

afterAll(async () => {
  await cancelAnnounced(store, [change.id])
  await removeTrustCenterContent(store, trustCenter)
})

const expectContract = (path: string, response: Fetched) =>
  expect(
    contract.check(path, response.status, response.headers, response.body),
    `${path} ${response.status}`,
  ).toEqual([])

describe('every endpoint of the OpenAPI document', () => {
  const concrete = (path: string, slug?: string) =>
    path.replace('{slug}', slug ?? sampleSlug(path, change.slug)!)

  it('answers 200, 304 and 400 as documented, with the documented headers and bodies', async () => {
    for (const path of Object.keys(contract.doc.paths)) {
      const ok = await get(concrete(path))
      expect(ok.status, path).toBe(200)
      expectContract(path, ok)
      if (/\/(certifications|security|faq|documents|scopes)$/.test(path))
        expect((ok.body as { data: unknown[] }).data.length, path).toBeGreaterThan(0)
      expect(ok.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]{32}"$/)
      expect(ok.headers.get('access-control-allow-origin')).toBe('*')
      expect(ok.headers.get('cache-control')).toBe(
        'public, max-age=60, s-maxage=300, stale-while-revalidate=86400, stale-if-error=86400',
      )
      expect(ok.headers.get('surrogate-key')?.split(' ')).toContain('all')

      const notModified = await get(concrete(path), {
        headers: { 'if-none-match': ok.headers.get('etag')! },
      })
      expect(notModified.status, path).toBe(304)
      expect(notModified.text).toBe('')
      expectContract(path, notModified)

      const invalid = await get(`${concrete(path)}?bogus=1`)
      expect(invalid.status, path).toBe(400)
      expectContract(path, invalid)
      expect(invalid.body).toMatchObject({ status: 400, invalidParams: [{ name: 'bogus' }] })
    }
  })

  it('answers 404 as problem+json for an unknown slug', async () => {
    for (const path of Object.keys(contract.doc.paths).filter((p) => p.includes('{slug}'))) {
      const missing = await get(concrete(path, 'no-such-entry'))
      expect(missing.status).toBe(404)
      expectContract(path, missing)
      expect((missing.body as { detail: string }).detail).toMatch(/no-such-entry/)
    }
  })

  it('answers 410 as problem+json for a subprocessor a change in effect removed', async () => {
    const gone = await draftSubprocessor(store, `Contract Removed ${Date.now()}`, {
      category: await categoryId(store, 'monitoring-and-logging'),
    })
    const now = () => new Date().toISOString()
    for (const kind of ['addition', 'removal']) {
      await announceChange(store, {
        kind,
        subprocessor: gone.id,
        effectiveDate: now(),
        reason: `Contract test ${kind}.`,
        urgentReason: 'Only a test.',
      })
    }
    const path = `${API}/subprocessors/{slug}`
    let removed = await get(concrete(path, gone.slug))
    for (let tries = 0; removed.status !== 410 && tries < 20; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 250))
      removed = await get(concrete(path, gone.slug))
    }
    expect(removed.status).toBe(410)
    expectContract(path, removed)
    expect(removed.body).toMatchObject({ removal: { reason: 'Contract test removal.' } })
  })

  it('filters subprocessors by scope, and refuses a scope that does not exist', async () => {
    const run = Date.now().toString(36)
    const scope = await scopeOf(store, `Contract Region ${run}`)
    const scoped = await draftSubprocessor(store, `Contract Scoped ${run}`, {
      category: await categoryId(store, 'monitoring-and-logging'),
      locations: ['United States'],
      ...completeEntryData([scope.id]),
    })
    await announceChange(store, {
      subprocessor: scoped.id,
      effectiveDate: new Date().toISOString(),
      reason: 'Contract test of scopes.',
      urgentReason: 'Only a test.',
    })
    const list = `${API}/subprocessors`
    let answer = await get(`${list}?scope=${scope.slug}&limit=100`)
    for (let tries = 0; tries < 20; tries++) {
      const slugs = (answer.body as { data: Array<{ slug: string }> }).data.map((i) => i.slug)
      if (slugs.includes(scoped.slug)) break
      await new Promise((resolve) => setTimeout(resolve, 250))
      answer = await get(`${list}?scope=${scope.slug}&limit=100`)
    }
    expectContract(list, answer)
    const items = (answer.body as { data: Array<{ slug: string; scopes: string[] }> }).data
    expect(items.map((item) => item.slug)).toContain(scoped.slug)
    expect(items.map((item) => item.slug)).toContain('stripe') // for all customers
    for (const item of items) expect([[], [scope.slug]]).toContainEqual(item.scopes)
    const repeated = await get(`${list}?scope=${scope.slug}&scope=${scope.slug}&limit=100`)
    expect((repeated.body as { data: unknown[] }).data).toEqual(items)

    const other = await scopeOf(store, `Contract Other ${run}`)
    const without = await get(`${list}?scope=${other.slug}&limit=100`)
    expect(
      (without.body as { data: Array<{ slug: string }> }).data.map((i) => i.slug),
    ).not.toContain(scoped.slug)

    const refused = await get(`${list}?scope=${scope.slug},no-such-scope`)
    expect(refused.status).toBe(400)
    expectContract(list, refused)
    const [param] = (refused.body as { invalidParams: Array<{ name: string; reason: string }> })
      .invalidParams
    expect(param.name).toBe('scope')
    expect(param.reason).toContain('"no-such-scope"')
    expect(param.reason).toContain(scope.slug) // which scopes there are

    const csv = await get(`/subprocessors.csv?scope=${scope.slug}`)
    expectContract('/subprocessors.csv', csv)
    expect(csv.headers.get('content-disposition')).toBe(
      `attachment; filename="subprocessors-${scope.slug}.csv"`,
    )
    expect(csv.text).toContain(`Contract Scoped ${run}`)
    const badCsv = await get('/subprocessors.csv?scope=no-such-scope')
    expect(badCsv.status).toBe(400)
    expectContract('/subprocessors.csv', badCsv)

    const scopes = await get(`${API}/scopes?limit=100`)
    expectContract(`${API}/scopes`, scopes)
    expect((scopes.body as { data: Array<{ slug: string }> }).data.map((s) => s.slug)).toEqual(
      expect.arrayContaining([scope.slug, other.slug]),
    )

    await announceChange(store, {
      kind: 'removal',
      subprocessor: scoped.id,
      effectiveDate: new Date().toISOString(),
      reason: 'Contract test over.',
      urgentReason: 'Only a test.',
    })
  })

  it('gives each entry of the lists at its own address, in the same shape', async () => {
    for (const [list, path] of [
      ['subprocessors', `${API}/subprocessors/{slug}`],
      ['policies', `${API}/policies/{slug}`],
      ['changes', `${API}/changes/{slug}`],
    ]) {
      const { body } = await get(`${API}/${list}?limit=100`)
      const entries = (body as { data: Array<{ slug: string }> }).data
      expect(entries.length, list).toBeGreaterThan(0)
      for (const entry of entries) {
        const one = await get(concrete(path, entry.slug))
        expectContract(path, one)
        if (list !== 'policies') expect((one.body as { data: unknown }).data).toEqual(entry)
      }
    }
  })

  it('leaves no documented response untested', () => {
    expect(contract.uncovered()).toEqual([])
  })
})
