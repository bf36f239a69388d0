// Rate limits kept in the database, so they hold across restarts and across several instances.
//
// One document per counted request, { key, at, expiresAt }, in a collection of its own that no
// Payload API exposes; a key has at most about `limit` documents, since a request over the limit
// adds none. A request is allowed when fewer than `limit` documents of its key lie inside the
// window (a sliding window). Expired documents are deleted at most once a minute by each server.
//
// Why not rate-limiter-flexible's RateLimiterMongo, or a counter with $inc: on the embedded
// FerretDB v1.24.2 (tried) a TTL index is "not implemented yet" (code 238), which also stopped
// that library creating its unique index, and concurrent findOneAndUpdate({ $inc }) calls lose
// updates (20 at once counted to 3), so a burst went through. Inserts and counts are exact there.
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import { randomUUID } from 'node:crypto'
import type { Payload } from 'payload'

export type RateLimit = { scope: string; limit: number; windowMs: number }
export type RateLimitResult =
  { allowed: true; id: string } | { allowed: false; retryAfterSeconds: number }

const MINUTE = 60 * 1000

/** Every limit in one place (docs/security.md lists the same numbers). */
export const RATE_LIMITS = {
  subscribe: { scope: 'subscribe', limit: 5, windowMs: 15 * MINUTE },
  links: { scope: 'links', limit: 30, windowMs: 15 * MINUTE },
  objections: { scope: 'objections', limit: 10, windowMs: 60 * MINUTE },
  accessRequests: { scope: 'access-requests', limit: 5, windowMs: 15 * MINUTE },
  loginAddress: { scope: 'login-address', limit: 20, windowMs: 15 * MINUTE },
  loginAccount: { scope: 'login-account', limit: 4, windowMs: 15 * MINUTE },
} as const satisfies Record<string, RateLimit>

export const RATE_LIMIT_COLLECTION = 'rate-limit-hits'

type Hit = { _id: string; key: string; at: Date; expiresAt: Date }

const prepared = new WeakSet<object>()
let lastSweep = 0

function hits(payload: Payload) {
  const db = (payload.db as MongooseAdapter).connection.db
  if (!db) throw new Error('The database connection is not open.')
  const collection = db.collection<Hit>(RATE_LIMIT_COLLECTION)
  if (!prepared.has(db)) {
    prepared.add(db)
    void collection.createIndex({ key: 1, at: 1 }).catch(() => prepared.delete(db))
  }
  return collection
}

async function sweep(payload: Payload, now: number) {
  if (now - lastSweep < MINUTE) return
  lastSweep = now
  await hits(payload).deleteMany({ expiresAt: { $lt: new Date(now) } })
}

async function retryAfter(payload: Payload, key: string, since: Date, rule: RateLimit) {
  const [oldest] = await hits(payload)
    .find({ key, at: { $gt: since } })
    .sort({ at: 1 })
    .limit(1)
    .toArray()
  const until = oldest ? oldest.at.getTime() + rule.windowMs : Date.now() + rule.windowMs
  return Math.max(1, Math.ceil((until - Date.now()) / 1000))
}

/** Counts one request for `key` under `rule`; refused when the window already holds `limit`. */
export async function consume(
  payload: Payload,
  rule: RateLimit,
  subject: string,
): Promise<RateLimitResult> {
  const now = Date.now()
  const key = `${rule.scope}:${subject}`
  const since = new Date(now - rule.windowMs)
  const collection = hits(payload)
  await sweep(payload, now)
  const inWindow = () => collection.countDocuments({ key, at: { $gt: since } })
  if ((await inWindow()) >= rule.limit)
    return { allowed: false, retryAfterSeconds: await retryAfter(payload, key, since, rule) }
  const id = randomUUID()
  await collection.insertOne({
    _id: id,
    key,
    at: new Date(now),
    expiresAt: new Date(now + rule.windowMs),
  })
  // Concurrent requests may all have seen room; counting again after the insert keeps it exact.
  if ((await inWindow()) > rule.limit)
    return { allowed: false, retryAfterSeconds: await retryAfter(payload, key, since, rule) }
  return { allowed: true, id }
}

/** Takes back a counted request (a login that succeeded counts for nothing). */
export async function release(payload: Payload, id: string): Promise<void> {
  await hits(payload).deleteOne({ _id: id })
}

export const tooManyMessage = (retryAfterSeconds: number) =>
  `Too many attempts from your network or for this account. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`
