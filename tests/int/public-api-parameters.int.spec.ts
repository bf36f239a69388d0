import { describe, expect, it } from 'vitest'
import { isNotModified, strongEtag } from '@/public-api/http'
import { paginate } from '@/public-api/pagination'
import { readChangeQuery, readScopeQuery, readSubprocessorQuery } from '@/public-api/query'

// How the public API reads its query parameters, pages its lists and answers conditional
// requests: the building blocks every endpoint shares.

describe('query parameters of the public API', () => {
  const read = (query: string) => readSubprocessorQuery(new URLSearchParams(query))

  it('accepts the documented parameters with defaults', () => {
    expect(read('')).toEqual({
      ok: true,
      value: {
        limit: 50,
        page: 1,
        updatedSince: null,
        category: null,
        location: null,
        scope: null,
        locale: 'en',
      },
    })
    expect(
      read(
        'limit=100&page=2&category=payments-and-payouts&location=united%20states&updatedSince=2025-01-31',
      ),
    ).toEqual({
      ok: true,
      value: {
        limit: 100,
        page: 2,
        category: 'payments-and-payouts',
        location: 'united states',
        updatedSince: '2025-01-31T00:00:00.000Z',
        scope: null,
        locale: 'en',
      },
    })
    expect(read('updatedSince=2025-01-31T09:30:00%2B02:00')).toMatchObject({
      value: { updatedSince: '2025-01-31T07:30:00.000Z' },
    })
  })

  it.each([
    ['limit=0', 'limit'],
    ['limit=101', 'limit'],
    ['limit=1e3', 'limit'],
    ['limit=', 'limit'],
    ['page=0', 'page'],
    ['page=-1', 'page'],
    ['updatedSince=yesterday', 'updatedSince'],
    ['updatedSince=2025-02-30', 'updatedSince'],
    ['updatedSince=2025-01-31T09:00:00', 'updatedSince'],
    ['category=Not%20A%20Slug', 'category'],
    ['location=', 'location'],
    [`location=${'x'.repeat(101)}`, 'location'],
    ['categroy=payments', 'categroy'],
    ['limit=1&limit=2', 'limit'],
    ['scope=', 'scope'],
    ['scope=eu-region,,live-chat', 'scope'],
    ['scope=EU%20Region', 'scope'],
    ['scope=eu-region&scope=', 'scope'],
    [`scope=${Array.from({ length: 21 }, (_, i) => `s${i}`).join(',')}`, 'scope'],
  ])('refuses %s, naming %s', (query, name) => {
    const result = read(query)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.invalidParams.map((param) => param.name)).toContain(name)
  })

  it('reads scopes comma-separated or repeated (the one parameter that may repeat), once each', () => {
    const scopes = (query: string) => {
      const result = read(query)
      return result.ok ? result.value.scope : result.invalidParams
    }
    expect(scopes('scope=eu-region')).toEqual(['eu-region'])
    expect(scopes('scope=eu-region,live-chat')).toEqual(['eu-region', 'live-chat'])
    expect(scopes('scope=eu-region&limit=5&scope=live-chat')).toEqual(['eu-region', 'live-chat'])
    expect(scopes('scope=eu-region,live-chat&scope=eu-region')).toEqual(['eu-region', 'live-chat'])
    expect(scopes('scope=a,B')).toEqual([
      {
        name: 'scope',
        reason: 'must be a slug (lowercase letters, digits and single hyphens), not "B".',
      },
    ])
    // the CSV takes the scope and the language, nothing else
    expect(readScopeQuery(new URLSearchParams('scope=eu-region&scope=us'))).toEqual({
      ok: true,
      value: { scope: ['eu-region', 'us'], locale: 'en' },
    })
    expect(readScopeQuery(new URLSearchParams(''))).toEqual({
      ok: true,
      value: { scope: null, locale: 'en' },
    })
    expect(readScopeQuery(new URLSearchParams('limit=5')).ok).toBe(false)
  })

  it('reads the filters of change notices, and refuses unpublished statuses', () => {
    const readChanges = (query: string) => readChangeQuery(new URLSearchParams(query))
    expect(readChanges('')).toEqual({
      ok: true,
      value: {
        limit: 50,
        page: 1,
        updatedSince: null,
        kind: null,
        status: null,
        subprocessor: null,
        since: null,
        locale: 'en',
      },
    })
    expect(
      readChanges(
        'kind=material-edit&status=effective&subprocessor=stripe&since=2025-01-31&page=2',
      ),
    ).toMatchObject({
      ok: true,
      value: {
        kind: 'material-edit',
        status: 'effective',
        subprocessor: 'stripe',
        since: '2025-01-31T00:00:00.000Z',
        page: 2,
      },
    })
    for (const [query, name] of [
      ['kind=edit', 'kind'],
      ['status=draft', 'status'],
      ['status=cancelled', 'status'],
      ['status=Announced', 'status'],
      ['subprocessor=Stripe%20Inc', 'subprocessor'],
      ['since=last-week', 'since'],
      ['since=2025-13-01', 'since'],
      ['category=payments', 'category'],
      ['kind=addition&kind=removal', 'kind'],
    ]) {
      const result = readChanges(query)
      expect(result.ok, query).toBe(false)
      if (!result.ok) expect(result.invalidParams.map((param) => param.name)).toContain(name)
    }
    const draft = readChanges('status=draft')
    if (!draft.ok) expect(draft.invalidParams[0].reason).toMatch(/announced, effective/)
  })

  it('pages with links that keep the filters', () => {
    const url = new URL('http://x.test/api/public/v1/subprocessors?location=us&limit=2&page=2')
    const body = paginate([1, 2, 3, 4, 5], { limit: 2, page: 2, updatedSince: null }, url)
    expect(body.data).toEqual([3, 4])
    expect(body.pagination).toEqual({
      page: 2,
      limit: 2,
      totalItems: 5,
      totalPages: 3,
      hasNextPage: true,
      hasPreviousPage: true,
    })
    expect(body.links.next).toBe('/api/public/v1/subprocessors?location=us&limit=2&page=3')
    expect(body.links.prev).toBe('/api/public/v1/subprocessors?location=us&limit=2&page=1')
  })
})

