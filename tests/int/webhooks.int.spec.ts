import { createHmac } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import mongoose from 'mongoose'
import type { Payload } from 'payload'
import { Webhook } from 'standardwebhooks'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readDashboard } from '@/admin/dashboardData'
import { loadPublishedChanges } from '@/data/publicApi'
import type { User } from '@/payload-types'
import { changeEvent, queueChangeEvent } from '@/webhooks/changeEvents'
import { attemptDelivery, queueWebhookEvent, type WebhookEvent } from '@/webhooks/deliveries'
import { VERIFY_EXAMPLE } from '@/webhooks/example'
import { ATTEMPTS, RESPONSE_EXCERPT_BYTES, retryDelayMs } from '@/webhooks/vocabulary'
import {
  announceChange,
  cancelAnnounced,
  cancelChange,
  draftSubprocessor,
  localStore,
  publishedSubprocessor,
  type Store,
} from '../helpers/factories'
import { rest, seededPayload, tokenFor } from '../helpers/payload'

// Webhooks end to end on a real receiver (node:http on 127.0.0.1): every change event signed per
// the Standard Webhooks specification (checked here with the specification's algorithm written
// out, and with its reference library), retried with backoff through the real jobs queue,
// delivered once under races, sent again from the admin's REST endpoint; and nothing of it
// reachable by anyone but an admin.

let payload: Payload
let store: Store
let admin: string
let editor: string
const adminEmail = 'webhooks-admin@tests.invalid'
const stamp = Date.now().toString(36)
const announced: string[] = []
const endpointIds: string[] = []
const timeoutBefore = process.env.WEBHOOK_TIMEOUT_SECONDS

// ── the receiver ──
type Received = { path: string; headers: http.IncomingHttpHeaders; body: string }
const received: Received[] = []
/** What each path answers next: a status, or `hang` (never answers). Then 200. */
const script = new Map<string, Array<number | 'hang'>>()
let server: http.Server
let base: string
const at = (path: string) => received.filter((r) => r.path === path)

function startReceiver() {
  server = http.createServer((req, res) => {
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body })
      const next = script.get(req.url ?? '')?.shift() ?? 200
      if (next === 'hang') return
      res.writeHead(next, { 'content-type': 'text/plain' })
      res.end(next === 200 ? 'ok' : `failure ${'x'.repeat(5000)}`)
    })
  })
  return new Promise<void>((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      resolve()
    }),
  )
}

/** The specification's check, written out with node:crypto (not the code under test). */
function verifies(secret: string, { headers, body }: Received) {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64')
  const signed = `${headers['webhook-id']}.${headers['webhook-timestamp']}.${body}`
  const expected = `v1,${createHmac('sha256', key).update(signed).digest('base64')}`
  return String(headers['webhook-signature']).split(' ').includes(expected)
}

