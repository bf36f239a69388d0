// The pure parts of the security headers (src/security): HSTS only for an https public address,
// and the hashes that let exactly a page's own inline scripts and styles run.
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { addPagePolicy, inlineHashes, pagePolicy } from '@/security/csp.mjs'
import { commonHeaders, securityHeaders } from '@/security/headers.mjs'

const sha256 = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
const header = (headers: Array<{ key: string; value: string }>, key: string) =>
  headers.find((h) => h.key === key)?.value

describe('the headers every response carries', () => {
  it('sends Strict-Transport-Security when the public address is https, never on http', () => {
    const https = commonHeaders(new URL('https://trust.example.com'))
    expect(header(https, 'Strict-Transport-Security')).toBe('max-age=63072000; includeSubDomains')
    expect(
      header(commonHeaders(new URL('http://127.0.0.1:3000')), 'Strict-Transport-Security'),
    ).toBeUndefined()
    const all = securityHeaders(new URL('https://trust.example.com'))
    expect(header(all[0].headers, 'Strict-Transport-Security')).toBeDefined()
  })

  it('names only permissions features Chromium knows (an unknown one is a console error)', () => {
    const permissions = header(commonHeaders(new URL('https://x.example')), 'Permissions-Policy')!
    expect(permissions).not.toContain('interest-cohort')
    expect(permissions).toMatch(/^([a-z-]+=\(\)(, )?)+$/)
  })
})

describe('the hashes of a page', () => {
  const html =
    '<html><head><script src="/_next/a.js" async=""></script><script>self.__next_f.push([1,"é\\u003c/script"])</script>' +
    '<script type="application/ld+json">{"a":1}</script><style>p{color:red}</style></head>' +
    '<body><div style="font-family:&quot;Segoe UI&quot;;color:red">x</div><script id="_R_">boot()</script></body></html>'

  it('hashes each inline script, style element and style attribute exactly as the browser reads it', () => {
    const hashes = inlineHashes(html)
    expect(hashes.scripts.sort()).toEqual(
      [sha256('self.__next_f.push([1,"é\\u003c/script"])'), sha256('boot()')].sort(),
    )
    expect(hashes.styles).toEqual([sha256('p{color:red}')])
    expect(hashes.styleAttributes).toEqual([sha256('font-family:"Segoe UI";color:red')])
    const policy = pagePolicy({ hashes })
    expect(policy).toContain(`script-src 'self' ${hashes.scripts.join(' ')}`)
    expect(policy).toContain(
      `style-src 'self' ${hashes.styles[0]} 'unsafe-hashes' ${hashes.styleAttributes[0]}`,
    )
    expect(policy).toContain("frame-ancestors 'none'")
    expect(policy).not.toContain('unsafe-inline')
  })

  it('gives a cached page its policy once, and leaves other entries alone', () => {
    const page: { kind: string; html: string; headers?: Record<string, unknown> } = {
      kind: 'APP_PAGE',
      html,
    }
    addPagePolicy(page)
    const policy = page.headers!['content-security-policy']
    expect(policy).toBe(pagePolicy({ hashes: inlineHashes(html) }))
    page.html = '<script>other()</script>'
    addPagePolicy(page)
    expect(page.headers!['content-security-policy'], 'stored with the HTML it was made for').toBe(
      policy,
    )
    const route = { kind: 'APP_ROUTE', body: 'x', headers: {} }
    addPagePolicy(route)
    expect(route.headers).toEqual({})
  })
})
