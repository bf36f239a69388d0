// Webhook deliveries: one per event and endpoint, created once (a unique key, the event id and the
// endpoint), sent by the jobs queue (./tasks.ts) and retried with backoff; every attempt appended
// to the log, never edited. Like the notices (src/notices/tasks.ts) these records are written
// straight to the database: only the server writes them, and the unique keys decide races on
// FerretDB and MongoDB alike. Which events exist: ./changeEvents.ts.
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import { randomBytes } from 'node:crypto'
import mongoose from 'mongoose'
import type { Payload } from 'payload'
import { serverConfig } from '@/config/env'
import { CLAIMS_COLLECTION, claimOnce } from '@/db/claims'
import { formatDateTime } from '@/utilities/dates'
import { delivered, postWebhook } from './send'
import { signedHeaders } from './signing'
import {
  ATTEMPTS,
  DISABLE_AFTER_FAILED_DELIVERIES,
  TEST_EVENT,
  type AttemptTrigger,
  type DeliveredEventType,
  type DeliveryStatus,
} from './vocabulary'

export const ENDPOINTS = 'webhook-endpoints'
export const DELIVERIES = 'webhook-deliveries'
export const ATTEMPT_LOG = 'webhook-attempts'
export const DELIVER_TASK = 'deliverWebhook'

/** What happened, and when: the body every endpoint receives for it is built from this. */
export type WebhookEvent = {
  /** The webhook-id: the same for every endpoint, every retry and every redelivery. */
  id: string
  type: DeliveredEventType
  timestamp: string
  data: unknown
  change: string | null
  /** One line for the admin's lists. */
  summary: string
}

/** The body: exactly these three members, in this order (docs/webhooks.md). */
export const eventBody = (event: WebhookEvent) =>
  JSON.stringify({ type: event.type, timestamp: event.timestamp, data: event.data })

type Id = mongoose.Types.ObjectId
type EndpointDoc = {
  _id: Id
  url: string
  enabled?: boolean | null
  events?: string[] | null
  secret?: string | null
  previousSecret?: string | null
  previousSecretUntil?: Date | null
  failedDeliveriesInARow?: number | null
}
type DeliveryDoc = {
  _id: Id
  key: string
  endpoint: Id
  url: string
  eventId: string
  eventType: DeliveredEventType
  change: Id | null
  summary: string
  body: string
  status: DeliveryStatus
  attempts: number
  createdAt: Date
  updatedAt: Date
}

const oid = (id: string) => new mongoose.Types.ObjectId(id)
const models = (payload: Payload) => ({
  Endpoints: payload.db.collections[ENDPOINTS]!,
  Deliveries: payload.db.collections[DELIVERIES]!,
  Attempts: payload.db.collections[ATTEMPT_LOG]!,
})

// The unique keys decide every race. Payload builds the same indexes, but not before its first
// index build has finished; creating them here first costs one command per process.
const indexed = new WeakMap<object, Promise<unknown>>()
const uniqueKey = (collection: mongoose.mongo.Collection) => {
  if (!indexed.has(collection))
    indexed.set(collection, collection.createIndex({ key: 1 }, { unique: true }))
  return indexed.get(collection)!
}

/** Inserts the documents whose key is new; returns those this call inserted. */
async function insertNew<T extends { _id: Id }>(collection: mongoose.mongo.Collection, docs: T[]) {
  if (!docs.length) return []
  await uniqueKey(collection)
  try {
    await collection.insertMany(docs as never[], { ordered: false })
    return docs
  } catch (error) {
    const inserted = new Set(
      Object.values((error as { insertedIds?: Record<string, unknown> }).insertedIds ?? {}).map(
        String,
      ),
    )
    if (!(error as { writeErrors?: unknown }).writeErrors && !inserted.size) throw error
    // insertedIds lists what the driver sent; only those the server kept count
    const kept = await collection
      .find({ _id: { $in: docs.map((d) => d._id) } }, { projection: { _id: 1 } })
      .toArray()
    const landed = new Set(kept.map((d) => String(d._id)))
    return docs.filter((d) => landed.has(String(d._id)))
  }
}

