import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  loadPublishedCategories,
  loadPublishedChanges,
  loadPublishedPolicies,
  loadPublishedSubprocessors,
} from '@/data/publicApi'
import { csvCell, neutraliseFormula, toCsv } from '@/public-api/csv'
import { isNotModified, strongEtag } from '@/public-api/http'
import { openApiDocument } from '@/public-api/openapi'
import { paginate } from '@/public-api/pagination'
import { readChangeQuery, readSubprocessorQuery } from '@/public-api/query'
import { filterChanges } from '@/public-api/resources'
import type { PublicChangeNotice } from '@/public-api/serialize'
import { policyBodyToHtml, policyBodyToText } from '@/public-api/richText'
import { securityTxt, securityTxtExpiry } from '@/public-api/securityTxt'
import { lastWithdrawal } from '@/public-api/withdrawals'
import { bulletList, paragraph, richText } from '@/seed/lexical'
import { createContract, parseCsv } from '../helpers/openapi'
import { quiet, rest, seededPayload, tokenFor } from '../helpers/payload'

// The public API's building blocks against the real database; the endpoints themselves are
// tested through the production server in tests/e2e/api.e2e.spec.ts.

let payload: Payload
let categoryId: string
const contract = createContract()

beforeAll(async () => {
  payload = await seededPayload()
  categoryId = (await payload.find({ collection: 'categories', limit: 1, sort: 'order' })).docs[0]
    .id
})

const vendor = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  category: categoryId,
  purpose: 'Testing the public API',
  dataProcessed: ['Test data'],
  locations: ['Iceland'],
  _status: 'published',
  ...extra,
})

describe('CSV export cells', () => {
  it('quotes every cell and doubles quotes, keeping commas and line breaks inside the cell', () => {
    const csv = toCsv(['a', 'b'], [['He said "hi", then left', 'line one\nline two\r\nline three']])
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(csv).toBe(
      '\uFEFF"a","b"\r\n"He said ""hi"", then left","line one\nline two\r\nline three"\r\n',
    )
    expect(parseCsv(csv.slice(1))).toEqual([
      ['a', 'b'],
      ['He said "hi", then left', 'line one\nline two\r\nline three'],
    ])
  })

  it.each([
    ['=HYPERLINK("http://evil.example","click")'],
    ['+1+1'],
    ['-2+3'],
    ['@SUM(A1:A2)'],
    ['\t=1+1'],
    ['\r=1+1'],
    ['  =1+1'],
    ['\uFF1D1+1'],
  ])('neutralises %j so a spreadsheet shows it as text', (value) => {
    expect(neutraliseFormula(value)).toBe(`'${value}`)
    expect(csvCell(value)).toBe(`"'${value.replace(/"/g, '""')}"`)
  })

  it('leaves ordinary text, addresses and dates alone', () => {
    for (const value of [
      'Stripe, Inc.',
      'https://stripe.com/privacy',
      '2025-01-31T00:00:00.000Z',
      'a=b',
      '',
    ]) {
      expect(neutraliseFormula(value)).toBe(value)
    }
    expect(csvCell(null)).toBe('""')
  })
})

