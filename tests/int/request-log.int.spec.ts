// Every request gets an id (X-Request-Id, reused only when it is a safe token) and one JSON log
// line when it is done, through the real request gate on a real HTTP server; code running for the
// request, however deep in async calls, sees the id (src/observability).
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { currentRequestId } from '@/observability/requestContext'
import type { RequestLogLine } from '@/observability/requestLog'
import { installRequestGate } from '@/security/requestGate'

const lines: string[] = []
let server: http.Server
let base: string

beforeAll(async () => {
  installRequestGate({ requestLog: (line) => lines.push(line) })
  server = http.createServer(async (request, response) => {
    // the id survives awaits and timers, as it must for Payload's lines deep inside a request
    await new Promise((resolve) => setTimeout(resolve, 5))
    await Promise.resolve()
    const seen = currentRequestId()
    // as Next does for /subprocessors?q= (served by /subprocessors-filtered)
    if (request.url?.startsWith('/rewritten')) request.url = '/internal-twin?q=1'
    if (request.url?.startsWith('/fail')) response.statusCode = 500
    // as `next start` serves a proxy rewrite: a second request to itself, with the same headers
    if (request.url?.startsWith('/outer')) {
      const inner = await fetch(`${base}/inner`, {
        headers: Object.entries(request.headers).map(([k, v]): [string, string] => [k, String(v)]),
      })
      response.setHeader('content-type', 'application/json')
      response.end(JSON.stringify({ seen, inner: await inner.json() }))
      return
    }
    response.setHeader('content-type', 'application/json')
    response.end(JSON.stringify({ seen }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
})

/** The log line of the response `id` (written when the response closes). */
async function lineOf(id: string): Promise<RequestLogLine> {
  for (let i = 0; i < 100; i++) {
    const found = lines
      .map((line) => JSON.parse(line) as RequestLogLine)
      .find((l) => l.requestId === id)
    if (found) return found
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error(`no log line for ${id}`)
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe('request ids and request log lines', () => {
  it('gives a request without an id a new one, in the answer, the handler and the log line', async () => {
    const response = await fetch(`${base}/subprocessors`)
    const id = response.headers.get('x-request-id')!
    expect(id).toMatch(UUID)
    expect(((await response.json()) as { seen: string }).seen).toBe(id)
    const line = await lineOf(id)
    expect(line).toMatchObject({
      level: 30,
      msg: 'request completed',
      requestId: id,
      method: 'GET',
      path: '/subprocessors',
      status: 200,
      name: 'http',
    })
    expect(line.durationMs).toBeGreaterThanOrEqual(5)
    expect(Math.abs(line.time - Date.now())).toBeLessThan(10_000)
    expect(typeof line.pid).toBe('number')
  })

  it('reuses a safe incoming id (an edge’s or a load balancer’s)', async () => {
    const incoming = 'edge-7f3a9c.req_0001'
    const response = await fetch(`${base}/`, { headers: { 'x-request-id': incoming } })
    expect(response.headers.get('x-request-id')).toBe(incoming)
    expect(((await response.json()) as { seen: string }).seen).toBe(incoming)
    expect((await lineOf(incoming)).path).toBe('/')
  })

  it('replaces an unsafe incoming id: too short, too long, spaces, quotes, braces', async () => {
    for (const unsafe of [
      'short',
      'x'.repeat(129),
      'has space 12345',
      'quote"injected12',
      '{"level":60}abcd',
      'semi;colon12345',
    ]) {
      const response = await fetch(`${base}/`, { headers: { 'x-request-id': unsafe } })
      const id = response.headers.get('x-request-id')!
      expect(id, unsafe).toMatch(UUID)
      expect((await response.json()) as { seen: string }).toEqual({ seen: id })
      expect(lines.join('\n')).not.toContain(unsafe)
    }
  })

  it('never logs the query string, where confirmation and unsubscribe tokens travel', async () => {
    const token = 'personal-token-9f8e7d6c5b4a'
    const response = await fetch(`${base}/subscribe/confirm?token=${token}&email=a%40b.example`)
    const id = response.headers.get('x-request-id')!
    const line = await lineOf(id)
    expect(line.path).toBe('/subscribe/confirm')
    expect(lines.join('\n')).not.toContain(token)
    expect(lines.join('\n')).not.toContain('a%40b.example')
  })

  it('logs the path the client asked for, even when the server rewrites it', async () => {
    const response = await fetch(`${base}/rewritten?q=x`)
    expect((await lineOf(response.headers.get('x-request-id')!)).path).toBe('/rewritten')
  })

  it('writes one line for a request the server forwards to itself (a rewrite), with one id', async () => {
    const response = await fetch(`${base}/outer`)
    const id = response.headers.get('x-request-id')!
    expect(await response.json()).toEqual({ seen: id, inner: { seen: id } })
    expect((await lineOf(id)).path).toBe('/outer')
    await new Promise((resolve) => setTimeout(resolve, 50))
    const mine = lines.filter((line) => (JSON.parse(line) as RequestLogLine).requestId === id)
    expect(mine).toHaveLength(1)
  })

  it('treats a client’s made-up hop header as any client request', async () => {
    const response = await fetch(`${base}/made-up-hop`, {
      headers: { 'x-trust-center-hop': 'guess', 'x-request-id': 'client-id-12345' },
    })
    expect((await lineOf('client-id-12345')).path).toBe('/made-up-hop')
    expect(response.headers.get('x-request-id')).toBe('client-id-12345')
  })

  it('logs a server error at error level', async () => {
    const response = await fetch(`${base}/fail?x=1`, { method: 'POST', body: '{}' })
    expect(response.status).toBe(500)
    const line = await lineOf(response.headers.get('x-request-id')!)
    expect(line).toMatchObject({ level: 50, status: 500, method: 'POST', path: '/fail' })
  })

  it('names the request in a refusal the gate sends itself (413), and logs it', async () => {
    const response = await fetch(`${base}/api/public/v1/subprocessors`, {
      method: 'POST',
      body: 'x'.repeat(2 * 1024 * 1024),
    })
    expect(response.status).toBe(413)
    const id = response.headers.get('x-request-id')!
    expect(id).toMatch(UUID)
    expect(await lineOf(id)).toMatchObject({ status: 413, path: '/api/public/v1/subprocessors' })
  })

  it('writes exactly one line per request, each a JSON object on its own line', async () => {
    const ids: string[] = []
    for (let i = 0; i < 5; i++)
      ids.push((await fetch(`${base}/n/${i}`)).headers.get('x-request-id')!)
    for (const id of ids) await lineOf(id)
    for (const id of ids)
      expect(
        lines.filter((line) => (JSON.parse(line) as RequestLogLine).requestId === id),
      ).toHaveLength(1)
    expect(lines.every((line) => !line.includes('\n'))).toBe(true)
  })
})
