// The public API's HTTP behaviour (HEAD, CORS, unknown addresses, filters and paging) and its
// conditional requests, against the production build served by `next start`, with plain fetch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signInAsAdmin, type AdminRest } from '../helpers/admin'
import { findSubprocessor, restStore } from '../helpers/factories'
import { get } from '../helpers/portal'
import { API, servedContract, settleEndpoints } from '../helpers/public-api'

let adminRest: AdminRest
let twilioId: string

beforeAll(async () => {
  adminRest = (await signInAsAdmin()).rest
  twilioId = (await findSubprocessor(restStore(adminRest), 'twilio')).id
  await settleEndpoints(await servedContract())
})

afterAll(async () => {
  await adminRest('PATCH', `/api/subprocessors/${twilioId}`, { notes: '', _status: 'published' })
})

describe('HTTP behaviour of the public API', () => {
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

describe('conditional requests to the public API', () => {
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

describe('a read after a write', () => {
  it('shows the publish, though pages rendered while it landed had read the list before it', async () => {
    // A draft topic of the security overview: saving it expires every page (the overview is in
    // their navigation) but not the cached list they read, so each page below is rendered anew
    // from the list as it stood before the publish. Started at several points of the publish
    // (fractions of its measured duration), some are still rendering when its expiry lands.
    const title = `Draft topic ${Date.now()}`
    const topic = await adminRest('POST', '/api/security-domains?draft=true', {
      _status: 'draft',
      title,
      statements: [{ text: 'Never published.' }],
    })
    const paths = ['/subprocessors', '/subprocessors/twilio']
    const publish = (notes: string) =>
      adminRest('PATCH', `/api/subprocessors/${twilioId}`, { notes, _status: 'published' })
    try {
      const started = Date.now()
      await publish(`Before ${started}`)
      const publishMs = Date.now() - started
      const steps = 8
      for (let step = 0; step < steps; step++) {
        await Promise.all(paths.map((path) => get(path)))
        await adminRest('PATCH', `/api/security-domains/${topic.doc.id}?draft=true`, { title })
        const notes = `Published while rendering ${Date.now()} ${step}`
        const publishing = publish(notes)
        await new Promise((resolve) => setTimeout(resolve, (publishMs * step) / steps))
        const renders = paths.map((path) => get(path))
        await publishing
        await Promise.all(renders)
        for (const path of paths)
          expect((await get(path)).text, `${path}, step ${step}`).toContain(notes)
      }
    } finally {
      await adminRest('DELETE', `/api/security-domains/${topic.doc.id}`)
    }
  })
})

// Last: a translation moves the entry's Last-Modified, which the tests above compare.
describe('the public API in another language', () => {
  it('answers in the language asked for with ?locale=, naming the texts left in English', async () => {
    const stripeId = (await findSubprocessor(restStore(adminRest), 'stripe')).id
    const translate = (purpose: string) =>
      adminRest('PATCH', `/api/subprocessors/${stripeId}?locale=de`, {
        purpose,
        _status: 'published',
      })
    await translate('Zahlungsabwicklung')
    try {
      const english = await get(`${API}/subprocessors/stripe`)
      const german = await get(`${API}/subprocessors/stripe?locale=de`)
      expect(english.headers.get('content-language')).toBe('en')
      expect(german.headers.get('content-language')).toBe('de')
      expect(german.headers.get('etag')).not.toBe(english.headers.get('etag'))
      const item = (german.body as { data: { purpose: string; untranslated: string[] } }).data
      expect(item.purpose).toBe('Zahlungsabwicklung')
      expect(item.untranslated).toContain('dataProcessed')
      expect(item.untranslated).not.toContain('purpose')
      expect(english.body).not.toHaveProperty('data.untranslated')

      const refused = await get(`${API}/subprocessors?locale=xx`)
      expect(refused.status).toBe(400)
      expect(refused.text).toContain('must be one of en, de')
      const csv = await get('/subprocessors.csv?locale=de')
      expect(csv.headers.get('content-language')).toBe('de')
      expect(csv.text).toContain('"Zweck"')
      expect(csv.text).toContain('"Zahlungsabwicklung"')
    } finally {
      await translate('')
    }
  })
})
