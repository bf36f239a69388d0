import { validations } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { validateWebAddress } from '@/fields/url'
import { rest, seededPayload, tokenFor } from '../helpers/payload'
import { EMAIL } from '@/notices/subscriptions'
import { sameSitePath } from '@/utilities/sameSitePath'

// Input that reaches a redirect, a stored field or another system: each trick is refused.

describe('redirect targets', () => {
  it.each([
    ['/', '/'],
    ['/changes?kind=removal', '/changes?kind=removal'],
    ['/subprocessors/stripe#details', '/subprocessors/stripe#details'],
    ['/./policies/../changes', '/changes'],
  ])('keep same-site path %s', (value, expected) => {
    expect(sameSitePath(value)).toBe(expected)
  })

  it.each([
    '//evil.example/x',
    '/.//evil.example/x',
    '/./..//evil.example',
    '/\\evil.example',
    '/\\/evil.example',
    '/%2F/evil.example',
    '/%2f%2fevil.example',
    '/./%2f%2fevil.example',
    '/%5Cevil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    'https://evil.example/',
    'http:/evil.example',
    'javascript:alert(1)',
    'evil.example',
    '',
  ])('refuse %j', (value) => {
    expect(sameSitePath(value)).toBeNull()
  })
})

describe('web address fields', () => {
  it.each([
    'https://example.com/security\nContact: mailto:attacker@evil.example',
    'https://example.com/\r\nx',
    'https://example.com/\tpolicy',
    'https://example.com/\u0000',
  ])('refuse control characters in %j', (value) => {
    expect(validateWebAddress(value)).toMatch(/control characters/)
  })

  it('accept an ordinary address', () => {
    expect(validateWebAddress('https://example.com/security?lang=en#top')).toBe(true)
  })

  describe('through the REST API', () => {
    let editor: string
    let admin: string
    beforeAll(async () => {
      await seededPayload()
      editor = await tokenFor('editor', 'input-editor@tests.invalid')
      admin = await tokenFor('admin', 'input-admin@tests.invalid')
    })
    const injected = 'https://example.com/security\nContact: mailto:attacker@evil.example'

    it('refuse a line break in a draft too (Payload skips validate on drafts), naming the field', async () => {
      const { docs } = (await rest('GET', '/api/subprocessors?limit=1&depth=0', { token: editor }))
        .body
      const saved = await rest('PATCH', `/api/subprocessors/${docs[0].id}?draft=true`, {
        token: editor,
        body: { securityUrl: injected },
      })
      expect(saved.status).toBe(400)
      expect(JSON.stringify(saved.body)).toContain('securityUrl')
      const after = await rest('GET', `/api/subprocessors/${docs[0].id}?draft=true&depth=0`, {
        token: editor,
      })
      expect(after.body.securityUrl ?? '').not.toContain('\n')
    })

    it('refuse it in the security policy address that security.txt prints', async () => {
      const saved = await rest('POST', '/api/globals/trust-center', {
        token: admin,
        body: { securityPolicyUrl: injected },
      })
      expect(saved.status).toBe(400)
      expect(JSON.stringify(saved.body)).toContain('control characters')
    })
  })
})

describe('email addresses for sign-up', () => {
  // Payload's validator, as the subscribers collection runs it (no collection-specific rules).
  const payloadAccepts = (value: string) =>
    validations.email(value, {
      req: { payload: { collections: {}, config: { collections: [] } }, t: (key: string) => key },
      required: true,
    } as never) === true

  it.each([
    'name@example.com',
    'first.last+tag@sub.example.co.uk',
    "o'brien@example.org",
    'a..b@example.com',
    '"quoted"@example.com',
    'user@-example.com',
    'user@example-.com',
    'user@example..com',
    'user@example',
    'a b@example.com',
    '.lead@example.com',
    'trail.@example.com',
  ])('agree with Payload on %j', (value) => {
    expect(EMAIL.test(value)).toBe(payloadAccepts(value))
  })
})
