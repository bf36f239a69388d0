import { createHmac, timingSafeEqual } from 'node:crypto'
import type { Payload } from 'payload'

// A change that takes effect from the jobs queue (a cron in the server, outside any request)
// cannot call revalidateTag: Next.js only allows it inside a request. The job asks its own server
// instead, over loopback, with a token only this installation can make.
const tokenFor = (tags: string[]) =>
  createHmac('sha256', process.env.PAYLOAD_SECRET ?? '')
    .update(`revalidate:${tags.join(',')}`)
    .digest('base64url')

export function isValidRevalidationToken(tags: string[], token: string | null): boolean {
  if (!token || !process.env.PAYLOAD_SECRET) return false
  const expected = Buffer.from(tokenFor(tags))
  const given = Buffer.from(token)
  return expected.length === given.length && timingSafeEqual(expected, given)
}

/** Best effort: in a process without a server (the seed, scripts, tests) nobody answers, and nothing needs clearing. */
export async function revalidateThroughServer(tags: string[], payload: Payload): Promise<void> {
  const port = process.env.PORT || '3000'
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/internal/revalidate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-revalidate-token': tokenFor(tags) },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(5_000),
    })
    if (!response.ok)
      payload.logger.warn({ msg: `Portal revalidation answered ${response.status}` })
  } catch (error) {
    payload.logger.debug({ msg: `Portal revalidation skipped: ${(error as Error).message}` })
  }
}
