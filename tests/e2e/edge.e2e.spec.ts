// The edge (deploy/varnish/default.vcl) in front of two app instances (scripts/cluster.mjs), on the
// browser tests' build and database: what it keeps, what it never keeps, tag purges, and what it
// serves while the app is down.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { startCluster } from '../../scripts/cluster.mjs'
import { freePort } from '../../scripts/embedded-db.mjs'

type Cluster = Awaited<ReturnType<typeof startCluster>>
let cluster: Cluster
let work: string

const edge = (p: string, init: RequestInit = {}) =>
  fetch(new URL(p, cluster.url), { redirect: 'manual', ...init })

/** Two anonymous reads: the second must come from the edge's cache. */
async function twice(p: string) {
  const first = await edge(p)
  await first.arrayBuffer()
  const second = await edge(p)
  return { first, second, body: await second.text() }
}

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'edge-'))
  cluster = await startCluster({
    port: await freePort(),
    dataDir: work,
    workDir: path.join(work, 'varnish'),
    distDir: process.env.E2E_DIST_DIR || '.next-test',
    build: false,
    // the browser tests' server works the queue on this database
    worker: false,
    // the build was made for the browser tests' server: the instances say that address
    publicUrl: inject('portalUrl'),
    env: {
      ...process.env,
      DATABASE_URI: inject('databaseUri'),
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(inject('smtpPort')),
      PAYLOAD_LOG_LEVEL: 'error',
    },
    log: () => {},
  })
}, 180_000)

afterAll(async () => {
  await cluster?.stop()
  if (work) fs.rmSync(work, { recursive: true, force: true })
})

