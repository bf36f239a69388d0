// When the render (a page, a route's answer, a cached data read) an entry comes from began, so the
// cache handler (src/cache/handler.mjs) never stores as current what was rendered from content a
// write has since replaced.
//
// Next.js stamps an entry with the time it is stored, and counts it expired only when one of its
// tags expired after that stamp. A page whose render read the cached list before a publish and
// finishes after the publish expired the list's tag is therefore stored as if made after it, and
// served as current (until the next expiry, or REVALIDATE_AT_MOST_EVERY_SECONDS): a read after the
// publish's answer shows the old list. The same holds for a cached data read that queried the
// database before a write. Renders take a good part of a write's own time, so any render in
// progress when a write lands will do (tests/e2e/public-api-http.e2e.spec.ts, "a read after a
// write"). Next's "use cache" handler stamps entries at the start of their render, but only for
// `'use cache'` functions, which need cacheComponents, a rendering model this project does not
// use; its incremental cache (`unstable_cache`, pages, route answers) has no such stamp in 16.4.
//
// So the handler notes when each render began: when Next read the entry and, finding it missing or
// out of date, went on to render it (Next reads before every render). Which read began which render:
// - Cached data reads (`unstable_cache`, kind FETCH): several requests may render one key at once.
//   Each call carries its request (Next's work store, an AsyncLocalStorage shared with this handler)
//   and a number unique within it (`fetchIdx`; unique in the process outside requests), the same
//   on its read and its write, so they pair exactly.
// - Pages and route answers: Next renders a key once at a time per process (its response cache
//   gathers every request for the key until the render is stored), so the last read of a key began
//   the render being stored. After a failed render Next stores the previous entry again: that one
//   is as old as its own stamp.
// A read whose render never stores anything (a hit, a failure) is forgotten with its request, or
// after FORGET_MS.
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
/** @type {{ tagsManifest: Map<string, { stale?: number, expired?: number }> }} */
const nextTags = require('next/dist/server/lib/incremental-cache/tags-manifest.external.js')
/** @type {{ workAsyncStorage: import('node:async_hooks').AsyncLocalStorage<object> }} */
const nextWork = require('next/dist/server/app-render/work-async-storage.external.js')

/** @typedef {{ at: number, softTags?: string[] }} DataRead */
/** @typedef {{ at: number, value?: WeakRef<object>, lastModified?: number }} PageRead */

const FORGET_MS = 10 * 60_000
/** Data reads made in a request, by `key#fetchIdx`: forgotten with the request. */
const dataReadsByRequest = /** @type {WeakMap<object, Map<string, DataRead>>} */ (new WeakMap())
/** Data reads made outside any request (a script, the jobs queue), by `key#fetchIdx`. */
const dataReadsOutside = /** @type {Map<string, DataRead>} */ (new Map())
/** The last read of each page or route answer, by key. */
const pageReads = /** @type {Map<string, PageRead>} */ (new Map())

const isData = (/** @type {any} */ ctx) => ctx?.kind === 'FETCH' || ctx?.fetchCache === true

function dataReads() {
  const request = nextWork.workAsyncStorage.getStore()
  if (!request) return dataReadsOutside
  let reads = dataReadsByRequest.get(request)
  if (!reads) dataReadsByRequest.set(request, (reads = new Map()))
  return reads
}

/**
 * Adds `record` last (a Map keeps insertion order) and drops what is older than FORGET_MS.
 * @template {{ at: number }} R
 * @param {Map<string, R>} reads @param {string} key @param {R} record
 */
function remember(reads, key, record) {
  reads.delete(key)
  reads.set(key, record)
  for (const [oldKey, old] of reads) {
    if (record.at - old.at < FORGET_MS) break
    reads.delete(oldKey)
  }
}

/**
 * Notes a read of the cache: `at` is when it began, `entry` what the store answered.
 * @param {string} key @param {any} ctx @param {number} at @param {any} entry
 */
export function noteRead(key, ctx, at, entry) {
  if (isData(ctx)) {
    const reads = dataReads()
    const record = { at, softTags: ctx.softTags }
    if (reads === dataReadsOutside) remember(reads, `${key}#${ctx.fetchIdx}`, record)
    else reads.set(`${key}#${ctx.fetchIdx}`, record)
    return
  }
  const value = entry?.value
  remember(pageReads, key, {
    at,
    value: value && typeof value === 'object' ? new WeakRef(value) : undefined,
    lastModified: entry?.lastModified,
  })
}

/**
 * When the render of what is being stored under `key` began, and the tags it was made from.
 * `startedAt` is undefined when no read began it: then nothing tells how old it is.
 * @param {string} key @param {any} data @param {any} ctx
 * @returns {{ startedAt: number | undefined, tags: string[] }}
 */
export function renderStart(key, data, ctx) {
  if (isData(ctx)) {
    const reads = dataReads()
    const id = `${key}#${ctx.fetchIdx}`
    const read = reads.get(id)
    reads.delete(id)
    return { startedAt: read?.at, tags: [...(ctx.tags ?? []), ...(read?.softTags ?? [])] }
  }
  const read = pageReads.get(key)
  pageReads.delete(key)
  const header = data?.headers?.['x-next-cache-tags']
  const tags = typeof header === 'string' ? header.split(',') : []
  // the previous entry, stored again after a failed render
  if (read && data && read.value?.deref() === data && typeof read.lastModified === 'number')
    return { startedAt: Math.min(read.at, read.lastModified), tags }
  return { startedAt: read?.at, tags }
}

/**
 * True when one of `tags` went stale or expired at or after `since`, on the clock Next's
 * file-system cache records expiries with (Date.now()): what was rendered from then on may predate
 * a write.
 * @param {string[]} tags @param {number} since
 */
export function expiredSince(tags, since) {
  const now = Date.now()
  for (const tag of tags) {
    const record = nextTags.tagsManifest.get(tag)
    if (!record) continue
    if (record.stale !== undefined && record.stale >= since) return true
    if (record.expired !== undefined && record.expired >= since && record.expired <= now)
      return true
  }
  return false
}
