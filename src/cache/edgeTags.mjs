// Cache tags at the edge: every public response names the portal tags it was built from
// (src/cache/tags.ts), in the header each kind of shared cache reads, so that when a hook expires
// a tag in Next.js the same tag is purged from the edge (src/cache/edgePurge.mjs).
//   xkey           Varnish with the xkey vmod (deploy/varnish/default.vcl), space-separated
//   Surrogate-Key  Fastly, space-separated
//   Cache-Tag      Cloudflare (Enterprise) and Akamai, comma-separated
// Plain JavaScript: Next.js loads the cache handler that uses this file without compiling it.

export const EDGE_TAG_HEADERS = /** @type {const} */ (['xkey', 'surrogate-key', 'cache-tag'])

/** On every tagged response, so an operator can empty the edge in one purge. */
export const EVERY_RESPONSE_TAG = 'all'

/** Next.js's own tags (one per layout and page path, `_N_T_/…`), not ours to purge by. */
const isImplicit = (/** @type {string} */ tag) => tag.startsWith('_N_T_')

/**
 * The response headers naming `tags` at the edge.
 * @param {Iterable<string>} tags portal cache tags
 * @returns {Record<string, string>}
 */
export function edgeTagHeaders(tags) {
  const names = [...new Set([...tags].filter((tag) => !isImplicit(tag))), EVERY_RESPONSE_TAG]
  return {
    xkey: names.join(' '),
    'surrogate-key': names.join(' '),
    'cache-tag': names.join(','),
  }
}

/** The portal tags among those Next.js revalidates (`revalidateTag` gives ours; paths give `_N_T_`). */
export const portalTags = (/** @type {string[]} */ tags) => tags.filter((tag) => !isImplicit(tag))

/**
 * A page (or a static route: the sitemap) in Next.js's incremental cache records the tags of every data read it was rendered from
 * in `x-next-cache-tags` (src/data/publicQuery.ts passes them to `unstable_cache`); the same
 * entry's headers are sent with the page, so the page names its tags at the edge exactly.
 * @param {unknown} value an incremental-cache value
 */
export function addEdgeTags(value) {
  if (!value || typeof value !== 'object') return
  const entry = /** @type {{ kind?: string, headers?: Record<string, unknown> }} */ (value)
  if (entry.kind !== 'APP_PAGE' && entry.kind !== 'APP_ROUTE') return
  const tags = entry.headers?.['x-next-cache-tags']
  if (typeof tags !== 'string' || entry.headers?.xkey) return
  Object.assign(entry.headers ?? {}, edgeTagHeaders(tags.split(',')))
}