// ── the admin's side, over REST ──
async function createEndpoint(path: string, extra: Record<string, unknown> = {}) {
  const created = await rest('POST', '/api/webhook-endpoints', {
    token: admin,
    body: { url: `${base}${path}`, description: `Tests ${stamp}`, ...extra },
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  endpointIds.push(created.body.doc.id)
  return created.body.doc as { id: string; url: string }
}

async function secretOf(id: string) {
  const answer = await rest('POST', `/api/webhook-endpoints/${id}/secret`, { token: admin })
  expect(answer.status).toBe(200)
  return answer.body.secret as string
}

const deliveriesOf = async (eventId: string) =>
  (
    await payload.find({
      collection: 'webhook-deliveries',
      where: { eventId: { equals: eventId } },
      depth: 0,
      limit: 100,
    })
  ).docs

const attemptsOf = async (delivery: string) =>
  (
    await payload.find({
      collection: 'webhook-attempts',
      where: { delivery: { equals: delivery } },
      sort: 'attempt',
      depth: 0,
      limit: 100,
    })
  ).docs

const jobsCollection = () => payload.db.collections['payload-jobs']!.collection
const jobOf = (delivery: string) =>
  jobsCollection().findOne<{ waitUntil?: Date; totalTried?: number }>({
    'input.delivery': delivery,
  })

/** The jobs queue's webhook work, as the cron or a worker runs it. */
const runDeliveries = () =>
  payload.jobs.run({ where: { taskSlug: { equals: 'deliverWebhook' } }, limit: 50 })

/** Time passes: the delivery's retry is due now (the queue then runs it like any due job). */
const makeDue = (delivery: string) =>
  jobsCollection().updateMany(
    { 'input.delivery': delivery },
    { $set: { waitUntil: new Date(Date.now() - 1000) } },
  )

let events = 0
/** An event of this file's own, queued as the change hook queues one. */
const event = (type: WebhookEvent['type'] = 'change.effective'): WebhookEvent => ({
  id: `evt_test_file_${stamp}_${++events}`,
  type,
  timestamp: new Date().toISOString(),
  data: { n: events },
  change: null,
  summary: `Test file event ${events}`,
})

beforeAll(async () => {
  payload = await seededPayload()
  store = localStore(payload)
  admin = await tokenFor('admin', adminEmail)
  editor = await tokenFor('editor', 'webhooks-editor@tests.invalid')
  process.env.WEBHOOK_TIMEOUT_SECONDS = '1'
  await startReceiver()
})

afterAll(async () => {
  // no endpoint of this file may receive other files' changes
  for (const id of endpointIds)
    await payload.delete({ collection: 'webhook-endpoints', id }).catch(() => {})
  await cancelAnnounced(store, announced)
  process.env.WEBHOOK_TIMEOUT_SECONDS = timeoutBefore
  server?.closeAllConnections()
  await new Promise((resolve) => server?.close(resolve))
})

describe('change events', () => {
  let endpoint: { id: string }
  let secret: string
  let firstChange: string

  it('POSTs each event as JSON signed per the Standard Webhooks specification', async () => {
    endpoint = await createEndpoint('/all')
    const onlyEffective = await createEndpoint('/effective', { events: ['change.effective'] })
    secret = await secretOf(endpoint.id)
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/)

    const subprocessor = await draftSubprocessor(store, `Hook Analytics ${stamp}`)
    const change = await announceChange(store, { subprocessor: subprocessor.id })
    announced.push(change.id)
    firstChange = change.id
    await runDeliveries()

    const [message] = at('/all')
    expect(at('/all')).toHaveLength(1)
    expect(message!.headers['content-type']).toBe('application/json')
    expect(message!.headers['webhook-id']).toBe(`evt_${change.id}_announced`)
    const timestamp = Number(message!.headers['webhook-timestamp'])
    expect(Math.abs(timestamp - Date.now() / 1000)).toBeLessThan(60)
    expect(verifies(secret, message!)).toBe(true)
    expect(verifies(secret, { ...message!, body: message!.body.replace('}', ' }') })).toBe(false)
    expect(verifies(await secretOf(onlyEffective.id), message!)).toBe(false)
    // the reference library agrees
    expect(() =>
      new Webhook(secret).verify(message!.body, message!.headers as Record<string, string>),
    ).not.toThrow()

    // the body: type, timestamp and the change exactly as the public API serves it
    const body = JSON.parse(message!.body)
    expect(Object.keys(body)).toEqual(['type', 'timestamp', 'data'])
    expect(body.type).toBe('change.announced')
    expect(body.timestamp).toBe(change.announcedAt)
    const served = (await loadPublishedChanges(payload)).items.find((c) => c.slug === change.slug)
    expect(body.data).toEqual(served)
    expect(at('/effective')).toHaveLength(0)

    // the verification example /developers shows accepts it, and refuses it altered
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'webhook-example-'))
    fs.writeFileSync(path.join(folder, 'verify-webhook.mjs'), VERIFY_EXAMPLE)
    const example = await import(
      /* @vite-ignore */ pathToFileURL(path.join(folder, 'verify-webhook.mjs')).href
    )
    expect(example.verifyWebhook(secret, message!.headers, message!.body)).toEqual(body)
    expect(() => example.verifyWebhook(secret, message!.headers, `${message!.body} `)).toThrow(
      /signature does not match/,
    )
    fs.rmSync(folder, { recursive: true, force: true })

    // logged: one attempt, its answer, how long it took
    const [delivery] = await deliveriesOf(`evt_${change.id}_announced`)
    expect(delivery).toMatchObject({ status: 'delivered', attempts: 1, lastResponseStatus: 200 })
    const [attempt] = await attemptsOf(delivery!.id)
    expect(attempt).toMatchObject({
      attempt: 1,
      trigger: 'automatic',
      outcome: 'delivered',
      responseStatus: 200,
      responseExcerpt: 'ok',
      url: `${base}/all`,
      webhookTimestamp: timestamp,
    })
    expect(attempt!.durationMs).toBeGreaterThanOrEqual(0)

    // cancelled: the same change, marked cancelled
    await cancelChange(store, change.id)
    await runDeliveries()
    const cancelled = at('/all')[1]!
    expect(cancelled.headers['webhook-id']).toBe(`evt_${change.id}_cancelled`)
    expect(verifies(secret, cancelled)).toBe(true)
    const cancelledBody = JSON.parse(cancelled.body)
    expect(cancelledBody.type).toBe('change.cancelled')
    expect(cancelledBody.data).toEqual({
      ...served,
      status: 'cancelled',
      updatedAt: expect.any(String),
    })
  })

  it('sends "took effect" to the endpoints that take it, after the announcement', async () => {
    const before = at('/all').length
    // an urgent removal, in effect at once (and nothing of this file's left on the list)
    const subprocessor = await publishedSubprocessor(store, `Hook Mailer ${stamp}`)
    const change = await announceChange(store, {
      kind: 'removal',
      subprocessor: subprocessor.id,
      effectiveDate: new Date().toISOString(),
      urgentReason: 'The tests cannot wait 30 days.',
    })
    await runDeliveries()
    const types = at('/all')
      .slice(before)
      .map((r) => JSON.parse(r.body).type)
    expect(types.sort()).toEqual(['change.announced', 'change.effective'])
    const effective = at('/effective')
    expect(effective).toHaveLength(1)
    expect(effective[0]!.headers['webhook-id']).toBe(`evt_${change.id}_effective`)
    const body = JSON.parse(effective[0]!.body)
    expect(body).toMatchObject({ type: 'change.effective', data: { status: 'effective' } })
    expect(body.timestamp).toBe(body.data.appliedAt)
  })

  it('queues an event once per endpoint, even when the hook runs again', async () => {
    const cancelledChange = await payload.findByID({ collection: 'changes', id: firstChange })
    expect(cancelledChange.status).toBe('cancelled')
    const again = await queueChangeEvent(payload, cancelledChange!, 'change.cancelled')
    expect(again).toEqual([])
    // the same event built twice is the same message
    const [a, b] = await Promise.all([
      changeEvent(payload, cancelledChange!, 'change.cancelled'),
      changeEvent(payload, cancelledChange!, 'change.cancelled'),
    ])
    expect(a.id).toBe(b.id)
  })
})