describe('serialisers', () => {
  it('map published subprocessors to the v1 contract, with no internal fields and no drafts', async () => {
    const draft = await payload.create({
      collection: 'subprocessors',
      data: vendor(`Zz public API draft ${Date.now()}`, { _status: 'draft' }) as never,
      draft: true,
      ...quiet,
    })
    const { items, lastModified } = await loadPublishedSubprocessors(payload)
    expect(items.map((item) => item.slug)).not.toContain(draft.slug)
    const stripe = items.find((item) => item.slug === 'stripe')!
    expect(stripe).toMatchObject({
      name: 'Stripe',
      category: { slug: 'payments-and-payouts', name: 'Payments and Payouts' },
      legalEntity: null,
      transferSafeguards: [],
    })
    expect(stripe.portalUrl).toMatch(/\/subprocessors\/stripe$/)
    expect(stripe).not.toHaveProperty('id')
    expect(stripe).not.toHaveProperty('_status')
    expect(items.find((item) => item.slug === 'dots')?.legalEntity).toBe('Divisible Inc.')
    for (const item of items) expect(contract.checkSchema('Subprocessor', item)).toEqual([])
    expect(Date.parse(lastModified!)).toBeGreaterThanOrEqual(
      Math.max(...items.map((item) => Date.parse(item.updatedAt))),
    )
  })

  it('label transfer safeguards and keep their codes', async () => {
    const doc = await payload.create({
      collection: 'subprocessors',
      data: vendor(`Zz safeguarded ${Date.now()}`, {
        transferSafeguards: ['eu-sccs', 'eu-us-dpf'],
      }) as never,
      ...quiet,
    })
    const item = (await loadPublishedSubprocessors(payload)).items.find(
      (candidate) => candidate.slug === doc.slug,
    )!
    expect(item.transferSafeguards).toEqual([
      { code: 'eu-sccs', label: 'EU Standard Contractual Clauses (SCCs)' },
      { code: 'eu-us-dpf', label: 'EU-US Data Privacy Framework' },
    ])
  })

  it('map categories and policies to the contract', async () => {
    const categories = await loadPublishedCategories(payload)
    for (const item of categories.items) expect(contract.checkSchema('Category', item)).toEqual([])
    const policies = await loadPublishedPolicies(payload)
    expect(policies.items.map((item) => item.slug)).toContain('contact')
    for (const item of policies.items) expect(contract.checkSchema('Policy', item)).toEqual([])
  })

  it('give a policy body as HTML, plain text and the stored Lexical JSON', async () => {
    const { items } = await loadPublishedPolicies(payload)
    const contact = items.find((item) => item.slug === 'contact')!
    expect(contact.body.html).toMatch(/^<p>/)
    expect(contact.body.html).toContain(
      '<a href="mailto:support@joinclicki.com">support@joinclicki.com</a>',
    )
    expect(contact.body.text).toContain('support@joinclicki.com')
    expect(contact.body.text).not.toMatch(/<[a-z]/)
    expect(contact.body.lexical.root.type).toBe('root')
  })
})

