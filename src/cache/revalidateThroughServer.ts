import { createHmac, timingSafeEqual } from 'node:crypto'
import type { Payload } from 'payload'
import { serverConfig } from '@/config/env'
import { expireTagsEverywhere } from './redisTags.mjs'

// A change that takes effect from the jobs queue (a cron in the server, or the worker: outside any
// request) cannot call revalidateTag: Next.js only allows it inside a request.
// - With REDIS_URL (several instances, or a worker of its own), the job records the expiry in Redis
//   itself, where every instance's cache handler reads it before answering, then purges the edge:
//   the same two steps, in the same order, as the cache handler's revalidateTag
//   (src/cache/redisTags.mjs). No server needs to be reachable, and none is asked.
// - Without it (one instance, whose own cache holds the pages), the job asks its own server
//   instead, over loopback, with a token only this installation can make. The token signs the tags
// and the time it was made: it is refused once TOKEN_LIFETIME_MS has passed (or when made in the
// future by more than that), so a captured one cannot be replayed later. The route also answers
// loopback callers only (app/api/internal/revalidate/route.ts).
export const TOKEN_LIFETIME_MS = 60_000

const signature = (tags: string[], issuedAt: number) =>
  createHmac('sha256', serverConfig().PAYLOAD_SECRET ?? '')
    .update(`revalidate:${issuedAt}:${tags.join(',')}`)
    .digest('base64url')

/** `<milliseconds since 1970>.<signature>` */
export const revalidationToken = (tags: string[], now = Date.now()) =>
  `${now}.${signature(tags, now)}`

export function isValidRevalidationToken(
  tags: string[],
  token: string | null,
  now = Date.now(),
): boolean {
  if (!token || !serverConfig().PAYLOAD_SECRET) return false
  const match = /^(\d{13})\.([\w-]{43})$/.exec(token)
  if (!match) return false
  const issuedAt = Number(match[1])
  if (Math.abs(now - issuedAt) > TOKEN_LIFETIME_MS) return false
  const expected = Buffer.from(signature(tags, issuedAt))
  const given = Buffer.from(match[2])
  return expected.length === given.length && timingSafeEqual(expected, given)
}

/** Expires `tags` from outside a request: through Redis when there is one, else through this machine's server. */
export async function revalidateOutsideRequest(tags: string[], payload: Payload): Promise<void> {
  if (serverConfig().REDIS_URL) await expireTagsEverywhere(tags, { expire: 0 })
  else await revalidateThroughServer(tags, payload)
}

/** Best effort: in a process without a server (the seed, scripts, tests) nobody answers, and nothing needs clearing. */
export async function revalidateThroughServer(tags: string[], payload: Payload): Promise<void> {
  const port = serverConfig().PORT
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/internal/revalidate`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-revalidate-token': revalidationToken(tags),
      },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(5_000),
    })
    if (!response.ok)
      payload.logger.warn({ msg: `Portal revalidation answered ${response.status}` })
  } catch (error) {
    payload.logger.debug({ msg: `Portal revalidation skipped: ${(error as Error).message}` })
  }
}
