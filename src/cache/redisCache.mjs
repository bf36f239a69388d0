// Next.js's incremental cache in Redis, shared by every app instance (REDIS_URL): the data cache
// (`unstable_cache`, src/data/publicQuery.ts), the pages and route responses, and which tags expired
// (src/cache/redisTags.mjs). The cache handler (src/cache/handler.mjs) uses it when REDIS_URL is
// set; it decorates and purges the same way whichever store it uses.
//
// Why not a library: the two maintained Redis handlers available for this Node were checked
// against Next.js 16.4.6 (node_modules/next/dist/server/lib/incremental-cache):
// - @fortedigital/nextjs-cache-handler 3.3.0 and @trieb.work/nextjs-turbo-redis-cache 1.18.0
//   both return entries without `cacheControl`. Next.js 16.4 asks a shared handler for it
//   (CacheHandlerValue.cacheControl: "lets any instance serve the entry with its lifetime,
//   including one that did not render it"); without it, an instance that did not render a page
//   itself (a subprocessor published after the build) gives it a 1-second lifetime
//   (SharedCacheControls.get returns undefined for a runtime path).
// - Both ignore revalidateTag's `durations` and delete the tagged entries instead of recording when
//   the tag expired, so a render that started before the expiry and finishes after it is stored and
//   served as current.
// - fortedigital's seeding of the build's pages (registerInitialCache) writes keys of its own scheme,
//   not 16.4's `/route-cache/<kind>/<route>/$<path>` keys, and it requires Node 22 (this project
//   supports Node 20). trieb.work pins the `redis` 4.7.0 client, needs keyspace notifications
//   (CONFIG SET), and answers from a 10-second in-process copy synchronised by pub/sub, so an instance
//   can still serve a page after the edge was purged.
// So this is the smallest handler that keeps Next.js's own rules: entries with their lifetime, and
// tag expiry recorded as times and checked by Next's own functions (the instance's tags manifest is
// brought up to date from Redis before each answer).
//
// When Redis is unreachable every read is a miss (the page or data is rendered from the database),
// writes are skipped, and expiries are recorded in this instance at once and in Redis once it is back.
// Nothing ever waits more than COMMAND_TIMEOUT_MS on Redis, and a Redis error never reaches a visitor.
// Entries are kept per build (BUILD_ID: a new deployment never serves an old build's pages); expired
// tags are shared by all builds (an expiry during a rolling deployment reaches both).
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import {
  KEY_PREFIX,
  readTagRecords,
  recordExpiredTags,
  redisClient,
  reportRedisProblem,
  tagRecord,
} from './redisTags.mjs'

const require = createRequire(import.meta.url)
/** @type {{ tagsManifest: Map<string, { stale?: number, expired?: number }>, areTagsExpired: (tags: string[], timestamp: number) => boolean }} */
const nextTags = require('next/dist/server/lib/incremental-cache/tags-manifest.external.js')

/** An entry nobody read for this long leaves Redis (its next visitor renders it again). */
const MAX_TTL_SECONDS = 14 * 24 * 3600

/**
 * @typedef {{ lastModified: number, value: any, cacheControl?: { revalidate: number | false, expire?: number }, tags?: string[] }} Stored
 */

/** Buffers (RSC payloads, route bodies) and Maps (segment data) survive JSON. */
function replacer(/** @type {string} */ key, /** @type {unknown} */ value) {
  // @ts-expect-error `this` is the object holding `key`, before toJSON ran
  const original = this[key]
  if (ArrayBuffer.isView(original))
    return {
      $buffer: Buffer.from(original.buffer, original.byteOffset, original.byteLength).toString(
        'base64',
      ),
    }
  if (original instanceof Map) return { $map: [...original.entries()] }
  return value
}

function reviver(/** @type {string} */ _key, /** @type {any} */ value) {
  if (value && typeof value === 'object') {
    if (typeof value.$buffer === 'string') return Buffer.from(value.$buffer, 'base64')
    if (Array.isArray(value.$map)) return new Map(value.$map)
  }
  return value
}

export const serialize = (/** @type {Stored} */ stored) => JSON.stringify(stored, replacer)
export const deserialize = (/** @type {string} */ text) =>
  /** @type {Stored} */ (JSON.parse(text, reviver))

