// Response building shared by every public endpoint: strong ETags, Last-Modified, conditional
// requests (RFC 9110 §13), CDN-friendly caching, CORS for reads only, and problem+json errors.
import { createHash } from 'node:crypto'
import { edgeTagHeaders } from '@/cache/edgeTags.mjs'
import { invalidParameters, problem, type InvalidParam, type Problem } from './problem'

const READ_METHODS = ['GET', 'HEAD', 'OPTIONS'] as const

/**
 * Browsers may cache for a minute, shared caches (the edge, a CDN) for five, then serve stale
 * while refetching, and for a day while the app answers errors or not at all (RFC 5861). The edge
 * is purged by tag as soon as the content changes (src/cache/edgePurge.mjs).
 */
export const CACHE_CONTROL =
  'public, max-age=60, s-maxage=300, stale-while-revalidate=86400, stale-if-error=86400'

export const CORS_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Last-Modified, Content-Disposition',
}

const PREFLIGHT_HEADERS: Record<string, string> = {
  ...CORS_HEADERS,
  'Access-Control-Allow-Methods': READ_METHODS.join(', '),
  'Access-Control-Allow-Headers': 'Accept, If-None-Match, If-Modified-Since',
  'Access-Control-Max-Age': '86400',
}

/** A strong validator: the same bytes always give the same tag, on every server. */
export function strongEtag(body: string | Uint8Array): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`
}

/** HTTP dates have whole seconds; compare at that precision. */
const toSecond = (time: number) => Math.floor(time / 1000) * 1000

function etagMatches(header: string, etag: string): boolean {
  if (header.trim() === '*') return true
  // If-None-Match uses the weak comparison: W/"x" matches "x".
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '')
  return header.split(',').some((tag) => opaque(tag) === opaque(etag))
}

/** RFC 9110 §13.2.2: If-None-Match decides when present; If-Modified-Since only without it. */
export function isNotModified(request: Request, etag: string, lastModified: Date | null): boolean {
  const ifNoneMatch = request.headers.get('if-none-match')
  if (ifNoneMatch !== null) return etagMatches(ifNoneMatch, etag)
  const ifModifiedSince = request.headers.get('if-modified-since')
  if (ifModifiedSince === null || !lastModified) return false
  const since = Date.parse(ifModifiedSince)
  return !Number.isNaN(since) && toSecond(lastModified.getTime()) <= since
}

export type Representation = {
  body: string
  contentType: string
  lastModified: Date | null
  headers?: Record<string, string>
}

/** `tags`: the portal cache tags the representation was built from, named for the edge. */
export function representationResponse(
  request: Request,
  representation: Representation,
  tags: Iterable<string> = [],
): Response {
  const etag = strongEtag(representation.body)
  const headers = new Headers({
    ...CORS_HEADERS,
    'Cache-Control': CACHE_CONTROL,
    ...edgeTagHeaders(tags),
    ETag: etag,
    ...representation.headers,
  })
  if (representation.lastModified)
    headers.set('Last-Modified', representation.lastModified.toUTCString())
  if (isNotModified(request, etag, representation.lastModified))
    return new Response(null, { status: 304, headers })
  headers.set('Content-Type', representation.contentType)
  return new Response(representation.body, { status: 200, headers })
}

export const json = (value: unknown): string => JSON.stringify(value)

export function problemResponse(
  value: Problem,
  extraHeaders: Record<string, string> = {},
): Response {
  return new Response(json(value), {
    status: value.status,
    headers: {
      ...extraHeaders,
      'Content-Type': 'application/problem+json',
      // errors are never cached by a CDN: a slug published a second later must be found
      'Cache-Control': 'no-store',
    },
  })
}

export const invalidParamsResponse = (invalidParams: InvalidParam[]): Response =>
  problemResponse(invalidParameters(invalidParams), CORS_HEADERS)

export const preflightResponse = (): Response =>
  new Response(null, { status: 204, headers: PREFLIGHT_HEADERS })

/** Writes are not part of the public API: no CORS headers, so browsers refuse them as well. */
export const methodNotAllowedResponse = (request: Request): Response =>
  problemResponse(
    problem(
      'method-not-allowed',
      `${request.method} is not allowed here. This API is read-only: use GET or HEAD.`,
      { instance: new URL(request.url).pathname },
    ),
    { Allow: READ_METHODS.join(', ') },
  )

/** The newest of several timestamps, or null when there are none. */
export function newest(times: Array<string | null | undefined>): Date | null {
  let max = Number.NEGATIVE_INFINITY
  for (const time of times) {
    const parsed = time ? Date.parse(time) : Number.NaN
    if (!Number.isNaN(parsed) && parsed > max) max = parsed
  }
  return Number.isFinite(max) ? new Date(max) : null
}