describe('failures', () => {
  it('retries a failing receiver with exponential backoff and delivers once', async () => {
    await createEndpoint('/flaky', { events: ['change.announced'] })
    script.set('/flaky', [500, 'hang'])
    const e = event('change.announced')
    expect((await queueWebhookEvent(payload, e)).length).toBeGreaterThan(0)
    const delivery = (await deliveriesOf(e.id)).find((d) => d.url === `${base}/flaky`)!

    // 1: the receiver answers 500
    let started = Date.now()
    await runDeliveries()
    let ended = Date.now()
    const [first] = await attemptsOf(delivery.id)
    expect(first).toMatchObject({ outcome: 'failed', responseStatus: 500, error: 'Answered 500.' })
    expect(first!.responseExcerpt!.length).toBe(RESPONSE_EXCERPT_BYTES)
    let job = await jobOf(delivery.id)
    expect(job?.totalTried).toBe(1)
    // the retry is due 1 minute after the failure, which came during the run
    const retryAt = (job: { waitUntil?: Date } | null) => new Date(job!.waitUntil!).getTime()
    expect(retryAt(job)).toBeGreaterThanOrEqual(started + retryDelayMs(0))
    expect(retryAt(job)).toBeLessThanOrEqual(ended + retryDelayMs(0))
    let record = await payload.findByID({ collection: 'webhook-deliveries', id: delivery.id })
    expect(record.status).toBe('retrying')
    expect(Math.abs(Date.parse(record.nextAttemptAt!) - retryAt(job))).toBeLessThan(1000)
    // not due yet: a run sends nothing
    await runDeliveries()
    expect(at('/flaky')).toHaveLength(1)

    // 2: the receiver does not answer within the time limit (1 s here)
    await makeDue(delivery.id)
    started = Date.now()
    await runDeliveries()
    ended = Date.now()
    const attempts = await attemptsOf(delivery.id)
    expect(attempts[1]).toMatchObject({ outcome: 'failed', responseStatus: null, attempt: 2 })
    expect(attempts[1]!.error).toMatch(/No answer within 1 seconds/)
    expect(attempts[1]!.durationMs).toBeGreaterThanOrEqual(900)
    job = await jobOf(delivery.id)
    // then 2 minutes: the backoff doubles
    expect(retryAt(job)).toBeGreaterThanOrEqual(started + retryDelayMs(1))
    expect(retryAt(job)).toBeLessThanOrEqual(ended + retryDelayMs(1))

    // 3: it works again
    await makeDue(delivery.id)
    await runDeliveries()
    record = await payload.findByID({ collection: 'webhook-deliveries', id: delivery.id })
    expect(record).toMatchObject({ status: 'delivered', attempts: 3, lastResponseStatus: 200 })
    expect(await jobOf(delivery.id)).toBeNull()
    await runDeliveries()

    // three requests, one message: the same id and body, each signed for its own timestamp
    const requests = at('/flaky')
    expect(requests).toHaveLength(3)
    expect(new Set(requests.map((r) => r.headers['webhook-id']))).toEqual(new Set([e.id]))
    expect(new Set(requests.map((r) => r.body)).size).toBe(1)
    const secret = await secretOf(String(delivery.endpoint))
    expect(requests.every((r) => verifies(secret, r))).toBe(true)
    expect((await attemptsOf(delivery.id)).map((a) => a.outcome)).toEqual([
      'failed',
      'failed',
      'delivered',
    ])
  })

  it('follows no redirect', async () => {
    await createEndpoint('/moved', { events: ['change.cancelled'] })
    script.set('/moved', [301])
    const e = event('change.cancelled')
    await queueWebhookEvent(payload, e)
    await runDeliveries()
    const delivery = (await deliveriesOf(e.id)).find((d) => d.url === `${base}/moved`)!
    const [attempt] = await attemptsOf(delivery.id)
    expect(attempt).toMatchObject({ outcome: 'failed', responseStatus: 301 })
    expect(attempt!.error).toMatch(/redirects are not followed/)
    expect(received.filter((r) => r.path === '/elsewhere')).toHaveLength(0)
  })

  it(`switches an endpoint off after deliveries fail ${ATTEMPTS} times in a row, and the dashboard says so`, async () => {
    const broken = await createEndpoint('/broken', { events: ['change.cancelled'] })
    script.set('/broken', Array(ATTEMPTS).fill(503))
    // two deliveries have already failed for good
    await payload.db.collections['webhook-endpoints']!.collection.updateOne(
      { _id: new mongoose.Types.ObjectId(broken.id) },
      { $set: { failedDeliveriesInARow: 2 } },
    )
    const e = event('change.cancelled')
    await queueWebhookEvent(payload, e)
    const delivery = (await deliveriesOf(e.id)).find((d) => d.url === `${base}/broken`)!
    for (let run = 0; run < ATTEMPTS; run++) {
      await makeDue(delivery.id)
      await runDeliveries()
    }
    const record = await payload.findByID({ collection: 'webhook-deliveries', id: delivery.id })
    expect(record).toMatchObject({ status: 'failed', attempts: ATTEMPTS, lastResponseStatus: 503 })
    expect(await jobOf(delivery.id)).toBeNull()
    expect(at('/broken')).toHaveLength(ATTEMPTS)
    const endpoint = await payload.findByID({ collection: 'webhook-endpoints', id: broken.id })
    expect(endpoint).toMatchObject({ enabled: false, failedDeliveriesInARow: 3 })
    expect(endpoint.disabledReason).toMatch(/3 deliveries in a row failed/)

    const [user] = (
      await payload.find({ collection: 'users', where: { email: { equals: adminEmail } } })
    ).docs
    const dashboard = await readDashboard(payload, user as User, '/admin')
    expect(dashboard.webhooks?.switchedOff.map((s) => s.link.label)).toContain(`${base}/broken`)
    expect(dashboard.webhooks?.failed.map((f) => f.link.href)).toContain(
      `/admin/collections/webhook-deliveries/${delivery.id}`,
    )

    // a switched-off endpoint gets nothing new; switched back on, it starts afresh
    const later = event('change.cancelled')
    await queueWebhookEvent(payload, later)
    const laterDeliveries = await deliveriesOf(later.id)
    expect(laterDeliveries.some((d) => String(d.endpoint) === broken.id)).toBe(false)
    const on = await rest('PATCH', `/api/webhook-endpoints/${broken.id}`, {
      token: admin,
      body: { enabled: true },
    })
    expect(on.body.doc).toMatchObject({ enabled: true, failedDeliveriesInARow: 0 })
    expect(on.body.doc.disabledReason ?? null).toBeNull()
    await payload.update({
      collection: 'webhook-endpoints',
      id: broken.id,
      data: { enabled: false },
    })
  })
})