describe('conditional requests to the public API', () => {
  const etag = strongEtag('{"data":[]}')
  const modified = new Date('2025-01-31T10:00:00.500Z')
  const request = (headers: Record<string, string>) => new Request('http://x.test/', { headers })

  it('computes a strong ETag from the bytes', () => {
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/)
    expect(strongEtag('{"data":[]}')).toBe(etag)
    expect(strongEtag('{"data":[1]}')).not.toBe(etag)
  })

  it('answers If-None-Match, weak or strong, in a list, or *', () => {
    expect(isNotModified(request({ 'if-none-match': etag }), etag, modified)).toBe(true)
    expect(isNotModified(request({ 'if-none-match': `W/${etag}` }), etag, modified)).toBe(true)
    expect(isNotModified(request({ 'if-none-match': `"other", ${etag}` }), etag, modified)).toBe(
      true,
    )
    expect(isNotModified(request({ 'if-none-match': '*' }), etag, modified)).toBe(true)
    expect(isNotModified(request({ 'if-none-match': '"other"' }), etag, modified)).toBe(false)
  })

  it('uses If-Modified-Since only without If-None-Match, to the second', () => {
    expect(
      isNotModified(request({ 'if-modified-since': modified.toUTCString() }), etag, modified),
    ).toBe(true)
    expect(
      isNotModified(
        request({ 'if-modified-since': 'Fri, 31 Jan 2025 09:59:59 GMT' }),
        etag,
        modified,
      ),
    ).toBe(false)
    expect(isNotModified(request({ 'if-modified-since': 'not a date' }), etag, modified)).toBe(
      false,
    )
    const both = { 'if-none-match': '"other"', 'if-modified-since': modified.toUTCString() }
    expect(isNotModified(request(both), etag, modified)).toBe(false)
  })
})
