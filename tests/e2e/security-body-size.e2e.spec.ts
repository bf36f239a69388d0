// Body limits, enforced before the body is read (src/security/bodyLimits.ts): 16 KB for the forms
// and this app's own routes, 512 KB for Payload's APIs and admin; 413 with a message, and a body
// without a length stopped at the limit (forms) or refused (Payload's handlers read it whole).
import { describe, expect, it } from 'vitest'
import { portalUrl } from '../helpers/portal'
import { freshClient } from '../helpers/security'

const KB = 1024
const json = (size: number) =>
  JSON.stringify({ email: 'big@example.com', padding: 'x'.repeat(size) })

const send = (path: string, body: BodyInit, headers: Record<string, string> = {}) =>
  fetch(portalUrl(path), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      'x-forwarded-for': freshClient(),
      ...headers,
    },
    body,
    duplex: 'half',
  } as RequestInit)

/** A body sent in pieces with no Content-Length (Transfer-Encoding: chunked). */
const chunked = (size: number) => {
  let sent = 0
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= size) return controller.close()
      const piece = new TextEncoder().encode('x'.repeat(Math.min(4 * KB, size - sent)))
      sent += piece.byteLength
      controller.enqueue(piece)
    },
  })
}

describe('request body limits', () => {
  it.each([
    '/notices/subscribe',
    '/notices/confirm',
    '/notices/object',
    '/api/internal/revalidate',
  ])('answers 413 for a 17 KB body to %s', async (path) => {
    const response = await send(path, json(17 * KB))
    expect(response.status).toBe(413)
    expect(await response.text()).toMatch(/too large: this address accepts at most 16 KB/)
  })

  it('still takes a normal form', async () => {
    expect((await send('/notices/subscribe', json(1 * KB))).status).toBe(202)
  })

  it('stops reading a form body without a length at 16 KB', async () => {
    const response = await send('/notices/subscribe', chunked(64 * KB))
    expect(response.status).toBe(413)
    expect(JSON.stringify(await response.json())).toMatch(/at most 16 KB/)
  })

  it.each(['/api/users/login', '/api/graphql', '/api/subprocessors', '/admin'])(
    'answers 413 for a 513 KB body to %s, and reads up to 512 KB',
    async (path) => {
      const over = await send(path, json(513 * KB))
      expect(over.status).toBe(413)
      expect(await over.text()).toMatch(/at most 512 KB/)
      expect((await send(path, json(300 * KB))).status).not.toBe(413)
    },
  )

  it('refuses a body without a length where the handler would read it whole', async () => {
    const response = await send('/api/users/login', chunked(2 * KB))
    expect(response.status).toBe(411)
    expect(await response.text()).toMatch(/Content-Length/)
  })
})