/**
 * Creates the deliveries of `event`, one for each endpoint switched on for its type, and queues
 * each for sending. An event is queued once per endpoint: a second call (a hook run twice, two
 * processes at once) finds the keys taken and queues nothing. Returns the new deliveries' ids.
 */
export async function queueWebhookEvent(payload: Payload, event: WebhookEvent): Promise<string[]> {
  const endpoints = await endpointsTaking(payload, event.type)
  if (!endpoints.length) return []
  const { Deliveries } = models(payload)
  const won = await insertNew(Deliveries.collection, endpoints.map(deliveryFor(event)))
  for (const delivery of won)
    await payload.jobs.queue({ task: DELIVER_TASK, input: { delivery: String(delivery._id) } })
  return won.map((d) => String(d._id))
}

/** The endpoints switched on for events of `type` (a handful: read whole, filtered here). */
export async function endpointsTaking(payload: Payload, type: DeliveredEventType) {
  const endpoints = await models(payload)
    .Endpoints.find({ enabled: true }, { url: 1, events: 1 })
    .lean<EndpointDoc[]>()
  return endpoints.filter((endpoint) => (endpoint.events ?? []).includes(type))
}

const deliveryFor =
  (event: WebhookEvent) =>
  (endpoint: Pick<EndpointDoc, '_id' | 'url'>): DeliveryDoc => {
    const now = new Date()
    return {
      _id: new mongoose.Types.ObjectId(),
      key: `${event.id}@${endpoint._id}`,
      endpoint: endpoint._id,
      url: endpoint.url,
      eventId: event.id,
      eventType: event.type,
      change: event.change ? oid(event.change) : null,
      summary: event.summary,
      body: eventBody(event),
      status: 'pending',
      attempts: 0,
      createdAt: now,
      updatedAt: now,
    }
  }

export type AttemptResult =
  | {
      state: 'delivered' | 'failed'
      delivery: string
      attempt: number
      responseStatus: number | null
      durationMs: number
      error: string | null
    }
  /** Nothing sent: delivered already (an automatic run), or another process is sending it now. */
  | { state: 'already-delivered' | 'busy' | 'missing'; delivery: string }
  | { state: 'skipped'; delivery: string; reason: string }

type AttemptOptions = {
  trigger: AttemptTrigger
  /** The admin who asked (a redelivery, a test event). */
  by?: string | null
  /** What a failure makes of the delivery; by default it keeps its status (a redelivery). */
  onFailure?: { status: 'retrying'; nextAttemptAt: Date } | { status: 'failed' }
}

/**
 * Makes one attempt to send a delivery, records it, and returns how it went. The attempt's number
 * is claimed first (src/db/claims.ts), so two processes never send the same attempt: the one that
 * loses answers `busy`. The webhook-id and the body are the delivery's own, the same on every
 * attempt; the timestamp and signature are new each time. Sent to the endpoint's current address
 * with its current secret (and, for a day after it was replaced, the previous one).
 */