async function signIn() {
  const response = await edge('/api/users/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD }),
  })
  const { token } = (await response.json()) as { token: string }
  expect(token).toBeTruthy()
  const rest = async (method: string, p: string, body?: unknown) => {
    const answer = await edge(p, {
      method,
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const json = await answer.json()
    if (!answer.ok) throw new Error(`${method} ${p}: ${answer.status} ${JSON.stringify(json)}`)
    return json
  }
  return { token, rest }
}

async function aPolicy(rest: Awaited<ReturnType<typeof signIn>>['rest']) {
  const { docs } = await rest(
    'GET',
    '/api/policies?limit=1&depth=0&where[_status][equals]=published',
  )
  expect(docs.length).toBe(1)
  return docs[0] as { id: string; slug: string; title: string }
}

describe('what the edge keeps', () => {
  it.each([
    ['/subprocessors', 'subprocessors'],
    ['/changes/rss.xml', 'changes'],
    ['/api/public/v1/subprocessors', 'subprocessors'],
    ['/subprocessors.csv', 'subprocessors'],
    ['/.well-known/security.txt', 'trust-center'],
    ['/security', 'security'],
    ['/compliance', 'certifications'],
    ['/faq', 'faq'],
    ['/documents', 'documents'],
    ['/api/public/v1/documents', 'documents'],
  ])('%s names its tags and is served from the cache the second time', async (p, tag) => {
    const { first, second } = await twice(p)
    expect(first.status).toBe(200)
    for (const header of ['xkey', 'surrogate-key'])
      expect(first.headers.get(header)?.split(' ')).toEqual(expect.arrayContaining([tag, 'all']))
    expect(first.headers.get('cache-tag')?.split(',')).toEqual(expect.arrayContaining([tag, 'all']))
    expect(first.headers.get('cache-control')).toMatch(/s-maxage=\d+/)
    expect(second.headers.get('x-cache')).toMatch(/^HIT/)
  })

  it('a policy page names the policies and the settings it was built from', async () => {
    const { rest } = await signIn()
    const policy = await aPolicy(rest)
    const { first, second } = await twice(`/policies/${policy.slug}`)
    expect(first.status).toBe(200)
    expect(first.headers.get('xkey')?.split(' ')).toEqual(
      expect.arrayContaining(['policies', 'trust-center', 'all']),
    )
    expect(second.headers.get('x-cache')).toMatch(/^HIT/)
  })
})

describe('what the edge never keeps', () => {
  it.each([
    '/admin',
    '/api/users/me',
    '/api/health',
    '/subscribe',
    '/notices/confirm?token=x',
    '/access',
    '/documents/some-document/request',
    '/documents/some-document/download',
  ])('%s is passed to the app every time', async (p) => {
    const { first, second } = await twice(p)
    expect(first.headers.get('x-cache')).toBe('MISS')
    expect(second.headers.get('x-cache')).toBe('MISS')
  })

  it('gives each request one id, in its log and in the app’s (X-Request-Id)', async () => {
    const answer = await edge('/api/health')
    expect(answer.headers.get('x-request-id')).toMatch(/^varnish-\d+$/)
    const own = await edge('/api/health', { headers: { 'x-request-id': 'client-chosen-id-1' } })
    expect(own.headers.get('x-request-id')).toBe('client-chosen-id-1')
  })

  it('refuses the internal addresses and purges without the token', async () => {
    expect((await edge('/api/internal/revalidate', { method: 'POST' })).status).toBe(404)
    const purge = await edge('/', { method: 'PURGE', headers: { 'xkey-purge': 'all' } })
    expect(purge.status).toBe(403)
    const wrong = await edge('/', {
      method: 'PURGE',
      headers: { 'xkey-purge': 'all', authorization: 'Bearer not-the-token' },
    })
    expect(wrong.status).toBe(403)
  })

  it('never shows a signed-in editor’s draft to an anonymous visitor', async () => {
    const { token, rest } = await signIn()
    const policy = await aPolicy(rest)
    const marker = `Draft only ${Date.now()}`
    const address = `/policies/${policy.slug}`
    await twice(address) // the published page is in the edge's cache
    await rest('PATCH', `/api/policies/${policy.id}?draft=true`, { title: marker })
    try {
      // the editor enters draft mode (the admin's Preview button) and reads the page through the edge
      const preview = await edge(`/preview?path=${encodeURIComponent(address)}`, {
        // a browser says where a request comes from; Payload's cookie sign-in requires it
        headers: { cookie: `payload-token=${token}`, 'sec-fetch-site': 'same-origin' },
      })
      expect(preview.status).toBe(307)
      const draftCookie = /__prerender_bypass=[^;]+/.exec(preview.headers.get('set-cookie') ?? '')
      expect(draftCookie).not.toBeNull()
      const cookie = `payload-token=${token}; ${draftCookie![0]}`
      for (let i = 0; i < 3; i++) {
        const staff = await edge(address, { headers: { cookie, 'sec-fetch-site': 'same-origin' } })
        expect(staff.headers.get('x-cache')).toBe('MISS')
        expect(await staff.text()).toContain(marker)
      }
      // anonymous visitors, before and after: the published page only
      for (let i = 0; i < 3; i++) {
        const visitor = await edge(address)
        expect(visitor.status).toBe(200)
        expect(await visitor.text()).not.toContain(marker)
      }
      // a visitor with an unrelated cookie still gets the shared copy
      const withCookie = await edge(address, { headers: { cookie: 'theme=dark' } })
      expect(withCookie.headers.get('x-cache')).toMatch(/^HIT/)
      expect(await withCookie.text()).not.toContain(marker)
    } finally {
      await rest('PATCH', `/api/policies/${policy.id}?draft=true`, { title: policy.title })
    }
  })
})

describe('purges', () => {
  it('a publish is visible through the edge within a second (the hook purges the same tags)', async () => {
    const { rest } = await signIn()
    const policy = await aPolicy(rest)
    const address = `/policies/${policy.slug}`
    const feed = '/api/public/v1/policies'
    await twice(address)
    await twice(feed)
    const title = `${policy.title} (${Date.now()})`
    try {
      await rest('PATCH', `/api/policies/${policy.id}`, { title, _status: 'published' })
      // The purge follows the expiry, which Next.js records as the save's request ends (and, with
      // Redis, for every instance): the bound is one second. Without a purge the edge
      // would keep the old copy for s-maxage, five minutes.
      const shows = async (p: string) => (await (await edge(p)).text()).includes(title)
      const deadline = Date.now() + 1_000
      let page = false
      let api = false
      while (!(page && api) && Date.now() < deadline) {
        page ||= await shows(address)
        api ||= await shows(feed)
        if (!(page && api)) await new Promise((r) => setTimeout(r, 20))
      }
      expect({ page, api }).toEqual({ page: true, api: true })
      // and the new version is what the edge now keeps
      const again = await edge(address)
      expect(again.headers.get('x-cache')).toMatch(/^HIT/)
      expect(await again.text()).toContain(title)
    } finally {
      await rest('PATCH', `/api/policies/${policy.id}`, {
        title: policy.title,
        _status: 'published',
      })
    }
  })
})

describe('with every app instance down', () => {
  it('keeps serving the public list, a policy, the feed and the API from its cache', async () => {
    const { rest } = await signIn()
    const policy = await aPolicy(rest)
    const addresses = [
      '/subprocessors',
      `/policies/${policy.slug}`,
      '/changes/rss.xml',
      '/api/public/v1/subprocessors',
    ]
    const before = new Map<string, string>()
    for (const p of addresses) before.set(p, (await twice(p)).body)
    for (const app of cluster.apps) process.kill(app.pid!, 'SIGKILL')
    try {
      for (const p of addresses) {
        const answer = await edge(p)
        expect(answer.status, p).toBe(200)
        expect(await answer.text(), p).toBe(before.get(p))
      }
      // what it never had cannot be served: a clear 503, not a hang
      const missing = await edge('/api/public/v1/subprocessors?never-cached=1')
      expect(missing.status).toBe(503)
      expect(missing.headers.get('retry-after')).toBe('30')
    } finally {
      for (let i = 0; i < cluster.apps.length; i++) await cluster.restartApp(i)
    }
  })
})