/** The tags an entry was made from: a response's own header, a data read's tags. */
function tagsOf(/** @type {Stored} */ stored, /** @type {any} */ ctx) {
  const header = stored.value?.headers?.['x-next-cache-tags']
  const tags = new Set(typeof header === 'string' ? header.split(',') : [])
  for (const tag of [...(stored.tags ?? []), ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])])
    tags.add(tag)
  return [...tags]
}

/** Brings this instance's tags manifest, which Next.js itself checks, up to what Redis records. */
function mirror(/** @type {Map<string, { stale?: number, expired?: number }>} */ records) {
  for (const [tag, record] of records) {
    const local = nextTags.tagsManifest.get(tag) ?? {}
    const later = (/** @type {number | undefined} */ a, /** @type {number | undefined} */ b) =>
      a === undefined ? b : b === undefined ? a : Math.max(a, b)
    nextTags.tagsManifest.set(tag, {
      stale: later(local.stale, record.stale),
      expired: later(local.expired, record.expired),
    })
  }
}

function ttlSeconds(/** @type {Stored} */ stored) {
  const expire = stored.cacheControl?.expire
  return Number.isFinite(expire) && /** @type {number} */ (expire) > 0
    ? Math.min(Math.ceil(/** @type {number} */ (expire)), MAX_TTL_SECONDS)
    : MAX_TTL_SECONDS
}

export default class RedisCache {
  /** @param {{ serverDistDir?: string }} ctx */
  constructor(ctx) {
    this.buildId = buildIdOf(ctx.serverDistDir)
  }

  /** @param {string} key */
  entryKey(key) {
    return `${KEY_PREFIX}entry:${this.buildId}:${key}`
  }

  /** @param {string} key @param {any} ctx */
  async get(key, ctx) {
    const client = redisClient()
    if (!client?.isReady) return null
    try {
      const text = await client.get(this.entryKey(key))
      if (!text) return null
      const stored = deserialize(text)
      const tags = tagsOf(stored, ctx)
      mirror(await readTagRecords(client, tags))
      if (nextTags.areTagsExpired(tags, stored.lastModified)) return null
      return {
        lastModified: stored.lastModified,
        value: stored.value,
        ...(stored.cacheControl && { cacheControl: stored.cacheControl }),
      }
    } catch (error) {
      reportRedisProblem('Reading the shared cache failed; rendering from the database', error)
      return null
    }
  }

  /**
   * `startedAt`: when the render of `data` began (src/cache/renderStart.mjs). The entry is stamped
   * with it, not with now: an expiry another instance made during the render, which reaches Redis
   * only after this write, still expires it.
   * @param {string} key @param {any} data @param {any} ctx @param {number} [startedAt]
   */
  async set(key, data, ctx, startedAt) {
    const client = redisClient()
    if (!client?.isReady) return
    /** @type {Stored} */
    const stored = {
      lastModified: startedAt ?? Date.now(),
      value: data,
      ...(ctx?.fetchCache
        ? { tags: ctx.tags ?? [] }
        : ctx?.cacheControl && { cacheControl: ctx.cacheControl }),
    }
    try {
      await client.set(this.entryKey(key), serialize(stored), {
        expiration: { type: 'EX', value: ttlSeconds(stored) },
      })
    } catch (error) {
      reportRedisProblem('Writing to the shared cache failed; the page stays uncached', error)
    }
  }

  /**
   * Expired here at once, and in Redis for every instance (resolves once Redis stored it, or
   * failed to: then it is written when Redis is back).
   * @param {string | string[]} tags
   * @param {{ expire?: number }} [durations]
   */
  async revalidateTag(tags, durations) {
    const list = typeof tags === 'string' ? [tags] : tags
    if (!list.length) return
    const record = tagRecord(Date.now(), durations)
    mirror(new Map(list.map((tag) => [tag, record])))
    await recordExpiredTags(list, record)
  }

  resetRequestCache() {}
}

/** @type {Map<string, string>} */
const buildIds = new Map()

/** The build's id (BUILD_ID beside the server folder), read once; one name for a build-less process. */
function buildIdOf(/** @type {string | undefined} */ serverDistDir) {
  if (!serverDistDir) return 'unbuilt'
  let id = buildIds.get(serverDistDir)
  if (id === undefined) {
    try {
      id = fs.readFileSync(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim()
    } catch {
      id = 'unbuilt'
    }
    buildIds.set(serverDistDir, id)
  }
  return id
}