export async function attemptDelivery(
  payload: Payload,
  deliveryId: string,
  options: AttemptOptions,
): Promise<AttemptResult> {
  const { Endpoints, Deliveries } = models(payload)
  const result = { delivery: deliveryId }
  if (!mongoose.isObjectIdOrHexString(deliveryId)) return { ...result, state: 'missing' }
  const delivery = await Deliveries.findById(deliveryId).lean<DeliveryDoc>()
  if (!delivery) return { ...result, state: 'missing' }
  const automatic = options.trigger === 'automatic'
  if (automatic && delivery.status === 'delivered') return { ...result, state: 'already-delivered' }
  const endpoint = await Endpoints.findById(delivery.endpoint).lean<EndpointDoc>()
  const skip = !endpoint
    ? 'The endpoint was deleted.'
    : automatic && !endpoint.enabled
      ? 'The endpoint is switched off.'
      : null
  if (skip || !endpoint) {
    if (automatic)
      await updateDelivery(payload, delivery._id, { status: 'skipped', lastError: skip })
    return { ...result, state: 'skipped', reason: skip ?? '' }
  }

  const attempt = await claimAttempt(payload, delivery)
  if (attempt === null) return { ...result, state: 'busy' }
  const at = new Date()
  const secrets = [endpoint.secret, ...currentPreviousSecret(endpoint, at)].filter(
    (s): s is string => Boolean(s),
  )
  const headers = signedHeaders(secrets, delivery.eventId, at, delivery.body)
  const timeoutMs = serverConfig().WEBHOOK_TIMEOUT_SECONDS * 1000
  const answer = secrets.length
    ? await postWebhook(endpoint.url, { ...headers }, delivery.body, { timeoutMs })
    : {
        status: null,
        excerpt: null,
        durationMs: 0,
        error: 'Not sent: the endpoint has no secret. Replace its secret in the admin.',
      }
  const ok = delivered(answer.status) && !answer.error
  await recordAttempt(payload, delivery, {
    attempt,
    trigger: options.trigger,
    sentBy: options.by ?? null,
    url: endpoint.url,
    sentAt: at,
    webhookTimestamp: Number(headers['webhook-timestamp']),
    outcome: ok ? 'delivered' : 'failed',
    responseStatus: answer.status,
    responseExcerpt: answer.excerpt,
    durationMs: answer.durationMs,
    error: answer.error,
  })
  const status: DeliveryStatus | undefined = ok ? 'delivered' : options.onFailure?.status
  await updateDelivery(payload, delivery._id, {
    ...(status && { status }),
    attempts: attempt,
    lastAttemptAt: at,
    lastResponseStatus: answer.status,
    lastError: answer.error,
    ...(ok && { deliveredAt: at, nextAttemptAt: null }),
    ...(!ok &&
      options.onFailure && {
        nextAttemptAt:
          options.onFailure.status === 'retrying' ? options.onFailure.nextAttemptAt : null,
      }),
  })
  if (ok) await endpointSucceeded(payload, endpoint)
  else if (options.onFailure?.status === 'failed') await endpointFailedDelivery(payload, endpoint)
  return {
    ...result,
    state: ok ? 'delivered' : 'failed',
    attempt,
    responseStatus: answer.status,
    durationMs: answer.durationMs,
    error: answer.error,
  }
}

const currentPreviousSecret = (endpoint: EndpointDoc, at: Date) =>
  endpoint.previousSecret &&
  endpoint.previousSecretUntil &&
  new Date(endpoint.previousSecretUntil).getTime() > at.getTime()
    ? [endpoint.previousSecret]
    : []

/** Longer than any attempt can take: a claim this old whose attempt was never recorded was abandoned. */
const abandonedAfterMs = () => serverConfig().WEBHOOK_TIMEOUT_SECONDS * 1000 + 60_000

const attemptKey = (delivery: Id | string, attempt: number) => `${delivery}#${attempt}`

/**
 * The number of this delivery's next attempt, claimed for this process, or null when another
 * process holds it (it is sending now, or has just sent it). A number claimed by a process that
 * died before recording its attempt is recorded as abandoned, and the next number is tried.
 */
async function claimAttempt(payload: Payload, delivery: DeliveryDoc): Promise<number | null> {
  const { Attempts } = models(payload)
  const adapter = payload.db as MongooseAdapter
  const [last] = await Attempts.find({ delivery: delivery._id }, { attempt: 1 })
    .sort({ attempt: -1 })
    .limit(1)
    .lean<Array<{ attempt: number }>>()
  for (let attempt = (last?.attempt ?? 0) + 1; ; attempt++) {
    const key = `webhook:${delivery._id}#${attempt}`
    if (await claimOnce(adapter, key)) return attempt
    if (await Attempts.exists({ key: attemptKey(delivery._id, attempt) })) return null
    const claim = await adapter.connection
      .collection<{ _id: string; at: Date }>(CLAIMS_COLLECTION)
      .findOne({ _id: key })
    if (claim && Date.now() - new Date(claim.at).getTime() < abandonedAfterMs()) return null
    if (await claimOnce(adapter, `${key}:abandoned`))
      await recordAttempt(payload, delivery, {
        attempt,
        trigger: 'automatic',
        sentBy: null,
        url: delivery.url,
        sentAt: new Date(claim?.at ?? Date.now()),
        webhookTimestamp: null,
        outcome: 'failed',
        responseStatus: null,
        responseExcerpt: null,
        durationMs: null,
        error:
          'The process sending this attempt stopped before it recorded the answer: the receiver may or may not have received it.',
      })
  }
}

