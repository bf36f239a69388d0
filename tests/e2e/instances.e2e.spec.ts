// Several app instances: two `next start` of the tests' build on one database and one Redis
// (REDIS_URL), with an edge purge address of their own. A publish through one shows on the other at
// once, pages and the public API; the edge is purged only once the other instance already answers
// with the new content; a page rendered by one is served to the other from Redis; an expiry from
// outside any request (as the jobs worker makes it) reaches both; Redis going down never turns
// into an error for visitors or editors.
import { spawn } from 'node:child_process'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { createClient } from '@redis/client'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { projectRoot } from '../../scripts/embedded-db.mjs'
import { startRedis } from '../../scripts/redis.mjs'
import { signInAsAdmin, type AdminRest } from '../helpers/admin'
import { startAnotherInstance } from '../helpers/portal'

type Portal = Awaited<ReturnType<typeof startAnotherInstance>>
type Redis = Awaited<ReturnType<typeof startRedis>>

let redis: Redis
let a: Portal
let b: Portal
let rest: AdminRest
let twilio: { id: string; notes?: string | null }
let edge: http.Server
/** Each PURGE the instances sent, with what instance B answered at that moment. */
const purges: Array<{ tags: string; bAnswered: string }> = []
const PURGE_TOKEN = 'instances-test-purge-token-0123456789abcdef'

const page = async (portal: Portal, path: string) => {
  const response = await fetch(`${portal.url}${path}`)
  return {
    status: response.status,
    cache: response.headers.get('x-nextjs-cache'),
    text: await response.text(),
  }
}
const apiNotes = async (portal: Portal) => {
  const response = await fetch(`${portal.url}/api/public/v1/subprocessors/twilio`)
  const body = (await response.json()) as { data?: { notes?: string | null } }
  return { status: response.status, notes: body.data?.notes }
}
const publishNotes = (notes: string) =>
  rest('PATCH', `/api/subprocessors/${twilio.id}`, { notes, _status: 'published' })

/** Polls (bounded) and returns how long it took. */
async function within(ms: number, check: () => Promise<boolean>) {
  const start = Date.now()
  while (!(await check())) {
    if (Date.now() - start > ms) throw new Error(`not within ${ms} ms`)
    await new Promise((r) => setTimeout(r, 50))
  }
  return Date.now() - start
}

beforeAll(async () => {
  redis = await startRedis({ log: () => {} })
  // the edge: records each purge, and asks instance B for the page at that very moment
  edge = http.createServer((request, response) => {
    void (async () => {
      const tags = String(request.headers['xkey-purge'] ?? '')
      const bAnswered = await page(b, '/subprocessors/twilio').then(
        (answer) => answer.text,
        (error: Error) => `(instance B did not answer: ${error.message})`,
      )
      purges.push({ tags, bAnswered })
      response.writeHead(200).end()
    })()
  })
  await new Promise<void>((resolve) => edge.listen(0, '127.0.0.1', resolve))
  const env = {
    ...process.env,
    REDIS_URL: redis.url,
    DISABLE_JOBS_AUTORUN: 'true',
    EDGE_PURGE_URL: `http://127.0.0.1:${(edge.address() as AddressInfo).port}/`,
    EDGE_PURGE_TOKEN: PURGE_TOKEN,
  }
  ;[a, b] = await Promise.all([startAnotherInstance(env), startAnotherInstance(env)])
  rest = (await signInAsAdmin(a.url)).rest
  twilio = (await rest('GET', '/api/subprocessors?where[slug][equals]=twilio&depth=0')).docs[0]
}, 180_000)

afterAll(async () => {
  if (twilio) await publishNotes(twilio.notes ?? '').catch(() => {})
  await Promise.all([a?.stop(), b?.stop()])
  await redis?.stop()
  await new Promise((resolve) => edge?.close(resolve))
})

