// The subscription endpoints as plain Request → Response functions (the route files in
// app/(frontend)/notices/ only call them). A plain HTML form gets a 303 redirect to a page that
// says what happened; a client asking for JSON gets the status code and a message.
import config from '@payload-config'
import { getPayload } from 'payload'
import { clientKey, rateLimit } from './rateLimit'
import { confirm, object, subscribe, SubscriptionInputError, unsubscribe } from './subscriptions'
import { TokenError } from './tokens'

const SUBSCRIBE_LIMIT = { perWindow: 5, windowMs: 15 * 60 * 1000 }
const LINK_LIMIT = { perWindow: 30, windowMs: 15 * 60 * 1000 }

type Fields = Record<string, string>

async function readFields(request: Request): Promise<Fields> {
  const url = new URL(request.url)
  const fields: Fields = Object.fromEntries(url.searchParams)
  if (request.method !== 'POST') return fields
  const type = request.headers.get('content-type') ?? ''
  try {
    if (type.includes('application/json')) {
      const body = await request.json()
      if (body && typeof body === 'object' && !Array.isArray(body)) {
        for (const [k, v] of Object.entries(body)) if (typeof v === 'string') fields[k] = v
      }
    } else if (type.includes('form')) {
      for (const [k, v] of (await request.formData()).entries())
        if (typeof v === 'string') fields[k] = v
    }
  } catch {
    throw new SubscriptionInputError(
      'The request body could not be read. Send a form or a JSON object.',
    )
  }
  return fields
}

const wantsJson = (request: Request) =>
  (request.headers.get('accept') ?? '').includes('application/json') ||
  (request.headers.get('content-type') ?? '').includes('application/json')

function answer(
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

function limited(request: Request, scope: string, limit: { perWindow: number; windowMs: number }) {
  const { allowed, retryAfterSeconds } = rateLimit(
    `${scope}:${clientKey(request.headers)}`,
    limit.perWindow,
    limit.windowMs,
  )
  if (allowed) return null
  const message = `Too many requests from your network. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`
  if (wantsJson(request)) {
    return Response.json(
      { message },
      {
        status: 429,
        headers: { 'retry-after': String(retryAfterSeconds), 'cache-control': 'no-store' },
      },
    )
  }
  return new Response(message, {
    status: 429,
    headers: {
      'retry-after': String(retryAfterSeconds),
      'content-type': 'text/plain; charset=utf-8',
    },
  })
}

function failure(request: Request, error: unknown, page: (code: string) => string) {
  if (error instanceof SubscriptionInputError)
    return answer(request, 400, error.message, page('invalid'))
  if (error instanceof TokenError)
    return answer(
      request,
      error.status,
      error.message,
      page(error.status === 410 ? 'used' : 'invalid-link'),
    )
  throw error
}

export async function handleSubscribe(request: Request): Promise<Response> {
  const tooMany = limited(request, 'subscribe', SUBSCRIBE_LIMIT)
  if (tooMany) return tooMany
  try {
    const fields = await readFields(request)
    // A field people never see: only bots fill it in. They get the usual answer and nothing happens.
    if (!fields.website) await subscribe(await getPayload({ config }), fields.email)
    return answer(
      request,
      202,
      'Check your inbox: if this address can receive notices, we sent it a link to confirm.',
      '/subscribe?status=check-inbox',
    )
  } catch (error) {
    return failure(request, error, (code) => `/subscribe?error=${code}`)
  }
}

export async function handleConfirm(request: Request): Promise<Response> {
  const tooMany = limited(request, 'links', LINK_LIMIT)
  if (tooMany) return tooMany
  try {
    const { token } = await readFields(request)
    await confirm(await getPayload({ config }), token)
    return answer(
      request,
      200,
      'Subscribed: you will get an email about every subprocessor change.',
      '/subscribe?status=confirmed',
    )
  } catch (error) {
    return failure(request, error, (code) => `/subscribe?error=${code}`)
  }
}

/** GET from the link in an email, or POST (RFC 8058 one-click, from the List-Unsubscribe header). */
/**
 * The unsubscribe link, opened (GET): sends the reader on to a page with a button and changes
 * nothing. Mail security scanners open every link in a message; a GET that unsubscribed would
 * silently drop customers from a legally required mailing.
 */
export function showUnsubscribePage(request: Request): Response {
  const token = new URL(request.url).searchParams.get('token') ?? ''
  return new Response(null, {
    status: 303,
    headers: {
      location: `/subscribe/unsubscribe?token=${encodeURIComponent(token)}`,
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
    },
  })
}

/** Unsubscribes: the page's button, or a mail client's one-click POST (RFC 8058). */
export async function handleUnsubscribe(request: Request): Promise<Response> {
  if (request.method !== 'POST') return showUnsubscribePage(request)
  const tooMany = limited(request, 'links', LINK_LIMIT)
  if (tooMany) return tooMany
  try {
    const { token } = await readFields(request)
    await unsubscribe(await getPayload({ config }), token)
    return answer(
      request,
      200,
      'Unsubscribed: you will get no more subprocessor notices.',
      '/subscribe?status=unsubscribed',
    )
  } catch (error) {
    return failure(request, error, (code) => `/subscribe?error=${code}`)
  }
}

export async function handleObjection(request: Request): Promise<Response> {
  const tooMany = limited(request, 'links', LINK_LIMIT)
  if (tooMany) return tooMany
  let change = ''
  try {
    const fields = await readFields(request)
    change = fields.change ?? ''
    const slug = fields.slug ?? ''
    const payload = await getPayload({ config })
    const result = await object(payload, fields.token, change, fields.comment)
    const page = `/changes/${encodeURIComponent(slug)}/object?status=${result.recorded ? 'recorded' : 'already-recorded'}`
    return answer(
      request,
      result.recorded ? 201 : 200,
      result.recorded
        ? 'Your objection is recorded. We will contact you about it.'
        : `Your objection was already recorded on ${result.at}.`,
      page,
      { recordedAt: result.at },
    )
  } catch (error) {
    return failure(request, error, (code) => `/changes?error=${code}`)
  }
}