describe('races', () => {
  it('two processes queueing the same event create one delivery per endpoint', async () => {
    const e = event('change.effective')
    const [a, b] = await Promise.all([queueWebhookEvent(payload, e), queueWebhookEvent(payload, e)])
    const deliveries = await deliveriesOf(e.id)
    expect(deliveries.length).toBeGreaterThan(0)
    expect([...a, ...b].sort()).toEqual(deliveries.map((d) => d.id).sort())
    const jobs = await jobsCollection()
      .find({ 'input.delivery': { $in: deliveries.map((d) => d.id) } })
      .toArray()
    expect(jobs).toHaveLength(deliveries.length)

    // two queue runs at once: each endpoint receives the event once
    await Promise.all([runDeliveries(), runDeliveries()])
    const got = received.filter((r) => r.headers['webhook-id'] === e.id)
    expect(got).toHaveLength(deliveries.length)
    expect(new Set(got.map((r) => r.path)).size).toBe(deliveries.length)
  })

  it('two runs sending the same delivery at once send it once', async () => {
    const e = event('change.effective')
    await queueWebhookEvent(payload, e)
    const delivery = (await deliveriesOf(e.id)).find((d) => d.url === `${base}/effective`)!
    const results = await Promise.all([
      attemptDelivery(payload, delivery.id, { trigger: 'automatic' }),
      attemptDelivery(payload, delivery.id, { trigger: 'automatic' }),
    ])
    // the second finds the first sending it (busy), or, if it came later, already delivered
    const states = results.map((r) => r.state)
    expect(states.filter((state) => state === 'delivered')).toHaveLength(1)
    expect(states.filter((state) => state !== 'delivered')).toEqual([
      expect.stringMatching(/^(busy|already-delivered)$/),
    ])
    expect(
      received.filter((r) => r.headers['webhook-id'] === e.id && r.path === '/effective'),
    ).toHaveLength(1)
    // the queued job finds it delivered and sends nothing
    await runDeliveries()
    expect(
      received.filter((r) => r.headers['webhook-id'] === e.id && r.path === '/effective'),
    ).toHaveLength(1)
    expect(await attemptsOf(delivery.id)).toHaveLength(1)
  })
})