describe('change notices', () => {
  const DAY = 86_400_000
  const stamp = Date.now()
  const announced: string[] = []

  async function draftSubprocessor(name: string) {
    return payload.create({
      collection: 'subprocessors',
      data: vendor(name, { _status: 'draft', locations: ['Germany'] }) as never,
      draft: true,
      ...quiet,
    })
  }

  async function announceAddition(subprocessor: string) {
    const change = await payload.create({
      collection: 'changes',
      data: {
        status: 'announced',
        kind: 'addition',
        subprocessor,
        reason: 'We need a tool for the public API tests.',
        effectiveDate: new Date(Date.now() + 31 * DAY).toISOString(),
      },
      ...quiet,
    })
    announced.push(change.id)
    return change
  }

  const cancel = (id: string) =>
    payload.update({ collection: 'changes', id, data: { status: 'cancelled' }, ...quiet })

  // Announced changes cannot be deleted. Cancelled, they leave the change log, send no notice from
  // a queued job and never take effect, so the other test files see no trace of them.
  afterAll(async () => {
    for (const id of announced) {
      const { status } = await payload.findByID({ collection: 'changes', id, depth: 0 })
      if (status === 'announced') await cancel(id)
    }
  })

  it('serve announced changes only, in the v1 shape, with the field diffs and no internal ids', async () => {
    const name = `Zz Change API ${stamp}`
    const subprocessor = await draftSubprocessor(name)
    const change = await announceAddition(subprocessor.id)
    const draft = await payload.create({
      collection: 'changes',
      data: {
        status: 'draft',
        kind: 'addition',
        subprocessor: subprocessor.id,
        reason: 'A draft change that is never served.',
        effectiveDate: new Date(Date.now() + 40 * DAY).toISOString(),
      },
      ...quiet,
    })

    const { items, lastModified } = await loadPublishedChanges(payload)
    const item = items.find((candidate) => candidate.slug === change.slug)!
    expect(item).toMatchObject({
      slug: expect.stringMatching(
        new RegExp(`^\\d{4}-\\d\\d-\\d\\d-addition-${subprocessor.slug}$`),
      ),
      title: `${name}: new subprocessor`,
      kind: 'addition',
      status: 'announced',
      subprocessor: { slug: subprocessor.slug, name },
      replaces: null,
      reason: 'We need a tool for the public API tests.',
      urgentReason: null,
      noticePeriodDays: 30,
      appliedAt: null,
      announcedAt: change.announcedAt,
      effectiveDate: change.effectiveDate,
    })
    expect(item.portalUrl).toMatch(new RegExp(`/changes/${change.slug}$`))
    expect(item.fieldChanges).toEqual(
      expect.arrayContaining([
        {
          field: 'name',
          label: 'Name',
          subprocessorName: name,
          subprocessorSlug: subprocessor.slug,
          before: null,
          after: name,
        },
        expect.objectContaining({ field: 'locations', before: null, after: ['Germany'] }),
        expect.objectContaining({ field: 'category', after: expect.any(String) }),
      ]),
    )
    expect(contract.checkSchema('Change', item)).toEqual([])
    const text = JSON.stringify(items)
    for (const hidden of [change.id, subprocessor.id, draft.id, 'never served', 'versionRefs'])
      expect(text).not.toContain(hidden)
    for (const key of ['id', 'deliveries', 'objections', 'versionRefs'])
      expect(item).not.toHaveProperty(key)
    expect(Date.parse(lastModified!)).toBeGreaterThanOrEqual(Date.parse(change.updatedAt))
    // newest announcement first
    const times = items.map((candidate) => Date.parse(candidate.announcedAt))
    expect(times).toEqual([...times].sort((a, b) => b - a))
  })

  it('name the subprocessor by the announced version, not by a draft edited afterwards', async () => {
    const subprocessor = await draftSubprocessor(`Zz Renamed later ${stamp}`)
    const change = await announceAddition(subprocessor.id)
    await payload.update({
      collection: 'subprocessors',
      id: subprocessor.id,
      data: { slug: `zz-sneaky-${stamp}`, name: 'Sneaky new name' },
      draft: true,
      ...quiet,
    })
    const latest = await payload.findByID({
      collection: 'subprocessors',
      id: subprocessor.id,
      draft: true,
    })
    expect(latest.slug).toBe(`zz-sneaky-${stamp}`)
    const item = (await loadPublishedChanges(payload)).items.find((c) => c.slug === change.slug)!
    expect(item.subprocessor).toEqual({ slug: subprocessor.slug, name: subprocessor.name })
    expect(JSON.stringify(item)).not.toMatch(/sneaky/i)
  })

  it('drop a cancelled change and move Last-Modified past the cancellation', async () => {
    const subprocessor = await draftSubprocessor(`Zz Cancelled ${stamp}`)
    const change = await announceAddition(subprocessor.id)
    const before = await loadPublishedChanges(payload)
    expect(before.items.map((item) => item.slug)).toContain(change.slug)
    await new Promise((resolve) => setTimeout(resolve, 20))
    const cancelled = await cancel(change.id)
    const after = await loadPublishedChanges(payload)
    expect(after.items.map((item) => item.slug)).not.toContain(change.slug)
    expect(Date.parse(after.lastModified!)).toBeGreaterThanOrEqual(Date.parse(cancelled.updatedAt))
    expect(Date.parse(after.lastModified!)).toBeGreaterThan(Date.parse(before.lastModified!))
  })

  it('document an example that matches the schema', () => {
    const [example] = openApiDocument().components.schemas.Change.examples ?? []
    expect(example).toBeTruthy()
    expect(contract.checkSchema('Change', example)).toEqual([])
  })

  it('filter by kind, status, subprocessor (new or replaced), announcement and update time', () => {
    const [example] = openApiDocument().components.schemas.Change.examples as PublicChangeNotice[]
    const change = (slug: string, extra: Partial<PublicChangeNotice>): PublicChangeNotice => ({
      ...example,
      slug,
      ...extra,
    })
    const items = [
      change('new-crm', {
        kind: 'replacement',
        subprocessor: { slug: 'new-crm', name: 'New CRM' },
        replaces: { slug: 'old-crm', name: 'Old CRM' },
        announcedAt: '2025-06-01T10:00:00.000Z',
        updatedAt: '2025-07-01T10:00:00.000Z',
        status: 'effective',
      }),
      change('acme', { announcedAt: '2025-05-01T10:00:00.000Z' }),
    ]
    const slugs = (query: string) => {
      const parsed = readChangeQuery(new URLSearchParams(query))
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.invalidParams))
      return filterChanges(items, parsed.value).map((item) => item.slug)
    }
    expect(slugs('')).toEqual(['new-crm', 'acme'])
    expect(slugs('kind=replacement')).toEqual(['new-crm'])
    expect(slugs('kind=removal')).toEqual([])
    expect(slugs('status=announced')).toEqual(['acme'])
    expect(slugs('subprocessor=old-crm')).toEqual(['new-crm'])
    expect(slugs('subprocessor=acme-analytics')).toEqual(['acme'])
    expect(slugs('since=2025-06-02')).toEqual([])
    expect(slugs('since=2025-06-01')).toEqual(['new-crm'])
    expect(slugs('since=2025-06-01T10:00:00Z')).toEqual(['new-crm'])
    expect(slugs('since=2025-05-01T12:00:00%2B02:00')).toEqual(['new-crm', 'acme'])
    expect(slugs('updatedSince=2025-06-15')).toEqual(['new-crm'])
    expect(slugs('kind=addition&status=announced&since=2025-01-01')).toEqual(['acme'])
  })
})

