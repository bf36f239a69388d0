// The Redis that several app instances and the jobs worker share (REDIS_URL): one client per
// process, and the record of which cache tags were expired when, which every instance reads before
// it answers from the shared cache (src/cache/redisCache.mjs).
//
// Tags are recorded the way Next.js's own tags manifest records them (next/dist/server/lib/
// incremental-cache/tags-manifest.external.js): per tag, when it went stale and when it expired,
// in milliseconds. An entry made before its tag expired is expired; nothing is deleted, so an
// entry still being rendered elsewhere with old data cannot outlive the expiry by being written
// after a deletion, and an instance that missed a message cannot miss the expiry (there are no
// messages: it reads the record).
//
// Plain JavaScript reading process.env itself: Next.js loads the cache handler uncompiled. The
// variable is declared, with the rest, in src/config/env.ts.
import { createClient } from '@redis/client'
import { portalTags } from './edgeTags.mjs'
import { purgeEdge } from './edgePurge.mjs'

/** Every key of this app starts so (use one Redis database per installation: /N in the URL). */
export const KEY_PREFIX = 'trust-center:'
const STALE_KEY = `${KEY_PREFIX}tags:stale`
const EXPIRED_KEY = `${KEY_PREFIX}tags:expired`
/** A command Redis has not answered by then fails, and the caller carries on without the cache. */
export const COMMAND_TIMEOUT_MS = 1_000
const LOG_EVERY_MS = 30_000

/** @typedef {import('@redis/client').RedisClientType} Client */
/** @typedef {{ stale?: number, expired?: number }} TagRecord */

/** @type {{ url: string, client: Client } | undefined} */
let shared
/** Tag expiries that could not be written (Redis down), written again once it is back. */
const pending = new Map(/** @type {[string, TagRecord][]} */ ([]))
let lastProblemLog = 0

/**
 * One JSON line, like the edge purge's; the same problem at most once per 30 s while Redis stays
 * away, unless `always` (a tag expiry that could not be recorded).
 * @param {string} msg
 * @param {unknown} error
 * @param {{ always?: boolean }} [options]
 */
export function reportRedisProblem(msg, error, { always = false } = {}) {
  const now = Date.now()
  if (!always && now - lastProblemLog < LOG_EVERY_MS) return
  if (!always) lastProblemLog = now
  console.error(
    JSON.stringify({
      time: new Date(now).toISOString(),
      level: 'error',
      msg,
      error: error instanceof Error ? error.message : error ? String(error) : undefined,
    }),
  )
}

/**
 * This process's client for REDIS_URL (null when unset). It connects in the background and keeps
 * reconnecting; commands fail at once while it is not connected (no offline queue), so a request
 * never waits on a Redis that is away. A script that used it closes it (closeRedis) to exit.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {Client | null}
 */
export function redisClient(env = process.env) {
  const url = env.REDIS_URL?.trim()
  if (!url) return null
  if (shared?.url === url) return shared.client
  const client = /** @type {Client} */ (
    createClient({
      url,
      disableOfflineQueue: true,
      commandOptions: { timeout: COMMAND_TIMEOUT_MS },
      socket: {
        connectTimeout: 2_000,
        reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5_000),
      },
    })
  )
  client.on('error', (error) =>
    reportRedisProblem(
      'Redis is unreachable: pages are rendered from the database, uncached, until it is back',
      error,
    ),
  )
  client.on('ready', () => void writePending(client))
  client.connect().catch(() => {}) // reported by the 'error' listener; it keeps trying
  shared = { url, client }
  return client
}

/** Closes this process's client (the worker, when it stops). */
export async function closeRedis() {
  const client = shared?.client
  shared = undefined
  if (client?.isOpen) await client.close().catch(() => client.destroy())
}

/**
 * The record Next.js keeps for `revalidateTag(tags, durations)` (the same rule as its file-system
 * cache): stale now, and expired after `durations.expire` seconds (at once without durations).
 * @param {number} now
 * @param {{ expire?: number }} [durations]
 * @returns {TagRecord}
 */