describe('two instances sharing Redis', () => {
  it('show a publish through one on the other at once, page and API, and purge the edge after', async () => {
    // both have the page and the API answer cached
    for (const portal of [a, b]) {
      await page(portal, '/subprocessors/twilio')
      await apiNotes(portal)
    }
    expect((await page(b, '/subprocessors/twilio')).cache).toBe('HIT')

    const marker = `Shared through Redis ${Date.now()}`
    purges.length = 0
    await publishNotes(marker)
    const pageMs = await within(2_000, async () =>
      (await page(b, '/subprocessors/twilio')).text.includes(marker),
    )
    const api = await apiNotes(b)
    expect(api).toEqual({ status: 200, notes: marker })
    console.log(`[instances] instance B showed the publish after ${pageMs} ms`)

    await within(5_000, async () => purges.some((p) => p.tags.split(' ').includes('subprocessors')))
    const purge = purges.find((p) => p.tags.split(' ').includes('subprocessors'))!
    // when the edge was told to refetch, the other instance already answered with the new content
    expect(purge.bAnswered).toContain(marker)
  })

  it('serves a page one instance rendered to the other from Redis', async () => {
    const path = '/policies/scope'
    const first = await page(a, path)
    expect(first.status).toBe(200)
    const onB = await page(b, path)
    expect(onB.status).toBe(200)
    expect(onB.cache).toBe('HIT')
    expect(onB.text).toBe(first.text)
    // and it is in Redis, under this build
    const client = createClient({ url: redis.url })
    await client.connect()
    const keys = await client.keys('trust-center:entry:*policies/scope*')
    await client.close()
    expect(keys.length).toBeGreaterThan(0)
  })

  it('reaches both instances with an expiry made outside any request, as the worker does', async () => {
    const marker = `Written behind the cache ${Date.now()}`
    // a write no hook sees (as a change taking effect in the worker is, for Next.js)
    const client = (await import('mongoose')).default
    const connection = await client.createConnection(inject('databaseUri')).asPromise()
    await connection
      .collection('subprocessors')
      .updateOne({ _id: new client.Types.ObjectId(twilio.id) }, { $set: { notes: marker } })
    await connection.close()
    expect((await page(b, '/subprocessors/twilio')).text).not.toContain(marker)

    purges.length = 0
    // the worker's own code path: src/cache/revalidate.ts outside a request, with REDIS_URL
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(
        process.execPath,
        [
          '--import',
          'tsx/esm',
          '--input-type=module',
          '-e',
          "const redis = await import('./src/cache/redisTags.mjs'); await redis.expireTagsEverywhere(['subprocessors']); await redis.closeRedis()",
        ],
        {
          cwd: projectRoot,
          env: {
            ...process.env,
            REDIS_URL: redis.url,
            EDGE_PURGE_URL: `http://127.0.0.1:${(edge.address() as AddressInfo).port}/`,
            EDGE_PURGE_TOKEN: PURGE_TOKEN,
          },
          stdio: 'inherit',
        },
      )
      child.once('exit', resolve)
    })
    expect(code).toBe(0)
    for (const portal of [a, b]) {
      expect((await page(portal, '/subprocessors/twilio')).text).toContain(marker)
      expect((await apiNotes(portal)).notes).toBe(marker)
    }
    expect(purges.map((p) => p.tags.split(' ')).flat()).toContain('subprocessors')
    expect(purges[0]!.bAnswered).toContain(marker)
  })

  it('keeps answering while Redis is down, publishes included, and uses it again once back', async () => {
    expect(await redisReadiness(a)).toMatchObject({ ok: true })
    await redis.stop()
    // readiness says so (503, the check named), while every page still answers
    const down = await fetch(`${a.url}/api/ready`)
    expect(down.status).toBe(503)
    expect(await redisReadiness(a)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/shared cache \(Redis\)/),
    })
    for (const portal of [a, b]) {
      expect((await page(portal, '/subprocessors/twilio')).status).toBe(200)
      expect((await page(portal, '/subprocessors')).status).toBe(200)
      expect((await apiNotes(portal)).status).toBe(200)
    }
    const marker = `Published while Redis was down ${Date.now()}`
    await publishNotes(marker) // throws on anything but 2xx
    expect((await page(b, '/subprocessors/twilio')).text).toContain(marker)
    expect((await apiNotes(b)).notes).toBe(marker)

    // Redis back (empty: a cache), on the same address: the instances reconnect by themselves
    redis = await startRedis({ port: redis.port, log: () => {} })
    await within(15_000, async () => {
      await page(a, '/policies/purpose')
      return (await page(b, '/policies/purpose')).cache === 'HIT'
    })
    expect((await page(b, '/subprocessors/twilio')).text).toContain(marker)
    expect(await redisReadiness(b)).toMatchObject({ ok: true })
  })
})

/** The Redis check of an instance's /api/ready. */
async function redisReadiness(portal: { url: string }) {
  const body = (await (await fetch(`${portal.url}/api/ready`)).json()) as {
    checks: Array<{ name: string; ok: boolean; message?: string }>
  }
  return body.checks.find((check) => check.name === 'redis')
}