describe('rich text conversion', () => {
  const noSlugs = () => null

  it('writes lists as lines and links with their address in plain text', () => {
    const body = richText(
      paragraph('Read ', { link: 'https://example.com/terms', text: 'the terms' }, '.'),
      bulletList([['First'], ['Second']]),
    )
    expect(policyBodyToText(body, noSlugs)).toBe(
      'Read the terms (https://example.com/terms).\n\n- First\n- Second',
    )
    expect(policyBodyToHtml(body, noSlugs)).toBe(
      '<p>Read <a href="https://example.com/terms">the terms</a>.</p><ul class="list-bullet"><li>First</li><li>Second</li></ul>',
    )
  })

  it('never emits a javascript: link and escapes text', () => {
    const body = richText(paragraph({ link: 'javascript:alert(1)', text: '<b>click</b>' }))
    const html = policyBodyToHtml(body, noSlugs)
    expect(html).not.toContain('javascript:')
    expect(html).toContain('&lt;b&gt;click&lt;/b&gt;')
  })

  it('points internal links at the portal page of a published document, and nowhere otherwise', () => {
    const link = (id: string) => ({
      type: 'link',
      version: 3,
      fields: { linkType: 'internal', newTab: false, doc: { relationTo: 'policies', value: id } },
      children: [
        {
          type: 'text',
          text: 'Scope',
          version: 1,
          format: 0,
          detail: 0,
          mode: 'normal',
          style: '',
        },
      ],
    })
    const body = richText({
      type: 'paragraph',
      version: 1,
      children: [link('published-id'), link('draft-id')],
    })
    const slugOf = (collection: string, id: string) =>
      collection === 'policies' && id === 'published-id' ? 'scope' : null
    const html = policyBodyToHtml(body, slugOf)
    expect(html).toMatch(
      /<a href="https?:\/\/[^"]+\/policies\/scope">Scope<\/a><a href="#">Scope<\/a>/,
    )
  })

  it('is deterministic, so the ETag of an unchanged policy never changes', () => {
    const checklist = richText({
      type: 'list',
      version: 1,
      listType: 'check',
      tag: 'ul',
      children: [{ type: 'listitem', version: 1, checked: true, value: 1, children: [] }],
    })
    expect(policyBodyToHtml(checklist, () => null)).toBe(policyBodyToHtml(checklist, () => null))
  })
})