export function tagRecord(now, durations) {
  if (!durations) return { expired: now }
  return {
    stale: now,
    ...(durations.expire !== undefined && { expired: now + durations.expire * 1000 }),
  }
}

/**
 * Records in Redis that `tags` expired (per `tagRecord`). Resolves true once Redis has stored it;
 * false when Redis is unreachable: the record is then kept and written as soon as Redis is back,
 * and the edge purged again then.
 * @param {string[]} tags
 * @param {TagRecord} record
 * @param {Client | null} [client]
 */
export async function recordExpiredTags(tags, record, client = redisClient()) {
  if (!client || !tags.length) return false
  try {
    await write(client, tags, record)
    return true
  } catch (error) {
    for (const tag of tags) pending.set(tag, merge(pending.get(tag), record))
    reportRedisProblem(
      `Could not record in Redis that ${tags.join(', ')} expired; recorded again when Redis is back`,
      error,
      { always: true },
    )
    return false
  }
}

/** @param {Client} client @param {string[]} tags @param {TagRecord} record */
async function write(client, tags, record) {
  const multi = client.multi()
  for (const tag of tags) {
    if (record.stale !== undefined) multi.hSet(STALE_KEY, tag, String(record.stale))
    if (record.expired !== undefined) multi.hSet(EXPIRED_KEY, tag, String(record.expired))
  }
  await multi.exec()
}

/** @param {Client} client */
async function writePending(client) {
  if (!pending.size) return
  const records = [...pending]
  pending.clear()
  try {
    for (const [tag, record] of records) await write(client, [tag], record)
    // an instance may have filled the edge from a stale Redis entry meanwhile
    await purgeEdge(portalTags(records.map(([tag]) => tag)))
  } catch (error) {
    for (const [tag, record] of records) pending.set(tag, merge(pending.get(tag), record))
    reportRedisProblem('Could not record expired tags in Redis after reconnecting', error, {
      always: true,
    })
  }
}

/** @param {TagRecord | undefined} a @param {TagRecord} b @returns {TagRecord} */
function merge(a, b) {
  const later = (/** @type {number | undefined} */ x, /** @type {number | undefined} */ y) =>
    x === undefined ? y : y === undefined ? x : Math.max(x, y)
  return { stale: later(a?.stale, b.stale), expired: later(a?.expired, b.expired) }
}

/**
 * What Redis records for `tags` (tags never expired are absent). Throws when Redis does not answer.
 * @param {Client} client
 * @param {string[]} tags
 * @returns {Promise<Map<string, TagRecord>>}
 */
export async function readTagRecords(client, tags) {
  const records = new Map()
  if (!tags.length) return records
  const [stale, expired] = await Promise.all([
    client.hmGet(STALE_KEY, tags),
    client.hmGet(EXPIRED_KEY, tags),
  ])
  tags.forEach((tag, i) => {
    const record = {
      stale: stale[i] == null ? undefined : Number(stale[i]),
      expired: expired[i] == null ? undefined : Number(expired[i]),
    }
    if (record.stale !== undefined || record.expired !== undefined) records.set(tag, record)
  })
  return records
}

/**
 * Expires `tags` for every instance and then purges them at the edge: what a job does outside a
 * request (the worker has no Next.js server of its own, and needs none). The edge is purged only
 * after Redis stored the expiry, so whichever instance the edge asks next renders the new content;
 * when Redis is away the instances render uncached, so the purge still brings the new content.
 * @param {string[]} tags
 * @param {{ expire?: number }} [durations]
 */
export async function expireTagsEverywhere(tags, durations = { expire: 0 }) {
  const done = (async () => {
    await recordExpiredTags(tags, tagRecord(Date.now(), durations))
    await purgeEdge(portalTags(tags))
  })()
  inflight.add(done)
  try {
    await done
  } finally {
    inflight.delete(done)
  }
}

/** @type {Set<Promise<void>>} */
const inflight = new Set()

/** Resolves once every expiry started in this process is recorded and purged (a stopping worker). */
export async function expiriesSettled() {
  await Promise.allSettled([...inflight])
}