type AttemptRecord = {
  attempt: number
  trigger: AttemptTrigger
  sentBy: string | null
  url: string
  sentAt: Date
  webhookTimestamp: number | null
  outcome: 'delivered' | 'failed'
  responseStatus: number | null
  responseExcerpt: string | null
  durationMs: number | null
  error: string | null
}

async function recordAttempt(payload: Payload, delivery: DeliveryDoc, record: AttemptRecord) {
  const { Attempts } = models(payload)
  const now = new Date()
  const answered = record.responseStatus === null ? 'no answer' : `HTTP ${record.responseStatus}`
  await insertNew(Attempts.collection, [
    {
      _id: new mongoose.Types.ObjectId(),
      key: attemptKey(delivery._id, record.attempt),
      delivery: delivery._id,
      endpoint: delivery.endpoint,
      eventId: delivery.eventId,
      eventType: delivery.eventType,
      summary: `Attempt ${record.attempt}: ${record.outcome}, ${answered}`,
      ...record,
      createdAt: now,
      updatedAt: now,
    },
  ])
}

async function updateDelivery(payload: Payload, id: Id, set: Record<string, unknown>) {
  await models(payload).Deliveries.collection.updateOne(
    { _id: id },
    { $set: { ...set, updatedAt: new Date() } },
  )
}

async function endpointSucceeded(payload: Payload, endpoint: EndpointDoc) {
  if (!endpoint.failedDeliveriesInARow) return
  await models(payload).Endpoints.collection.updateOne(
    { _id: endpoint._id },
    { $set: { failedDeliveriesInARow: 0, updatedAt: new Date() } },
  )
}

/**
 * A delivery to this endpoint failed for good: after DISABLE_AFTER_FAILED_DELIVERIES in a row the
 * endpoint is switched off, saying why (shown on the dashboard); an admin switches it back on.
 */
async function endpointFailedDelivery(payload: Payload, endpoint: EndpointDoc) {
  const { Endpoints } = models(payload)
  const failures = (endpoint.failedDeliveriesInARow ?? 0) + 1
  const now = new Date()
  const switchOff = failures >= DISABLE_AFTER_FAILED_DELIVERIES && endpoint.enabled
  await Endpoints.collection.updateOne(
    { _id: endpoint._id },
    {
      $set: {
        failedDeliveriesInARow: failures,
        updatedAt: now,
        ...(switchOff && {
          enabled: false,
          disabledAt: now,
          disabledReason: `Switched off on ${formatDateTime(now.toISOString())} because ${failures} deliveries in a row failed, each after ${ATTEMPTS} attempts. Fix the receiver, switch the endpoint back on, then send the failed deliveries again.`,
        }),
      },
    },
  )
}

/** A test event for an endpoint: an id of its own each time. */
export const testEvent = (endpointUrl: string): WebhookEvent => ({
  id: `evt_test_${randomBytes(12).toString('base64url')}`,
  type: TEST_EVENT,
  timestamp: new Date().toISOString(),
  data: {
    message:
      'A test event from the trust center: if you can read this and its signature verifies, the endpoint is ready.',
    endpoint: endpointUrl,
  },
  change: null,
  summary: 'Test event',
})

/**
 * A test event to one endpoint, now: a delivery of its own, sent once, never retried. For an
 * admin checking that the receiver answers and verifies the signature. Null: no such endpoint.
 */
export async function sendTestEvent(
  payload: Payload,
  endpointId: string,
  by: string | null,
): Promise<AttemptResult | null> {
  const { Endpoints, Deliveries } = models(payload)
  if (!mongoose.isObjectIdOrHexString(endpointId)) return null
  const endpoint = await Endpoints.findById(endpointId, { url: 1 }).lean<EndpointDoc>()
  if (!endpoint) return null
  const event = testEvent(endpoint.url)
  const [delivery] = await insertNew(Deliveries.collection, [deliveryFor(event)(endpoint)])
  return attemptDelivery(payload, String(delivery!._id), { trigger: 'test', by })
}
