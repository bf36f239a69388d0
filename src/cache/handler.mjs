// Next.js's incremental cache (`cacheHandler` in next.config.mjs): where entries live, plus what
// each cached page must carry with it, and the edge purged when a tag is expired.
// - Where: with REDIS_URL, in Redis, shared by every app instance (src/cache/redisCache.mjs);
//   without it, Next's own file-system cache of this instance. `next build` always uses the
//   file system (a build needs no Redis, and its prerendered pages are files either way).
// - Each page's Content-Security-Policy, with the hashes of its inline scripts
//   (src/security/csp.mjs): the HTML and the headers stored beside it travel together, so each
//   version of a page is sent with the policy made for it, and static pages stay static.
// - Each page's cache tags in the headers shared caches read (src/cache/edgeTags.mjs).
// Set runs when a page is rendered (first request, regeneration after a tag is revalidated): the
// entry handed to it is the one Next.js then answers with, so that answer carries both too.
// Get covers what `next build` prerendered, whose .meta files are written without this handler,
// and entries another instance stored in Redis.
// revalidateTag runs once Next.js has recorded a tag as expired (after the request that called
// `revalidateTag`): only once the store has recorded the expiry (in Redis: for every instance) is
// the edge purged, so its next request, to whichever instance, finds the new content.
// A render that began before one of its tags expired is not stored (src/cache/renderStart.mjs): it
// may show what a write has replaced, and Next would keep it as current. In Redis, where another
// instance's expiry may arrive later, an entry is stamped with the start of its render instead.
import { createRequire } from 'node:module'
import { addPagePolicy } from '../security/csp.mjs'
import { addEdgeTags, portalTags } from './edgeTags.mjs'
import { purgeEdge } from './edgePurge.mjs'
import RedisCache from './redisCache.mjs'
import { expiredSince, noteRead, renderStart } from './renderStart.mjs'

const require = createRequire(import.meta.url)
/** @typedef {{ get: (...args: any[]) => Promise<any>, set: (key: string, data: any, context: unknown, startedAt: number) => Promise<void>, revalidateTag: (tags: string | string[], durations?: { expire?: number }) => Promise<void>, resetRequestCache?: () => void }} Store */
/** @type {new (context: unknown) => Store} */
const FileSystemCache =
  require('next/dist/server/lib/incremental-cache/file-system-cache.js').default

/** @param {unknown} value */
function decorate(value) {
  addPagePolicy(value)
  addEdgeTags(value)
}

/** Redis when REDIS_URL is set, outside `next build`. */
export const usesRedis = (env = process.env) =>
  Boolean(env.REDIS_URL?.trim()) && env.NEXT_PHASE !== 'phase-production-build'

export default class PortalCache {
  /** @param {any} context */
  constructor(context) {
    /** @type {Store} */
    this.store = usesRedis() ? new RedisCache(context) : new FileSystemCache(context)
  }

  /** @param {any[]} args */
  async get(...args) {
    const at = Date.now()
    const entry = await this.store.get(...args)
    noteRead(args[0], args[1], at, entry)
    decorate(entry?.value)
    return entry
  }

  /** @param {string} key @param {any} data @param {unknown} context */
  async set(key, data, context) {
    decorate(data) // the answer being sent is this entry, stored or not
    const { startedAt, tags } = renderStart(key, data, context)
    if (startedAt === undefined || expiredSince(tags, startedAt)) return
    return this.store.set(key, data, context, startedAt)
  }

  /** @param {string | string[]} tags @param {{ expire?: number }} [durations] */
  async revalidateTag(tags, durations) {
    await this.store.revalidateTag(tags, durations)
    await purgeEdge(portalTags(typeof tags === 'string' ? [tags] : tags))
  }

  resetRequestCache() {
    this.store.resetRequestCache?.()
  }
}
