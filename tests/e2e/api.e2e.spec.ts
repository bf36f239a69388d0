// The public API, the exports, the discovery files and the generated APIs' limits, against the
// production build served by `next start` (tests/setup/portal-server.ts), with plain fetch.
import { signInAsAdmin, type AdminRest } from '../helpers/admin'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { OpenApiDocument } from '@/public-api/openapi'
import { axeViolations, launchBrowser } from '../helpers/browser'
import { createContract, parseCsv } from '../helpers/openapi'

const base = inject('portalUrl')
const url = (path: string) => new URL(path, base).toString()
const API = '/api/public/v1'

type Fetched = { status: number; headers: Headers; text: string; body: unknown }

async function get(path: string, init: RequestInit = {}): Promise<Fetched> {
  const response = await fetch(url(path), { redirect: 'manual', ...init })
  const text = await response.text()
  let body: unknown = text
  if ((response.headers.get('content-type') ?? '').includes('json') && text) body = JSON.parse(text)
  if (response.status === 304 || init.method === 'HEAD') body = text === '' ? null : text
  return { status: response.status, headers: response.headers, text, body }
}

let contract: ReturnType<typeof createContract>
const DAY = 86_400_000

let adminRest: AdminRest

// The seed turns on the rule that a new subprocessor goes live only through a change notice: it is
// saved as a draft, then announced with the notice period (30 days) ahead.
type Announced = { id: string; slug: string; subprocessor: { id: string; slug: string } }
const announcedHere: string[] = []

async function draftSubprocessor(name: string) {
  const categories = await adminRest(
    'GET',
    '/api/categories?where[slug][equals]=monitoring-and-logging&depth=0',
  )
  const { doc } = await adminRest('POST', '/api/subprocessors?draft=true', {
    name,
    category: categories.docs[0].id,
    purpose: 'Product analytics',
    dataProcessed: ['Usage events'],
    locations: ['Germany'],
    _status: 'draft',
  })
  return doc as { id: string; slug: string }
}

async function announceAddition(name: string): Promise<Announced> {
  const subprocessor = await draftSubprocessor(name)
  const { doc } = await adminRest('POST', '/api/changes', {
    status: 'announced',
    kind: 'addition',
    subprocessor: subprocessor.id,
    effectiveDate: new Date(Date.now() + 31 * DAY).toISOString(),
    reason: `We start using ${name} for product analytics.`,
  })
  announcedHere.push(doc.id)
  return { id: doc.id, slug: doc.slug, subprocessor }
}

let change: Announced
const sampleSlug = (path: string) =>
  path.includes('/policies') ? 'contact' : path.includes('/changes') ? change.slug : 'stripe'

