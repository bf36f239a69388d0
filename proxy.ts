import { NextResponse, type NextRequest } from 'next/server'
import { isRemovedSubprocessorSlug } from '@/site/removedSlugs'

const GRAPHQL_RESPONSE = 'application/graphql-response+json'

/**
 * GraphQL over HTTP: a client that accepts `application/graphql-response+json` gets 4xx for a
 * query the server refuses (syntax, validation, limits, introspection in production); one that
 * asks only for `application/json` gets 200 with `errors`, as that media type requires. A request
 * that names neither (no Accept, `*∕*`) is answered with the former, which the specification allows
 * since its 2025 watershed, so an abusive query from curl or a script is a clear 400.
 */
function graphql(request: NextRequest) {
  const accept = (request.headers.get('accept') ?? '').toLowerCase()
  if (accept.includes(GRAPHQL_RESPONSE) || accept.includes('application/json'))
    return NextResponse.next()
  const headers = new Headers(request.headers)
  headers.set('accept', `${GRAPHQL_RESPONSE}, application/json;q=0.9`)
  return NextResponse.next({ request: { headers } })
}

/**
 * /subprocessors without query parameters is a static page; with filters, search or asOf it is
 * rendered per request by /subprocessors-filtered, behind the same address.
 */
function subprocessorList(request: NextRequest) {
  if (!request.nextUrl.search) return NextResponse.next()
  const target = request.nextUrl.clone()
  target.pathname = '/subprocessors-filtered'
  return NextResponse.rewrite(target)
}

const REMOVED_PAGE = '/subprocessors-removed/'
// Draft mode (staff previewing a draft) sees the page itself, whatever the list says.
const DRAFT_MODE_COOKIE = '__prerender_bypass'

/**
 * A removed subprocessor's address answers 410 Gone, saying when and why, with a link to the
 * change (a slug that never existed stays 404). Next.js has no gone() for pages: notFound(),
 * forbidden() and unauthorized() are the only statuses a page can choose. A proxy rewrite can
 * carry one: `NextResponse.rewrite(url, { status: 410 })` renders /subprocessors-removed/<slug>
 * under the original address and Next keeps the status for the page (checked against a
 * production build in tests/e2e/subprocessor-history.e2e.spec.ts), adding `noindex` as it does
 * for any status above 400. Which slugs are removed comes from src/site/removedSlugs.ts (its
 * comment explains the cache). The rewrite target is not linked anywhere; visited directly it
 * shows the same page with its canonical address and noindex (the proxy cannot tell a direct
 * visit from its own rewrite, which Next passes through the proxy again).
 */
async function subprocessorPage(request: NextRequest) {
  const slug = decodeURIComponent(request.nextUrl.pathname.slice('/subprocessors/'.length))
  if (request.cookies.has(DRAFT_MODE_COOKIE) || !(await isRemovedSubprocessorSlug(slug)))
    return NextResponse.next()
  const target = request.nextUrl.clone()
  target.pathname = `${REMOVED_PAGE}${encodeURIComponent(slug)}`
  return NextResponse.rewrite(target, { status: 410 })
}

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  if (pathname === '/subprocessors') return subprocessorList(request)
  if (pathname.startsWith('/subprocessors/')) return subprocessorPage(request)
  return graphql(request)
}

export const config = {
  matcher: ['/api/graphql', '/subprocessors', '/subprocessors/:slug'],
}