describe('the admin', () => {
  let endpoint: { id: string }

  it('sends a delivery again with the same webhook-id, and a test event', async () => {
    endpoint = await createEndpoint('/admin', { events: ['change.announced'] })
    const e = event('change.announced')
    await queueWebhookEvent(payload, e)
    await runDeliveries()
    const delivery = (await deliveriesOf(e.id)).find((d) => d.url === `${base}/admin`)!
    const [original] = at('/admin')

    expect((await rest('POST', `/api/webhook-deliveries/${delivery.id}/redeliver`)).status).toBe(
      401,
    )
    const refused = await rest('POST', `/api/webhook-deliveries/${delivery.id}/redeliver`, {
      token: editor,
    })
    expect(refused.status).toBe(403)
    expect(at('/admin')).toHaveLength(1)

    const again = await rest('POST', `/api/webhook-deliveries/${delivery.id}/redeliver`, {
      token: admin,
    })
    expect(again.status).toBe(200)
    expect(again.body).toMatchObject({ outcome: 'delivered', attempt: 2, responseStatus: 200 })
    expect(again.body.message).toMatch(/^Delivered: the receiver answered 200/)
    const [, resent] = at('/admin')
    expect(resent!.headers['webhook-id']).toBe(original!.headers['webhook-id'])
    expect(resent!.body).toBe(original!.body)
    expect(verifies(await secretOf(endpoint.id), resent!)).toBe(true)
    expect((await attemptsOf(delivery.id))[1]).toMatchObject({
      trigger: 'redelivery',
      sentBy: adminEmail,
      outcome: 'delivered',
    })

    // a replaced secret: both sign for a day, so the receiver can switch without a gap
    const old = await secretOf(endpoint.id)
    const replaced = await rest('POST', `/api/webhook-endpoints/${endpoint.id}/replace-secret`, {
      token: admin,
    })
    expect(replaced.status).toBe(200)
    expect(replaced.body.secret).not.toBe(old)
    expect(Date.parse(replaced.body.previousSecretSignsUntil) - Date.now()).toBeGreaterThan(
      23 * 3600_000,
    )
    await rest('POST', `/api/webhook-deliveries/${delivery.id}/redeliver`, { token: admin })
    const third = at('/admin')[2]!
    expect(third.headers['webhook-id']).toBe(original!.headers['webhook-id'])
    expect(String(third.headers['webhook-signature']).split(' ')).toHaveLength(2)
    expect(verifies(old, third)).toBe(true)
    expect(verifies(replaced.body.secret, third)).toBe(true)

    // a test event, now, with an id of its own
    const test = await rest('POST', `/api/webhook-endpoints/${endpoint.id}/test`, { token: admin })
    expect(test.status).toBe(200)
    expect(test.body.outcome).toBe('delivered')
    const ping = at('/admin')[3]!
    expect(JSON.parse(ping.body)).toMatchObject({
      type: 'webhook.test',
      data: { endpoint: `${base}/admin` },
    })
    expect(ping.headers['webhook-id']).toMatch(/^evt_test_/)
    expect(verifies(replaced.body.secret, ping)).toBe(true)
    expect(
      (await rest('POST', `/api/webhook-endpoints/${endpoint.id}/test`, { token: editor })).status,
    ).toBe(403)
  })

  it('keeps endpoints, secrets and the log from everyone but admins', async () => {
    const secret = await secretOf(endpoint.id)
    for (const collection of ['webhook-endpoints', 'webhook-deliveries', 'webhook-attempts']) {
      for (const token of [undefined, editor]) {
        const list = await rest('GET', `/api/${collection}`, { token })
        expect(list.status, `${collection} ${token ? 'editor' : 'anonymous'}`).toBe(403)
        expect(JSON.stringify(list.body)).not.toContain(base)
      }
    }
    const byId = await rest('GET', `/api/webhook-endpoints/${endpoint.id}`)
    expect(byId.status).toBe(403)
    for (const token of [undefined, editor]) {
      const answer = await rest('POST', `/api/webhook-endpoints/${endpoint.id}/secret`, { token })
      expect(answer.status).toBe(token ? 403 : 401)
      expect(JSON.stringify(answer.body)).not.toContain(secret)
    }

    // GraphQL: nothing for anonymous visitors, and no secret for anyone
    const graphql = (query: string, token?: string) =>
      rest('POST', '/api/graphql', { body: { query }, token })
    const anonymous = await graphql('{ WebhookEndpoints { docs { url } } }')
    expect(JSON.stringify(anonymous.body)).not.toContain(base)
    expect(JSON.stringify(anonymous.body)).toMatch(/not allowed|Forbidden/i)
    const attempts = await graphql('{ WebhookAttempts { docs { url responseExcerpt } } }', editor)
    expect(JSON.stringify(attempts.body)).not.toContain(base)
    // the field is in Payload's schema, but its read access refuses everyone: always null
    const asAdmin = await graphql('{ WebhookEndpoints { docs { url secret } } }', admin)
    const docs = asAdmin.body.data.WebhookEndpoints.docs as Array<{ secret: unknown }>
    expect(docs.length).toBeGreaterThan(0)
    expect(docs.every((doc) => doc.secret === null)).toBe(true)
    expect(JSON.stringify(asAdmin.body)).not.toContain(secret)

    // an admin reads the endpoint, never its secret, and cannot set or search it
    const read = await rest('GET', `/api/webhook-endpoints/${endpoint.id}`, { token: admin })
    expect(read.status).toBe(200)
    expect(JSON.stringify(read.body)).not.toContain(secret)
    expect(read.body).not.toHaveProperty('secret')
    const search = await rest(
      'GET',
      `/api/webhook-endpoints?where[secret][equals]=${encodeURIComponent(secret)}`,
      { token: admin },
    )
    expect(search.status === 200 ? search.body.docs : []).toHaveLength(0)
    const chosen = await rest('POST', '/api/webhook-endpoints', {
      token: admin,
      body: { url: `${base}/chosen`, secret: 'whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', events: [] },
    })
    expect(chosen.status).toBe(400) // no event chosen
    const made = (await createEndpoint('/chosen', {
      secret: 'whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      failedDeliveriesInARow: 7,
      enabled: false,
    })) as { id: string; failedDeliveriesInARow?: number }
    expect(made.failedDeliveriesInARow).toBe(0)
    expect(await secretOf(made.id)).not.toBe('whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')
    // editing an endpoint keeps its secret
    const edited = await rest('PATCH', `/api/webhook-endpoints/${endpoint.id}`, {
      token: admin,
      body: { description: 'Edited', secret: 'whsec_BBBB' },
    })
    expect(edited.status).toBe(200)
    expect(await secretOf(endpoint.id)).toBe(secret)

    // nobody writes the log, admins included
    const [delivery] = (await payload.find({ collection: 'webhook-deliveries', limit: 1 })).docs
    const [attempt] = (await payload.find({ collection: 'webhook-attempts', limit: 1 })).docs
    for (const [collection, id] of [
      ['webhook-deliveries', delivery!.id],
      ['webhook-attempts', attempt!.id],
    ] as const) {
      expect((await rest('POST', `/api/${collection}`, { token: admin, body: {} })).status).toBe(
        403,
      )
      expect(
        (await rest('PATCH', `/api/${collection}/${id}`, { token: admin, body: { url: 'x' } }))
          .status,
      ).toBe(403)
      expect((await rest('DELETE', `/api/${collection}/${id}`, { token: admin })).status).toBe(403)
    }
  })
})

