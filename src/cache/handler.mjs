// Next.js's incremental cache (`cacheHandler` in next.config.mjs): its own file-system cache, plus
// what each cached page must carry with it, and the edge purged when a tag is expired.
// - Each page's Content-Security-Policy, with the hashes of its inline scripts
//   (src/security/csp.mjs): the HTML and the headers stored beside it travel together, so each
//   version of a page is sent with the policy made for it, and static pages stay static.
// - Each page's cache tags in the headers shared caches read (src/cache/edgeTags.mjs).
// Set runs when a page is rendered (first request, regeneration after a tag is revalidated): the
// entry handed to it is the one Next.js then answers with, so that answer carries both too.
// Get covers what `next build` prerendered, whose .meta files are written without this handler.
// revalidateTag runs once Next.js has recorded a tag as expired (after the request that called
// `revalidateTag`): only then is the edge purged, so its next request finds the new content.
import { createRequire } from 'node:module'
import { addPagePolicy } from '../security/csp.mjs'
import { addEdgeTags, portalTags } from './edgeTags.mjs'
import { purgeEdge } from './edgePurge.mjs'

const require = createRequire(import.meta.url)
/** @type {new (context: unknown) => { get: (...args: any[]) => Promise<any>, set: (key: string, data: any, context: unknown) => Promise<void>, revalidateTag: (tags: string | string[], durations?: unknown) => Promise<void> }} */
const FileSystemCache =
  require('next/dist/server/lib/incremental-cache/file-system-cache.js').default

/** @param {unknown} value */
function decorate(value) {
  addPagePolicy(value)
  addEdgeTags(value)
}

export default class PortalCache extends FileSystemCache {
  /** @param {any[]} args */
  async get(...args) {
    const entry = await super.get(...args)
    decorate(entry?.value)
    return entry
  }

  /** @param {string} key @param {any} data @param {unknown} context */
  async set(key, data, context) {
    decorate(data)
    return super.set(key, data, context)
  }

  /** @param {string | string[]} tags @param {unknown} [durations] */
  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations)
    await purgeEdge(portalTags(typeof tags === 'string' ? [tags] : tags))
  }
}
