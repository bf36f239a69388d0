import { NextResponse, type NextRequest } from 'next/server'

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

export function proxy(request: NextRequest) {
  return request.nextUrl.pathname === '/subprocessors'
    ? subprocessorList(request)
    : graphql(request)
}

export const config = { matcher: ['/api/graphql', '/subprocessors'] }