describe('addresses', () => {
  const post = (url: string) =>
    rest('POST', '/api/webhook-endpoints', { token: admin, body: { url } })
  const messageOf = (answer: { body: any }) =>
    String(answer.body?.errors?.[0]?.data?.errors?.[0]?.message ?? JSON.stringify(answer.body))

  it('refuses what is not a web address, with a message naming the problem', async () => {
    for (const [url, message] of [
      ['not a url', /spaces/],
      ['hooks.example.com/x', /not a web address/],
      ['ftp://hooks.example.com/x', /Only https:\/\//],
      ['https://user:secret@hooks.example.com/x', /user name and password/],
    ] as const) {
      const answer = await post(url)
      expect(answer.status, url).toBe(400)
      expect(answer.body.errors[0].data.errors[0].path).toBe('url')
      expect(messageOf(answer), url).toMatch(message)
    }
  })

  it('in production, refuses http:// and addresses that are not public, and sends nowhere else', async () => {
    const local = await createEndpoint('/production', { events: ['change.effective'] })
    // a host name that resolves to loopback (as a rebound DNS name would), over https
    const named = await createEndpoint('/named', { events: ['change.effective'] })
    await payload.update({
      collection: 'webhook-endpoints',
      id: named.id,
      data: { url: `${base.replace('http://127.0.0.1', 'https://localhost')}/named` },
    })
    const e = event('change.effective')
    await queueWebhookEvent(payload, e)
    const delivery = (await deliveriesOf(e.id)).find((d) => d.url === `${base}/production`)!
    const namedDelivery = (await deliveriesOf(e.id)).find((d) => d.url?.endsWith('/named'))!
    const env = process.env as Record<string, string | undefined>
    const nodeEnv = env.NODE_ENV
    env.NODE_ENV = 'production'
    try {
      for (const [url, message] of [
        ['http://hooks.example.com/x', /Use an https:\/\/ address/],
        ['https://127.0.0.1/x', /not on the public internet/],
        ['https://10.1.2.3/x', /not on the public internet/],
        ['https://169.254.169.254/latest/meta-data', /not on the public internet/],
        ['https://[::1]/x', /not on the public internet/],
        ['https://[::ffff:7f00:1]/x', /not on the public internet/],
        ['https://localhost/x', /local name/],
      ] as const) {
        const answer = await post(url)
        expect(answer.status, url).toBe(400)
        expect(messageOf(answer), url).toMatch(message)
      }
      const publicAddress = await post('https://93.184.215.14/hooks')
      expect(publicAddress.status, JSON.stringify(publicAddress.body)).toBe(201)
      await payload.delete({ collection: 'webhook-endpoints', id: publicAddress.body.doc.id })

      // an endpoint saved before, on loopback over http, gets nothing in production
      const result = await attemptDelivery(payload, delivery.id, { trigger: 'automatic' })
      expect(result).toMatchObject({ state: 'failed', responseStatus: null })
      expect((result as { error: string }).error).toMatch(/https:\/\/ addresses only/)
      // checked again as the connection is made: the name resolves to loopback
      const rebound = await attemptDelivery(payload, namedDelivery.id, { trigger: 'automatic' })
      expect(rebound).toMatchObject({ state: 'failed', responseStatus: null })
      expect((rebound as { error: string }).error).toMatch(
        /^Not sent: localhost \(.+\) is not on the public internet/,
      )
    } finally {
      env.NODE_ENV = nodeEnv
    }
    expect(at('/production')).toHaveLength(0)
    expect(at('/named')).toHaveLength(0)
    for (const id of [local.id, named.id])
      await payload.update({ collection: 'webhook-endpoints', id, data: { enabled: false } })
  })
})
