import { NextResponse, type NextRequest } from 'next/server'
import { adminPolicy, CSP_HEADER, newNonce, pagePolicy } from './csp.mjs'
import { DRAFT_MODE_COOKIE } from './headers.mjs'

// Draft mode (staff previewing a draft): every page is rendered per request, and may be framed by
// the admin's live preview, which shows the portal's own pages.
export { DRAFT_MODE_COOKIE }

// The pages always rendered per request: they read the query (filters, a token, a status) or the
// signed-in user. Their policy carries a nonce, which Next.js adds to the scripts it renders. A
// static page must never be listed: its cached HTML has no nonce (it has hashes, csp.mjs), and
// the browser test (tests/e2e/security-headers.e2e.spec.ts) fails on the blocked scripts.
// proxy.ts's matcher must let these through (it is written out there, as Next.js requires).
const PER_REQUEST_PAGES = [
  /^\/changes$/,
  /^\/changes\/[^/]+\/object$/,
  /^\/subscribe(\/confirm|\/unsubscribe)?$/,
  /^\/subprocessors-filtered$/,
  /^\/subprocessors-(table|annex)-scoped$/,
  /^\/faq-search$/,
  /^\/evidence\/changes\/[^/]+$/,
]

type Policy = { nonce: string; policy: string }

/**
 * The policy of a response rendered for this request alone, or null for anything else (a static
 * page brings its own from the cache, src/cache/handler.mjs). `filtered`: the request is
 * rewritten to a page rendered per request (the filtered subprocessor list, the FAQ search).
 * `path`: the page's address in the source language (`/changes` for `/de/changes`).
 * `next dev` renders with eval and a websocket, which a strict policy would block: none there.
 */
export function perRequestPolicy(
  request: NextRequest,
  filtered = false,
  path = request.nextUrl.pathname,
): Policy | null {
  if (process.env.NODE_ENV === 'development') return null
  // Only a page load renders a document. The admin's server functions are POSTs to the page's
  // address whose answer is data, and rewriting their request headers lost the session on them.
  if (request.method !== 'GET' && request.method !== 'HEAD') return null
  const nonce = newNonce()
  if (path === '/admin' || path.startsWith('/admin/')) return { nonce, policy: adminPolicy(nonce) }
  // a page address has no dot; exports and feeds keep their own minimal policy
  const draft = request.cookies.has(DRAFT_MODE_COOKIE) && !path.includes('.')
  if (!draft && !filtered && !PER_REQUEST_PAGES.some((page) => page.test(path))) return null
  return { nonce, policy: pagePolicy({ nonce, framedBy: draft ? 'self' : 'none' }) }
}

/**
 * Lets the request through (or rewrites it to `rewriteTo`) with the policy: in the request's
 * headers, where Next.js reads the nonce for its scripts, and in the response's.
 */
export function continueWithPolicy(
  request: NextRequest,
  csp: Policy | null,
  rewriteTo?: URL,
): NextResponse {
  if (!csp) return rewriteTo ? NextResponse.rewrite(rewriteTo) : NextResponse.next()
  const headers = new Headers(request.headers)
  headers.set(CSP_HEADER, csp.policy)
  const init = { request: { headers } }
  const response = rewriteTo ? NextResponse.rewrite(rewriteTo, init) : NextResponse.next(init)
  response.headers.set(CSP_HEADER, csp.policy)
  return response
}
