// What every portal form endpoint shares (/notices/*, /access/*): reading the fields of a form or
// JSON body within the size limit, refusing cross-site posts and clients over their rate limit,
// and answering a plain HTML form with a 303 to a page that says what happened, or a client that
// asks for JSON with the status code and a message.
import type { Payload } from 'payload'
import { readBody } from './bodyLimits'
import { clientAddress } from './clientAddress'
import { CROSS_SITE_MESSAGE, isCrossSite } from './crossSite'
import { consume, type RateLimit } from './rateLimits'

/** A body that is neither a form nor a JSON object. */
export class FormBodyError extends Error {}

export type Fields = Record<string, string>

/** The query string and the body's fields; the body is read with a size limit (bodyLimits.ts). */
export async function readFields(request: Request): Promise<Fields> {
  const url = new URL(request.url)
  const fields: Fields = Object.fromEntries(url.searchParams)
  if (request.method !== 'POST') return fields
  const type = request.headers.get('content-type') ?? ''
  const text = await readBody(request)
  try {
    if (type.includes('application/json')) {
      const body: unknown = JSON.parse(text)
      if (body && typeof body === 'object' && !Array.isArray(body)) {
        for (const [k, v] of Object.entries(body)) if (typeof v === 'string') fields[k] = v
      }
    } else if (type.includes('form')) {
      const form = await new Response(text, { headers: { 'content-type': type } }).formData()
      for (const [k, v] of form.entries()) if (typeof v === 'string') fields[k] = v
    }
  } catch {
    throw new FormBodyError('The request body could not be read. Send a form or a JSON object.')
  }
  return fields
}

export const wantsJson = (request: Request) =>
  (request.headers.get('accept') ?? '').includes('application/json') ||
  (request.headers.get('content-type') ?? '').includes('application/json')

export function answer(
  request: Request,
  status: number,
  message: string,
  page: string,
  extra: Record<string, string> = {},
) {
  if (wantsJson(request))
    return Response.json(
      { message, ...extra },
      { status, headers: { 'cache-control': 'no-store' } },
    )
  const target = new URL(page, request.url)
  return new Response(null, {
    status: 303,
    headers: { location: target.pathname + target.search, 'cache-control': 'no-store' },
  })
}

export function plain(request: Request, status: number, message: string, headers = {}) {
  const all = { 'cache-control': 'no-store', ...headers }
  if (wantsJson(request)) return Response.json({ message }, { status, headers: all })
  return new Response(message, {
    status,
    headers: { ...all, 'content-type': 'text/plain; charset=utf-8' },
  })
}

/**
 * What every form POST passes before its body is read: refused (403) when sent from another
 * site's page, and (429) when the client address is over its limit, counted in the database.
 */
export async function admit(request: Request, payload: Payload, rule: RateLimit) {
  if (isCrossSite(request.headers)) return plain(request, 403, CROSS_SITE_MESSAGE)
  const result = await consume(payload, rule, clientAddress(request.headers))
  if (result.allowed) return null
  const minutes = Math.ceil(result.retryAfterSeconds / 60)
  return plain(
    request,
    429,
    `Too many requests from your network. Try again in ${minutes} minute(s).`,
    { 'retry-after': String(result.retryAfterSeconds) },
  )
}
