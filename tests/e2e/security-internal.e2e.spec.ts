// The server's calls to itself (/api/internal/*): only from this machine, not forwarded by a
// proxy, and the revalidation token expires within a minute (src/cache/revalidateThroughServer.ts).
// Against the production server; the tests know its PAYLOAD_SECRET, so they can make tokens.
import { describe, expect, it } from 'vitest'
import { revalidationToken, TOKEN_LIFETIME_MS } from '@/cache/revalidateThroughServer'
import { TAGS } from '@/cache/tags'
import { portalUrl } from '../helpers/portal'

const tags = [TAGS.subprocessors]
const revalidate = (token: string, headers: Record<string, string> = {}) =>
  fetch(portalUrl('/api/internal/revalidate'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-revalidate-token': token, ...headers },
    body: JSON.stringify({ tags }),
  })

describe('/api/internal/revalidate', () => {
  it('accepts the server’s own fresh token from loopback', async () => {
    const response = await revalidate(revalidationToken(tags))
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ revalidated: tags })
  })

  it('refuses a token older than a minute, or made for other tags, or from the future', async () => {
    const old = revalidationToken(tags, Date.now() - TOKEN_LIFETIME_MS - 5_000)
    expect((await revalidate(old)).status).toBe(403)
    const future = revalidationToken(tags, Date.now() + TOKEN_LIFETIME_MS + 5_000)
    expect((await revalidate(future)).status).toBe(403)
    const otherTags = revalidationToken([TAGS.policies])
    expect((await revalidate(otherTags)).status).toBe(403)
    // the old format: a signature without a time, valid for ever
    expect((await revalidate(revalidationToken(tags).split('.')[1]!)).status).toBe(403)
  })

  it('refuses a request a proxy forwarded, even with a valid token', async () => {
    const response = await revalidate(revalidationToken(tags), { 'x-forwarded-for': '127.0.0.1' })
    expect(response.status).toBe(403)
    expect((await response.json()).message).toBe('Only this server may call this address.')
  })
})

describe('/api/internal/removed-subprocessors', () => {
  it('answers the proxy’s own call, not a forwarded one', async () => {
    expect((await fetch(portalUrl('/api/internal/removed-subprocessors'))).status).toBe(200)
    const forwarded = await fetch(portalUrl('/api/internal/removed-subprocessors'), {
      headers: { 'x-forwarded-for': '198.51.100.7' },
    })
    expect(forwarded.status).toBe(403)
  })
})
