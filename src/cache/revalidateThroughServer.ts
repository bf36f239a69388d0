import { createHmac, timingSafeEqual } from 'node:crypto'
import type { Payload } from 'payload'
import { serverConfig } from '@/config/env'

// A change that takes effect from the jobs queue (a cron in the server, outside any request)
// cannot call revalidateTag: Next.js only allows it inside a request. The job asks its own server
// instead, over loopback, with a token only this installation can make. The token signs the tags
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
