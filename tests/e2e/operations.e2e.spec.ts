// What operators and load balancers see (docs/operations.md), on the production build: liveness
// and readiness answered by our routes and not Payload's /api/[...slug], the request id and the
// JSON request lines in the server's log, Payload's lines carrying the request id, the mail server
// checked in production, and OpenTelemetry spans really exported to an OTLP/HTTP receiver.
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { freePort } from '../../scripts/embedded-db.mjs'
import { get, startAnotherInstance } from '../helpers/portal'

type Check = { name: string; ok: boolean; durationMs: number; message?: string; skipped?: boolean }
type ReadyBody = { status: string; checks: Check[] }

const serverLog = inject('serverLogPath')
const pid = process.pid

/** The JSON lines a server printed, parsed (other output skipped). */
const jsonLines = (text: string) =>
  text
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as Record<string, unknown>]
      } catch {
        return []
      }
    })

async function eventuallyLine(
  read: () => string,
  match: (line: Record<string, unknown>) => boolean,
) {
  for (let i = 0; i < 50; i++) {
    const found = jsonLines(read()).find(match)
    if (found) return found
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error('no such log line')
}

describe('liveness and readiness', () => {
  it('/api/health answers from our route, not from Payload’s catch-all, never cached', async () => {
    const { status, headers, body } = await get('/api/health')
    expect(status).toBe(200)
    expect(headers.get('cache-control')).toBe('no-store')
    expect(headers.get('content-type')).toMatch(/^application\/json/)
    expect(body).toMatchObject({ status: 'ok' })
    expect(Object.keys(body as object).sort()).toEqual(['status', 'uptimeSeconds'])
    // Payload's REST handler still owns its own addresses beside it
    expect((await get('/api/healthz')).status).toBe(404)
  })

  it('/api/ready checks the database, the jobs queue and, in production, the mail server', async () => {
    const { status, headers, body } = await get('/api/ready')
    expect(status).toBe(200)
    expect(headers.get('cache-control')).toBe('no-store')
    const ready = body as ReadyBody
    expect(ready.status).toBe('ready')
    expect(ready.checks.map((c) => c.name)).toEqual(['database', 'jobs-queue', 'smtp', 'redis'])
    // the test server runs in production mode: the mail server (Mailpit) is really verified
    expect(ready.checks.find((c) => c.name === 'smtp')).toMatchObject({ ok: true })
    expect(ready.checks.find((c) => c.name === 'smtp')?.skipped).toBeUndefined()
  })

  it('are read-only: HEAD answers without a body, POST is refused', async () => {
    const head = await get('/api/health', { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.text).toBe('')
    for (const path of ['/api/health', '/api/ready'])
      expect((await get(path, { method: 'POST', body: '{}' })).status).toBe(405)
  })
})

describe('request ids and JSON logs', () => {
  it('answers with the request id and logs one JSON line, with the path as asked, without the query string', async () => {
    const id = `e2e-ops-${pid}-page`
    const secret = `token-${pid}-never-logged`
    const { status, headers } = await get(`/subprocessors?token=${secret}`, {
      headers: { 'x-request-id': id },
    })
    expect(status).toBe(200)
    expect(headers.get('x-request-id')).toBe(id)
    const line = await eventuallyLine(
      () => fs.readFileSync(serverLog, 'utf8'),
      (l) => l.requestId === id && l.name === 'http',
    )
    expect(line).toMatchObject({
      level: 30,
      msg: 'request completed',
      method: 'GET',
      path: '/subprocessors',
      status: 200,
    })
    expect(typeof line.time).toBe('number')
    expect(typeof line.durationMs).toBe('number')
    // /subprocessors?… is served by a rewrite the server sends to itself: still one line
    await new Promise((resolve) => setTimeout(resolve, 200))
    const log = fs.readFileSync(serverLog, 'utf8')
    expect(jsonLines(log).filter((l) => l.requestId === id)).toHaveLength(1)
    expect(log).not.toContain(secret)
  })

  it('gives a new id in place of an unsafe one', async () => {
    const { headers } = await get('/api/health', { headers: { 'x-request-id': 'bad id "x"' } })
    expect(headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
  })
})

describe('a second instance: tracing on, Payload at info, the mail server down', () => {
  const exports: { path: string; bytes: number; contentType: string }[] = []
  let receiver: http.Server
  let second: Awaited<ReturnType<typeof startAnotherInstance>> | undefined

  beforeAll(async () => {
    // a tiny OTLP/HTTP receiver: records what is POSTed, answers as a collector does
    receiver = http.createServer((request, response) => {
      const chunks: Buffer[] = []
      request.on('data', (chunk: Buffer) => chunks.push(chunk))
      request.on('end', () => {
        exports.push({
          path: request.url ?? '',
          bytes: Buffer.concat(chunks).length,
          contentType: request.headers['content-type'] ?? '',
        })
        response.writeHead(200, { 'content-type': 'application/json' }).end('{}')
      })
    })
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
    const closedPort = await freePort()
    second = await startAnotherInstance({
      DISABLE_JOBS_AUTORUN: 'true',
      PAYLOAD_LOG_LEVEL: 'info',
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`,
      OTEL_SERVICE_NAME: 'trust-center-e2e',
      // the SDK's batch delay (5 s by default), so the test does not wait
      OTEL_BSP_SCHEDULE_DELAY: '200',
      // nothing listens there
      SMTP_PORT: String(closedPort),
    })
  }, 120_000)

  afterAll(async () => {
    await second?.stop()
    await new Promise((resolve) => receiver?.close(resolve))
  })

  it('exports the spans of a request to OTEL_EXPORTER_OTLP_ENDPOINT/v1/traces', async () => {
    expect((await fetch(`${second!.url}/subprocessors`)).status).toBe(200)
    const deadline = Date.now() + 20_000
    while (!exports.some((e) => e.path === '/v1/traces' && e.bytes > 0) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100))
    const traces = exports.filter((e) => e.path === '/v1/traces')
    expect(traces.length).toBeGreaterThan(0)
    expect(traces.some((e) => e.bytes > 0)).toBe(true)
  })

  it('writes Payload’s own lines of a request with its id', async () => {
    const id = `e2e-ops-${pid}-payload`
    // an anonymous read of the team is refused, and Payload logs the refusal at info level
    const response = await fetch(`${second!.url}/api/users`, { headers: { 'x-request-id': id } })
    expect(response.status).toBeGreaterThanOrEqual(400)
    const payloadLine = await eventuallyLine(
      second!.output,
      (l) => l.requestId === id && l.name === 'payload',
    )
    expect(payloadLine.level).toBe(30)
    const requestLine = await eventuallyLine(
      second!.output,
      (l) => l.requestId === id && l.name === 'http',
    )
    expect(requestLine).toMatchObject({ path: '/api/users', status: response.status })
  })

  it('is not ready while its mail server is down, saying so without naming it', async () => {
    const started = Date.now()
    const response = await fetch(`${second!.url}/api/ready`)
    expect(Date.now() - started).toBeLessThan(8_000)
    expect(response.status).toBe(503)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const text = await response.text()
    const ready = JSON.parse(text) as ReadyBody
    expect(ready.status).toBe('not ready')
    expect(ready.checks.find((c) => c.name === 'smtp')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^The mail server/),
    })
    expect(ready.checks.find((c) => c.name === 'database')?.ok).toBe(true)
    // this instance does not run the queue: it reports the queue's state in the database
    expect(ready.checks.find((c) => c.name === 'jobs-queue')?.ok).toBe(true)
    expect(text).not.toMatch(/127\.0\.0\.1|localhost|ECONNREFUSED|\bat \w/)
  })
})
