// Form POSTs sent from another site's page are refused, 403; a mail provider's one-click
// unsubscribe (RFC 8058, server to server: no Origin, no Sec-Fetch-Site) still works.
import { describe, expect, it } from 'vitest'
import { portalUrl } from '../helpers/portal'
import { freshClient } from '../helpers/security'

const form = (path: string, headers: Record<string, string>, body = 'email=reader%40example.com') =>
  fetch(portalUrl(path), {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-forwarded-for': freshClient(),
      ...headers,
    },
    body,
  })

const ownOrigin = () => new URL(portalUrl()).origin

describe('cross-site form posts', () => {
  it.each(['/notices/subscribe', '/notices/confirm', '/notices/unsubscribe', '/notices/object'])(
    'refuses %s from another site',
    async (path) => {
      const refusals: Record<string, string>[] = [
        { 'sec-fetch-site': 'cross-site' },
        { 'sec-fetch-site': 'same-site' },
        { origin: 'https://evil.example' },
        { origin: 'null' },
        { origin: 'null', 'sec-fetch-site': 'cross-site' },
        { 'sec-fetch-site': 'same-origin', origin: 'https://evil.example' },
      ]
      for (const headers of refusals) {
        const response = await form(path, headers)
        expect(response.status, JSON.stringify(headers)).toBe(403)
        expect(await response.text()).toMatch(/only be sent from the trust center’s own pages/)
      }
    },
  )

  it('accepts the site’s own pages', async () => {
    const response = await form('/notices/subscribe', {
      'sec-fetch-site': 'same-origin',
      origin: ownOrigin(),
    })
    expect(response.status).toBe(303)
    // a page with `Referrer-Policy: no-referrer` (the pages with a token) posts with Origin: null
    const private_ = await form('/notices/subscribe', {
      'sec-fetch-site': 'same-origin',
      origin: 'null',
    })
    expect(private_.status).toBe(303)
  })

  it('keeps one-click unsubscribe from a mail provider working (no Origin, no Sec-Fetch-Site)', async () => {
    const response = await form(
      '/notices/unsubscribe?token=made-up',
      {},
      'List-Unsubscribe=One-Click',
    )
    expect(response.status).toBe(303) // to the page that says the link is not valid
    expect(response.headers.get('location')).toMatch(/error=invalid-link/)
  })
})
