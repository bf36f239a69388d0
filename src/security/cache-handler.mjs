// Next.js's incremental cache (`cacheHandler` in next.config.mjs): its own file-system cache,
// unchanged, plus a Content-Security-Policy with the hashes of each cached page's inline scripts
// (src/security/csp.mjs). A page's HTML and the headers stored beside it travel together, so each
// version of a page is sent with the policy made for it, and static pages stay static.
// Set runs when a page is rendered (first request, regeneration after a tag is revalidated): the
// entry handed to it is the one Next.js then answers with, so that answer carries the policy too.
// Get covers what `next build` prerendered, whose .meta files are written without this handler.
import { createRequire } from 'node:module'
import { addPagePolicy } from './csp.mjs'

const require = createRequire(import.meta.url)
/** @type {new (context: unknown) => { get: (...args: any[]) => Promise<any>, set: (key: string, data: any, context: unknown) => Promise<void> }} */
const FileSystemCache =
  require('next/dist/server/lib/incremental-cache/file-system-cache.js').default

export default class PageHashingCache extends FileSystemCache {
  /** @param {any[]} args */
  async get(...args) {
    const entry = await super.get(...args)
    addPagePolicy(entry?.value)
    return entry
  }

  /** @param {string} key @param {any} data @param {unknown} context */
  async set(key, data, context) {
    addPagePolicy(data)
    return super.set(key, data, context)
  }
}