describe('query parameters', () => {
  const read = (query: string) => readSubprocessorQuery(new URLSearchParams(query))

  it('accepts the documented parameters with defaults', () => {
    expect(read('')).toEqual({
      ok: true,
      value: { limit: 50, page: 1, updatedSince: null, category: null, location: null },
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
  ])('refuses %s, naming %s', (query, name) => {
    const result = read(query)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.invalidParams.map((param) => param.name)).toContain(name)
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

describe('conditional requests', () => {
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

describe('Last-Modified after a withdrawal', () => {
  it('moves when a published entry is unpublished or deleted, not when a draft is saved over it', async () => {
    const doc = await payload.create({
      collection: 'subprocessors',
      data: vendor(`Zz withdrawn ${Date.now()}`) as never,
      ...quiet,
    })
    const before = await lastWithdrawal(payload, 'subprocessors')

    await payload.update({
      collection: 'subprocessors',
      id: doc.id,
      data: { purpose: 'A draft edit' },
      draft: true,
      ...quiet,
    })
    expect(await lastWithdrawal(payload, 'subprocessors')).toBe(before)

    await payload.update({
      collection: 'subprocessors',
      id: doc.id,
      data: { _status: 'draft' },
      ...quiet,
    })
    const unpublished = await lastWithdrawal(payload, 'subprocessors')
    expect(unpublished).not.toBe(before)
    expect(Date.parse(unpublished!)).toBeGreaterThanOrEqual(Date.parse(doc.updatedAt))

    const again = await payload.create({
      collection: 'subprocessors',
      data: vendor(`Zz deleted ${Date.now()}`) as never,
      ...quiet,
    })
    await payload.delete({ collection: 'subprocessors', id: again.id, ...quiet })
    const deleted = await lastWithdrawal(payload, 'subprocessors')
    expect(Date.parse(deleted!)).toBeGreaterThanOrEqual(Date.parse(unpublished!))
    expect((await loadPublishedSubprocessors(payload)).lastModified! >= deleted!).toBe(true)
  })
})

describe('the reserved slug "annex"', () => {
  it('is refused for a subprocessor, typed or filled in from the name', async () => {
    const token = await tokenFor('editor')
    for (const body of [vendor('Annex vendor', { slug: 'annex' }), vendor('Annex')]) {
      const response = await rest('POST', '/api/subprocessors', { token, body })
      expect(response.status, JSON.stringify(response.body)).toBe(400)
      const errors = response.body.errors.flatMap(
        (error: { data?: { errors?: unknown[] } }) => error.data?.errors ?? [],
      )
      expect(errors).toContainEqual({
        path: 'slug',
        message: expect.stringMatching(/"annex" is reserved/),
      })
    }
  })
})

describe('security.txt', () => {
  it('has the required fields, an expiry under a year away and the canonical address', () => {
    const now = new Date('2025-03-10T15:00:00Z')
    const text = securityTxt(
      {
        email: 'security@example.com',
        policyUrl: 'https://example.com/disclosure',
        companyName: 'Example',
      },
      now,
    )
    expect(text).toMatch(/^Contact: mailto:security@example\.com$/m)
    expect(text).toMatch(/^Expires: 2025-06-08T00:00:00Z$/m)
    expect(text).toMatch(/^Policy: https:\/\/example\.com\/disclosure$/m)
    expect(text).toMatch(/^Canonical: https?:\/\/.+\/\.well-known\/security\.txt$/m)
    expect(securityTxtExpiry(now).getTime() - now.getTime()).toBeLessThan(365 * 24 * 3600 * 1000)
  })
})

describe('the generated REST and GraphQL APIs', () => {
  const nested = (levels: number) => {
    let where: unknown = { name: { equals: 'Stripe' } }
    for (let i = 0; i < levels; i++) where = { and: [where] }
    return encodeURIComponent(JSON.stringify(where))
  }

  it.each([
    ['limit=1000000000', /limit must be/],
    ['limit=0', /limit must be/],
    ['pagination=false', /pagination=false/],
    ['page=0', /page must be/],
    ['depth=50', /depth must be/],
    [`where=${nested(50)}`, /nests and\/or/],
    ['where={not json', /not valid JSON/],
    ['where[order][greater_than]=abc', /does not fit/],
    ['where[name][equals][$gt]=', /plain value/],
    ['where[name][near]=1,2', /not available/],
    [`where[id][in]=${Array(500).fill('x').join(',')}`, /at most 100/],
    [`sort=${'name,'.repeat(20)}`, /sort/],
    ['sort=na%00me', /sort must list/],
    ['sort=category.name', /no nested paths/],
  ])('refuse %s with a 400 and a message', async (query, message) => {
    const collection = query.startsWith('where[order]') ? 'categories' : 'subprocessors'
    const response = await rest('GET', `/api/${collection}?${query}`)
    expect(response.status, JSON.stringify(response.body)).toBe(400)
    expect(response.body.errors[0].message).toMatch(message)
  })

  it('still serve reasonable queries, with relationships populated', async () => {
    const response = await rest('GET', `/api/subprocessors?limit=100&depth=1&where=${nested(3)}`)
    expect(response.status).toBe(200)
    expect(response.body.docs[0]).toMatchObject({
      name: 'Stripe',
      category: { slug: 'payments-and-payouts' },
    })
  })

  it('refuse abusive GraphQL before running it: 400 for graphql-response+json, errors without data for application/json', async () => {
    const queries = [
      '{ Subprocessors(limit: 100000) { docs { name } } }',
      '{ Subprocessors(pagination: false) { docs { name } } }',
      `{ ${Array.from({ length: 11 }, (_, i) => `a${i}: Categories { docs { name } }`).join(' ')} }`,
    ]
    for (const query of queries) {
      const modern = await rest('POST', '/api/graphql', {
        body: { query },
        headers: { accept: 'application/graphql-response+json' },
      })
      expect(modern.status, query).toBe(400)
      expect(modern.body.errors[0].message).toMatch(/limit|pagination|root fields/)
      const legacy = await rest('POST', '/api/graphql', {
        body: { query },
        headers: { accept: 'application/json' },
      })
      expect(legacy.status).toBe(200)
      expect(legacy.body.data).toBeUndefined()
    }
    const variables = await rest('POST', '/api/graphql', {
      body: {
        query: 'query($n: Int) { Subprocessors(limit: $n) { docs { name } } }',
        variables: { n: 5000 },
      },
      headers: { accept: 'application/graphql-response+json' },
    })
    expect(variables.status).toBe(400)
    const fine = await rest('POST', '/api/graphql', {
      body: { query: '{ Subprocessors(limit: 100) { docs { name category { name } } } }' },
      headers: { accept: 'application/graphql-response+json' },
    })
    expect(fine.status).toBe(200)
    expect(fine.body.data.Subprocessors.docs.length).toBeGreaterThan(0)
  })
})
