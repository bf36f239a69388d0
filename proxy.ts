import { NextResponse, type NextRequest } from 'next/server'
import { graphqlDocumentProblem } from '@/api-safety/graphqlDocument'
import { CSP_HEADER } from '@/security/csp.mjs'
import { continueWithPolicy, DRAFT_MODE_COOKIE, perRequestPolicy } from '@/security/perRequest'
import { isRemovedSubprocessorSlug, ownServer } from '@/site/removedSlugs'
import type { Locale } from '@/i18n/locales'
import { localePath, splitLocale } from '@/i18n/paths'

const GRAPHQL_RESPONSE = 'application/graphql-response+json'

/**
 * GraphQL over HTTP: a client that accepts `application/graphql-response+json` gets 4xx for a
 * query the server refuses (syntax, validation, limits, introspection in production); one that
 * asks only for `application/json` gets 200 with `errors`, as that media type requires. A request
 * that names neither (no Accept, `*∕*`) is answered with the former, which the specification allows
 * since its 2025 watershed, so an abusive query from curl or a script is a clear 400.
 */
async function graphql(request: NextRequest) {
  const accept = (request.headers.get('accept') ?? '').toLowerCase()
  const legacy = accept.includes('application/json') && !accept.includes(GRAPHQL_RESPONSE)
  const problem = await graphqlBodyProblem(request)
  if (problem)
    return Response.json(
      { errors: [{ message: problem }] },
      {
        status: legacy ? 200 : 400,
        headers: {
          'content-type': `${legacy ? 'application/json' : GRAPHQL_RESPONSE}; charset=utf-8`,
          'cache-control': 'no-store',
        },
      },
    )
  if (accept.includes(GRAPHQL_RESPONSE) || accept.includes('application/json'))
    return NextResponse.next()
  const headers = new Headers(request.headers)
  headers.set('accept', `${GRAPHQL_RESPONSE}, application/json;q=0.9`)
  return NextResponse.next({ request: { headers } })
}

/**
 * A GraphQL document too big to check safely (src/api-safety/graphqlDocument.ts). The proxy reads
 * Next's copy of the body (its size is already bounded); the route still gets the original.
 */
async function graphqlBodyProblem(request: NextRequest): Promise<string | null> {
  if (request.method !== 'POST') return null
  if (!(request.headers.get('content-type') ?? '').includes('json')) return null
  const body = (await request.json().catch(() => null)) as { query?: unknown } | null
  return graphqlDocumentProblem(body?.query)
}

/**
 * /subprocessors and /faq without query parameters are static pages; with filters, a search or
 * asOf they are rendered per request by their twin (/subprocessors-filtered, /faq-search), behind
 * the same address. The same for the table and the DPA annex made for some scopes (`?scope=`).
 */
const DYNAMIC_TWINS: Record<string, string> = {
  '/subprocessors': '/subprocessors-filtered',
  '/subprocessors/table': '/subprocessors-table-scoped',
  '/subprocessors/annex': '/subprocessors-annex-scoped',
  '/faq': '/faq-search',
}

/** `path` (an address in the source language) in the request's language. */
function inLocale(request: NextRequest, locale: Locale, path: string) {
  const target = request.nextUrl.clone()
  target.pathname = localePath(locale, path)
  return target
}

function staticOrTwin(request: NextRequest, locale: Locale, path: string, twin: string) {
  if (!request.nextUrl.search)
    return continueWithPolicy(request, perRequestPolicy(request, false, path))
  return continueWithPolicy(
    request,
    perRequestPolicy(request, true, twin),
    inLocale(request, locale, twin),
  )
}

const REMOVED_PAGE = '/subprocessors-removed/'

/**
 * A removed subprocessor's address answers 410 Gone, saying when and why, with a link to the
 * change (a slug that never existed stays 404). Next.js has no gone() for pages: notFound(),
 * forbidden() and unauthorized() are the only statuses a page can choose. A rewrite with a status
 * (`NextResponse.rewrite(url, { status: 410 })`) is not enough: a production build answered 200,
 * because the page's own render sets the status again. So the proxy answers itself: it reads the
 * page /subprocessors-removed/<slug> from its own server (rendered once, then cached under the
 * portal's tags like every page) and sends that HTML with 410; Next keeps the status of a proxy
 * response with a body. Only removed addresses pay the extra loopback request. Which slugs are
 * removed comes from src/site/removedSlugs.ts (its comment explains the cache and stale window).
 * That page is linked from nowhere; it carries `noindex` and the real address as canonical.
 */
async function subprocessorPage(request: NextRequest, locale: Locale, path: string) {
  const slug = decodeURIComponent(path.slice('/subprocessors/'.length))
  // Draft mode (staff previewing a draft) sees the page itself, whatever the list says.
  if (request.cookies.has(DRAFT_MODE_COOKIE) || !(await isRemovedSubprocessorSlug(slug)))
    return continueWithPolicy(request, perRequestPolicy(request, false, path))
  const removed = localePath(locale, `${REMOVED_PAGE}${encodeURIComponent(slug)}`)
  const answer = await fetch(ownServer(removed), {
    signal: AbortSignal.timeout(10_000),
  }).catch(() => null)
  if (!answer?.ok) return NextResponse.next()
  return new NextResponse(answer.body, {
    status: 410,
    headers: {
      'content-type': answer.headers.get('content-type') ?? 'text/html; charset=utf-8',
      'cache-control': answer.headers.get('cache-control') ?? 'no-store',
      // the policy made for this HTML (the hashes of its scripts, src/security/csp.mjs)
      ...(answer.headers.has(CSP_HEADER) && { [CSP_HEADER]: answer.headers.get(CSP_HEADER)! }),
    },
  })
}

/**
 * Pages in every language: `/de/changes` as `/changes` (the `[locale]` segment of app/(frontend);
 * the source language's addresses are rewritten to it by next.config.mjs, after this).
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  if (pathname === '/api/graphql') return graphql(request)
  const { locale, path } = splitLocale(pathname)
  if (path in DYNAMIC_TWINS) return staticOrTwin(request, locale, path, DYNAMIC_TWINS[path])
  if (path.startsWith('/subprocessors/')) return subprocessorPage(request, locale, path)
  return continueWithPolicy(request, perRequestPolicy(request, false, path))
}

// Next.js reads the matcher without running this file: it must be written out here, each page
// address also under every language but the source's (`/:locale(de)`: see src/i18n/localeList.mjs).
// After the first four: what src/security/perRequest.ts gives a per-request policy (the admin,
// the pages always rendered per request, and any page in draft mode).
export const config = {
  matcher: [
    '/api/graphql',
    '/:locale(de)?/subprocessors',
    '/:locale(de)?/subprocessors/:slug',
    '/:locale(de)?/faq',
    '/admin',
    '/admin/:path*',
    '/:locale(de)?/changes',
    '/:locale(de)?/changes/:slug/object',
    '/:locale(de)?/subscribe',
    '/:locale(de)?/subscribe/:path*',
    '/:locale(de)?/evidence/:path*',
    {
      source: '/((?!api/|_next/|admin).*)',
      has: [{ type: 'cookie', key: '__prerender_bypass' }],
    },
  ],
}