beforeAll(async () => {
  adminRest = (await signInAsAdmin()).rest
  change = await announceAddition('Beacon Analytics')
  // the served document is the contract; it must also be what the code says
  const served = await get(`${API}/openapi.json`)
  contract = createContract(served.body as OpenApiDocument)
  // Next keeps its data cache in the build folder across runs, and each run seeds a new database:
  // an entry older than its revalidation time is served once more while it refreshes. Read every
  // endpoint until two answers agree, so the tests start from this database's content.
  for (const path of Object.keys(contract.doc.paths)) {
    const concrete = path.replace('{slug}', sampleSlug(path))
    let previous = ''
    for (let attempt = 0; attempt < 20; attempt++) {
      const etag = (await get(concrete)).headers.get('etag') ?? ''
      if (etag === previous) break
      previous = etag
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
})

// Announced changes cannot be deleted; cancelled, they leave the change log for later test files.
afterAll(async () => {
  for (const id of announcedHere) {
    const { status } = await adminRest('GET', `/api/changes/${id}?depth=0`)
    if (status === 'announced')
      await adminRest('PATCH', `/api/changes/${id}`, { status: 'cancelled' })
  }
})

const expectContract = (path: string, response: Fetched) =>
  expect(
    contract.check(path, response.status, response.headers, response.body),
    `${path} ${response.status}`,
  ).toEqual([])

describe('every endpoint of the OpenAPI document', () => {
  const concrete = (path: string, slug?: string) => path.replace('{slug}', slug ?? sampleSlug(path))

  it('answers 200, 304 and 400 as documented, with the documented headers and bodies', async () => {
    for (const path of Object.keys(contract.doc.paths)) {
      const ok = await get(concrete(path))
      expect(ok.status, path).toBe(200)
      expectContract(path, ok)
      expect(ok.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]{32}"$/)
      expect(ok.headers.get('access-control-allow-origin')).toBe('*')
      expect(ok.headers.get('cache-control')).toBe(
        'public, max-age=60, s-maxage=300, stale-while-revalidate=86400',
      )

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

describe('HTTP behaviour', () => {
  it('answers HEAD with the headers of GET and no body', async () => {
    const full = await get(`${API}/subprocessors`)
    const head = await get(`${API}/subprocessors`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.text).toBe('')
    expect(head.headers.get('etag')).toBe(full.headers.get('etag'))
    expect(head.headers.get('last-modified')).toBe(full.headers.get('last-modified'))
  })

  it('opens CORS for reads only: preflight for GET, 405 without CORS for writes', async () => {
    const preflight = await get(`${API}/subprocessors`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://example.com',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'if-none-match',
      },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*')
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS')
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain(
      'if-none-match',
    )
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const write = await get(`${API}/subprocessors`, {
        method,
        headers: { origin: 'https://example.com' },
        body: method === 'DELETE' ? undefined : '{}',
      })
      expect(write.status, method).toBe(405)
      expect(write.headers.get('content-type')).toBe('application/problem+json')
      expect(write.headers.get('allow')).toBe('GET, HEAD, OPTIONS')
      expect(write.headers.get('access-control-allow-origin')).toBeNull()
    }
  })

  it('answers unknown addresses under /api/public with problem+json, not the CMS API', async () => {
    for (const path of [
      '/api/public',
      '/api/public/v2/subprocessors',
      `${API}/nothing`,
      `${API}/subprocessors/stripe/extra`,
    ]) {
      const response = await get(path)
      expect(response.status, path).toBe(404)
      expect(response.headers.get('content-type'), path).toBe('application/problem+json')
    }
  })

  it('filters by category, location and updatedSince, and pages through everything once', async () => {
    const all = (await get(`${API}/subprocessors?limit=100`)).body as {
      data: Array<{ slug: string; category: { slug: string }; locations: string[] }>
    }
    const payments = (await get(`${API}/subprocessors?category=payments-and-payouts`))
      .body as typeof all
    expect(payments.data.map((item) => item.slug).sort()).toEqual(['dots', 'stripe'])
    const located = (await get(`${API}/subprocessors?location=UNITED%20states`)).body as typeof all
    expect(located.data.length).toBeGreaterThan(0)
    for (const item of located.data)
      expect(item.locations.join(' ').toLowerCase()).toContain('united states')
    const future = (await get(`${API}/subprocessors?updatedSince=2999-01-01`)).body as typeof all
    expect(future.data).toEqual([])

    const seen: string[] = []
    let next: string | null = `${API}/subprocessors?limit=2`
    while (next) {
      const page = (await get(next)).body as typeof all & { links: { next: string | null } }
      seen.push(...page.data.map((item) => item.slug))
      next = page.links.next
    }
    expect(seen).toEqual(all.data.map((item) => item.slug))
  })
})

describe('conditional requests', () => {
  let twilioId: string

  beforeAll(async () => {
    const found = await adminRest('GET', '/api/subprocessors?where[slug][equals]=twilio&depth=0')
    twilioId = found.docs[0].id
  })

  afterAll(async () => {
    await adminRest('PATCH', `/api/subprocessors/${twilioId}`, { notes: '', _status: 'published' })
  })

  it('answer 304 until a publish changes the list, then 200 with a new ETag and Last-Modified', async () => {
    const path = `${API}/subprocessors`
    const first = await get(path)
    const etag = first.headers.get('etag')!
    const lastModified = first.headers.get('last-modified')!
    expect((await get(path, { headers: { 'if-none-match': etag } })).status).toBe(304)
    expect((await get(path, { headers: { 'if-none-match': `W/${etag}` } })).status).toBe(304)
    expect((await get(path, { headers: { 'if-modified-since': lastModified } })).status).toBe(304)
    // If-None-Match wins over If-Modified-Since
    expect(
      (
        await get(path, {
          headers: { 'if-none-match': '"stale"', 'if-modified-since': lastModified },
        })
      ).status,
    ).toBe(200)

    await adminRest('PATCH', `/api/subprocessors/${twilioId}`, {
      notes: `Published at ${new Date().toISOString()}`,
      _status: 'published',
    })

    const afterPublish = await get(path, { headers: { 'if-none-match': etag } })
    expect(afterPublish.status).toBe(200)
    expect(afterPublish.headers.get('etag')).not.toBe(etag)
    expect(Date.parse(afterPublish.headers.get('last-modified')!)).toBeGreaterThan(
      Date.parse(lastModified),
    )
    expect((await get(path, { headers: { 'if-modified-since': lastModified } })).status).toBe(200)
    const twilio = (await get(`${API}/subprocessors/twilio`)).body as { data: { notes: string } }
    expect(twilio.data.notes).toMatch(/^Published at/)
  })

  it('do not change for a draft, which never shows', async () => {
    const path = `${API}/subprocessors/twilio`
    const before = await get(path)
    await adminRest('PATCH', `/api/subprocessors/${twilioId}?draft=true`, {
      notes: 'Secret draft note',
    })
    const after = await get(path, { headers: { 'if-none-match': before.headers.get('etag')! } })
    expect(after.status).toBe(304)
    expect((await get(`${API}/subprocessors?limit=100`)).text).not.toContain('Secret draft note')
    expect((await get('/subprocessors.csv')).text).not.toContain('Secret draft note')
  })

  it('move Last-Modified forward when an entry is removed, though the remaining ones are older', async () => {
    const path = `${API}/categories`
    const name = `Short-lived ${Date.now()}`
    const created = await adminRest('POST', '/api/categories', { name, order: 999 })
    const withExtra = await get(path)
    expect(withExtra.text).toContain(name)
    await new Promise((resolve) => setTimeout(resolve, 1100)) // HTTP dates have whole seconds
    await adminRest('DELETE', `/api/categories/${created.doc.id}`)
    const removed = await get(path, {
      headers: { 'if-modified-since': withExtra.headers.get('last-modified')! },
    })
    expect(removed.status).toBe(200)
    expect(removed.text).not.toContain(name)
    expect(removed.headers.get('etag')).not.toBe(withExtra.headers.get('etag'))
    const newestRemaining = Math.max(
      ...(removed.body as { data: Array<{ updatedAt: string }> }).data.map((item) =>
        Date.parse(item.updatedAt),
      ),
    )
    const lastModified = Date.parse(removed.headers.get('last-modified')!)
    expect(lastModified).toBeGreaterThan(Date.parse(withExtra.headers.get('last-modified')!))
    expect(lastModified).toBeGreaterThan(newestRemaining)
  })
})

describe('change notices', () => {
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

    const draftOf = await draftSubprocessor('Quiet Draft Vendor')
    const draft = await adminRest('POST', '/api/changes', {
      status: 'draft',
      kind: 'addition',
      subprocessor: draftOf.id,
      effectiveDate: new Date(Date.now() + 40 * DAY).toISOString(),
      reason: 'Secret draft change',
    })
    expect(draft.doc.status).toBe('draft')
    expect((await get(path, { headers: { 'if-none-match': etag } })).status).toBe(304)
    const all = await get(`${path}?limit=100`)
    expect(all.text).not.toContain('Secret draft change')
    expect(all.text).not.toContain('Quiet Draft Vendor')
    expect((await get(`${path}/${draft.doc.id}`)).status).toBe(404)

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
    await adminRest('PATCH', `/api/changes/${doomed.id}`, { status: 'cancelled' })
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

describe('exports', () => {
  let twilioId: string
  const nasty = {
    legalEntity: '=HYPERLINK("http://evil.example","Click")',
    contact: 'Line one, with a comma\nLine two "quoted"',
    notes: '@SUM(1+1)',
  }

  beforeAll(async () => {
    twilioId = (await adminRest('GET', '/api/subprocessors?where[slug][equals]=twilio&depth=0'))
      .docs[0].id
    await adminRest('PATCH', `/api/subprocessors/${twilioId}`, { ...nasty, _status: 'published' })
  })

  afterAll(async () => {
    await adminRest('PATCH', `/api/subprocessors/${twilioId}`, {
      legalEntity: '',
      contact: '',
      notes: '',
      _status: 'published',
    })
  })

  it('gives a CSV that opens cleanly: one row per subprocessor, quotes, commas and line breaks kept, formulas neutralised', async () => {
    const csv = await fetch(url('/subprocessors.csv'))
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/)
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="subprocessors.csv"')
    const bytes = Buffer.from(await csv.arrayBuffer())
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]) // UTF-8 byte order mark, for spreadsheets
    const rows = parseCsv(bytes.subarray(3).toString('utf8'))
    const [header, ...data] = rows
    expect(header).toEqual(
      expect.arrayContaining([
        'Name',
        'Legal entity',
        'Purpose',
        'Data processed',
        'Locations',
        'Security information',
        'Slug',
      ]),
    )
    expect(new Set(rows.map((row) => row.length)).size).toBe(1)
    const list = (await get('/subprocessors.json')).body as {
      data: Array<{ slug: string }>
      totalItems: number
    }
    expect(data.map((row) => row[header.indexOf('Slug')])).toEqual(
      list.data.map((item) => item.slug),
    )
    const twilio = data.find((row) => row[header.indexOf('Slug')] === 'twilio')!
    expect(twilio[header.indexOf('Legal entity')]).toBe(`'${nasty.legalEntity}`)
    expect(twilio[header.indexOf('Contact')]).toBe(nasty.contact)
    expect(twilio[header.indexOf('Notes')]).toBe(`'${nasty.notes}`)
    for (const row of data)
      for (const cell of row)
        expect(cell, `cell ${JSON.stringify(cell)}`).not.toMatch(/^\s*[=+\-@]/)
  })

  it('gives the same list as JSON, and the printable annex with every subprocessor', async () => {
    const list = (await get('/subprocessors.json')).body as {
      data: Array<{ name: string; securityUrl: string | null }>
    }
    const annex = await get('/subprocessors/annex')
    expect(annex.status).toBe(200)
    expect(annex.text.match(/<h1[\s>]/g)).toHaveLength(1)
    expect(annex.text.includes('<main')).toBe(true)
    const rows = annex.text.match(/<tr>/g) ?? []
    expect(rows.length).toBe(list.data.length + 1) // and the header row
    for (const item of list.data) {
      if (item.securityUrl)
        expect(annex.text.includes(`href="${item.securityUrl}"`), item.name).toBe(true)
    }
    expect(
      /<link rel="alternate" type="text\/csv"[^>]*href="[^"]*\/subprocessors\.csv"/.test(
        annex.text,
      ),
    ).toBe(true)
    expect(
      /<link rel="alternate" type="application\/json"[^>]*href="[^"]*\/subprocessors\.json"/.test(
        annex.text,
      ),
    ).toBe(true)
  })
})

describe('discovery', () => {
  it('publishes a security.txt that parses (RFC 9116)', async () => {
    const response = await get('/.well-known/security.txt')
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    const fields = new Map<string, string[]>()
    for (const line of response.text.split('\n')) {
      if (line === '' || line.startsWith('#')) continue
      const match = /^([A-Za-z-]+): (.+)$/.exec(line)
      expect(match, `line ${JSON.stringify(line)}`).not.toBeNull()
      fields.set(match![1].toLowerCase(), [
        ...(fields.get(match![1].toLowerCase()) ?? []),
        match![2],
      ])
    }
    expect(fields.get('contact')).toEqual(['mailto:support@joinclicki.com'])
    expect(fields.get('expires')).toHaveLength(1)
    const expires = Date.parse(fields.get('expires')![0])
    expect(expires).toBeGreaterThan(Date.now())
    expect(expires - Date.now()).toBeLessThan(365 * 24 * 3600 * 1000)
    expect(fields.get('canonical')).toEqual([url('/.well-known/security.txt')])
    expect(fields.get('preferred-languages')).toEqual(['en'])
  })

  it('points from /.well-known/subprocessors.json to addresses that answer', async () => {
    const discovery = (await get('/.well-known/subprocessors.json')).body as {
      api: Record<string, string>
      feeds: Array<{ href: string; type: string }>
    }
    const targets = [
      ...Object.entries(discovery.api)
        .filter(([key]) => key !== 'version')
        .map(([, href]) => href),
      ...discovery.feeds.map((feed) => feed.href),
    ]
    for (const target of targets) {
      const response = await fetch(target, { method: 'HEAD' })
      expect(response.status, target).toBe(200)
    }
    expect(discovery.api.changes).toBe(url(`${API}/changes`))
    expect(discovery.feeds.map((feed) => new URL(feed.href).pathname)).toEqual(
      expect.arrayContaining(['/changes/rss.xml', '/changes/atom.xml', '/changes/feed.json']),
    )
    const index = (await get(API)).body as { data: { resources: Record<string, string> } }
    expect(index.data.resources.changes).toBe(`${API}/changes`)
  })

  it('renders the developer documentation from the OpenAPI document, accessibly', async () => {
    const page = await get('/developers')
    expect(page.status).toBe(200)
    expect(page.text.match(/<h1[\s>]/g)).toHaveLength(1)
    for (const path of Object.keys(contract.doc.paths))
      expect(page.text.includes(`GET ${path}`), path).toBe(true)
    for (const type of ['invalid-parameter', 'not-found', 'method-not-allowed', 'server-error']) {
      expect(page.text.includes(`id="problem-${type}"`), type).toBe(true)
    }
    const browser = await launchBrowser()
    try {
      const context = await browser.newContext()
      const tab = await context.newPage()
      for (const path of ['/developers', '/subprocessors/annex']) {
        await tab.goto(url(path))
        expect(JSON.stringify(await axeViolations(tab)), path).toBe('[]')
      }
    } finally {
      await browser.close()
    }
  })
})

describe('the generated APIs refuse abuse with 4xx', () => {
  const graphql = (query: string, headers: Record<string, string> = {}) =>
    fetch(url('/api/graphql'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    })

  it('refuse introspection in production and oversized GraphQL queries with 400', async () => {
    for (const query of [
      '{ __schema { types { name } } }',
      '{ Subprocessors(limit: 100000) { docs { name } } }',
      '{ Subprocessors(pagination: false) { docs { name } } }',
    ]) {
      const response = await graphql(query)
      expect(response.status, query).toBe(400)
      expect((await response.json()).errors[0].message).toBeTruthy()
      // a client that accepts only application/json gets the GraphQL over HTTP legacy answer
      const legacy = await graphql(query, { accept: 'application/json' })
      expect(legacy.status).toBe(200)
      expect((await legacy.json()).data).toBeUndefined()
    }
    const fine = await graphql('{ Subprocessors(limit: 5) { docs { name category { name } } } }')
    expect(fine.status).toBe(200)
  })

  it('refuse oversized REST queries with 400 and keep users and subscribers private', async () => {
    for (const query of [
      'limit=1000000000',
      'pagination=false',
      `where=${encodeURIComponent('{"and":[{"and":[{"and":[{"and":[{"and":[{"and":[{}]}]}]}]}]}]}')}`,
    ]) {
      expect((await get(`/api/subprocessors?${query}`)).status, query).toBe(400)
    }
    expect((await get('/api/users')).status).toBe(403)
    expect([403, 404]).toContain((await get('/api/subscribers')).status)
  })
})

describe('a bounded fuzz of query parameters', () => {
  // mulberry32: a seeded generator, so a failure can be replayed with FUZZ_SEED
  // CI replays one fixed seed (a red build must be reproducible); elsewhere each run explores anew
  const seed = Number(process.env.FUZZ_SEED ?? (process.env.CI ? 20261129 : Date.now() % 1_000_000))
  let state = seed
  const random = () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]

  const names = [
    'limit',
    'page',
    'category',
    'location',
    'updatedSince',
    'kind',
    'status',
    'subprocessor',
    'since',
    'where',
    'sort',
    'depth',
    'draft',
    'pagination',
    'select',
    'populate',
    'joins',
    'locale',
    'trash',
    '__proto__',
    'constructor',
    'where[name][equals]',
    'where[_status][equals]',
    'where[and][0][or][0][slug][like]',
    'where[email][exists]',
    'limit[]',
    'x'.repeat(300),
  ]
  const values = [
    '',
    ' ',
    '0',
    '-1',
    '1',
    '2',
    '100',
    '101',
    '1e9',
    '9999999999999999999',
    'NaN',
    'true',
    'false',
    'draft',
    'published',
    'null',
    '{}',
    '[]',
    '{"and":[{}]}',
    '{"_status":{"equals":"draft"}}',
    '{broken',
    '%00',
    '\u0000',
    '../../etc/passwd',
    '<script>alert(1)</script>',
    "' OR 1=1 --",
    '{"$gt":""}',
    '2025-02-30',
    '2025-01-31T09:00:00Z',
    'payments-and-payouts',
    'addition',
    'announced',
    'cancelled',
    'category.name',
    '-name,%00',
    'United States',
    '\uD83D\uDE00',
    'é'.repeat(500),
    'a'.repeat(5000),
  ]
  const targets = [
    `${API}`,
    `${API}/subprocessors`,
    `${API}/subprocessors/stripe`,
    `${API}/categories`,
    `${API}/policies`,
    `${API}/policies/contact`,
    `${API}/changes`,
    `${API}/openapi.json`,
    '/subprocessors.csv',
    '/subprocessors.json',
    '/.well-known/subprocessors.json',
    '/.well-known/security.txt',
    '/api/subprocessors',
    '/api/categories',
    '/api/policies',
    '/api/changes',
    '/api/users',
    '/api/globals/trust-center',
  ]
  const secrets = [
    'Secret draft note',
    'Fuzz secret draft',
    'Secret draft change',
    process.env.ADMIN_EMAIL!,
    '"hash"',
    '"salt"',
    'resetPasswordToken',
  ]

  beforeAll(async () => {
    const categoryId = (await adminRest('GET', '/api/categories?limit=1')).docs[0].id
    await adminRest('POST', '/api/subprocessors?draft=true', {
      name: 'Fuzz secret draft',
      category: categoryId,
      purpose: 'Must never be served to anonymous clients',
      dataProcessed: ['Secrets'],
      locations: ['Nowhere'],
      _status: 'draft',
    })
  })

  it(`never answers 5xx and never leaks hidden data (seed ${seed}, at most 400 requests or 30 s)`, async () => {
    const deadline = Date.now() + 30_000
    let sent = 0
    while (sent < 400 && Date.now() < deadline) {
      const params = new URLSearchParams()
      const count = 1 + Math.floor(random() * 3)
      for (let i = 0; i < count; i++) params.append(pick(names), pick(values))
      const path = `${pick(targets)}?${params}`
      const response = await get(path)
      sent += 1
      const context = `${path} (seed ${seed})`
      expect(response.status, context).toBeLessThan(500)
      for (const secret of secrets) expect(response.text, context).not.toContain(secret)
      if (path.startsWith('/api/users')) expect([400, 403], context).toContain(response.status)
      if (response.status >= 400 && (path.startsWith(API) || !path.startsWith('/api/'))) {
        expect(response.headers.get('content-type'), context).toBe('application/problem+json')
      }
    }
    expect(sent).toBeGreaterThan(50)
  })

  it('never answers 5xx to malformed GraphQL', async () => {
    const deadline = Date.now() + 10_000
    const fragments = [
      '{',
      '}',
      'Subprocessors',
      'Users',
      '(limit: 1000)',
      '(where: {AND: [{}]})',
      '(draft: true)',
      'docs',
      '{ name }',
      '{ email }',
      '__schema',
      '$x',
      'query',
      'mutation',
      '"',
      '...',
      'fragment f on Query { Users { docs { email } } }',
    ]
    for (let i = 0; i < 100 && Date.now() < deadline; i++) {
      const query = Array.from({ length: 1 + Math.floor(random() * 8) }, () =>
        pick(fragments),
      ).join(' ')
      const response = await graphql(query)
      const text = await response.text()
      expect(response.status, `${query} (seed ${seed})`).toBeLessThan(500)
      for (const secret of secrets) expect(text, query).not.toContain(secret)
    }
  })

  function graphql(query: string) {
    return fetch(url('/api/graphql'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    })
  }
})
