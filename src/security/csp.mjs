// The Content-Security-Policy of every kind of response, and the hashes that let a static page's
// own inline scripts run. Plain JavaScript: Next.js loads the cache handler (src/cache/handler.mjs)
// with Node's own import at run time, unbundled, so what it calls cannot be TypeScript.
// Why hashes for static pages and nonces only for pages rendered per request: docs/security.md.
import { createHash } from 'node:crypto'

export const CSP_HEADER = 'content-security-policy'

// Directives every page shares: nothing from other origins, no plugins, no <base> or form
// posting elsewhere. `frame-ancestors` (not possible in a <meta>) is added by each policy.
const PAGE_BASE = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
]

/** API answers, feeds and files: nothing in them may run, load or be framed. */
export const MINIMAL_POLICY = "default-src 'none'; frame-ancestors 'none'"

const sha256 = (/** @type {string} */ text) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

// Entities React writes in attribute values; a style attribute is hashed as the browser reads it.
const ENTITIES = /** @type {Record<string, string>} */ ({
  '&quot;': '"',
  '&#x27;': "'",
  '&#39;': "'",
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&',
})
const decodeAttribute = (/** @type {string} */ value) =>
  value.replace(/&(quot|#x27|#39|lt|gt|amp);/g, (entity) => ENTITIES[entity] ?? entity)

/**
 * The sha256 sources of what a page runs or applies inline: the text of each inline <script>
 * (Next.js's bootstrap and `self.__next_f.push(…)` chunks, different on every page and every
 * regeneration), of each <style> element, and of each style="" attribute (Next's built-in error
 * pages use them). Script and style text is raw text in HTML, so the bytes between the tags are
 * exactly what the browser hashes. Scripts with `src` are covered by 'self'; JSON data blocks do
 * not run and need no hash.
 * @param {string} html
 * @returns {{ scripts: string[], styles: string[], styleAttributes: string[] }}
 */
export function inlineHashes(html) {
  const scripts = new Set()
  for (const [, attributes, text] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(attributes) || !text) continue
    const type = /\btype\s*=\s*"([^"]*)"/i.exec(attributes)?.[1]
    if (type && !/^(text\/javascript|module)$/i.test(type)) continue
    scripts.add(sha256(text))
  }
  const styles = new Set()
  for (const [, text] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi))
    styles.add(sha256(text))
  const styleAttributes = new Set()
  for (const [, value] of html.matchAll(/<[a-z][^>]*?\sstyle="([^"]*)"/gi))
    styleAttributes.add(sha256(decodeAttribute(value)))
  return { scripts: [...scripts], styles: [...styles], styleAttributes: [...styleAttributes] }
}

/**
 * A public page's policy. A static page lists the hashes of its inline scripts and styles
 * (`hashes`); a page rendered per request gets a `nonce` instead, which Next.js adds to its own
 * scripts. `framedBy: 'self'` only for draft mode, which the admin's live preview shows in a frame.
 * @param {{ hashes?: ReturnType<typeof inlineHashes>, nonce?: string, framedBy?: 'none' | 'self' }} options
 */
export function pagePolicy({ hashes, nonce, framedBy = 'none' }) {
  const scriptSources = ["'self'", ...(hashes?.scripts ?? [])]
  if (nonce) scriptSources.push(`'nonce-${nonce}'`)
  const styleSources = ["'self'", ...(hashes?.styles ?? [])]
  if (hashes?.styleAttributes.length)
    styleSources.push("'unsafe-hashes'", ...hashes.styleAttributes)
  return [
    ...PAGE_BASE,
    `script-src ${scriptSources.join(' ')}`,
    `style-src ${styleSources.join(' ')}`,
    `frame-ancestors '${framedBy}'`,
  ].join('; ')
}

/**
 * The admin's policy: the strictest Payload's admin runs under, found by opening its screens in
 * Chromium (tests/e2e/security-headers.e2e.spec.ts). Its scripts carry the request's nonce (the
 * admin is always rendered per request); its components set inline styles (style attributes,
 * which only 'unsafe-inline' allows); its upload previews and icons are blob: and data: images;
 * the live preview frames the portal's own pages.
 * @param {string} nonce
 */
export function adminPolicy(nonce) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

/** A fresh nonce for one response: 128 random bits, base64. */
export function newNonce() {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64')
}

/**
 * Gives a cached page (an incremental-cache entry of kind APP_PAGE, with its HTML) the policy
 * that lets exactly its own inline scripts run, in the headers Next.js sends with it. Called by
 * the cache handler when an entry is stored (a regeneration) and when one is read that has none
 * (the pages `next build` prerendered write their .meta files without passing the handler).
 * Any cache handler (the file system one here, a shared one later) calls this on get and set.
 * An entry that already has a policy keeps it: the policy is stored with the HTML it hashes.
 * @param {unknown} value the entry's `value`
 * @returns {void}
 */
export function addPagePolicy(value) {
  if (!value || typeof value !== 'object') return
  const entry =
    /** @type {{ kind?: string, html?: unknown, headers?: Record<string, unknown> }} */ (value)
  if (entry.kind !== 'APP_PAGE' || typeof entry.html !== 'string' || !entry.html) return
  entry.headers ??= {}
  if (entry.headers[CSP_HEADER]) return
  entry.headers[CSP_HEADER] = pagePolicy({ hashes: inlineHashes(entry.html) })
}
