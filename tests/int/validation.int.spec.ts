import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { categoryId as firstCategoryId, localStore, subprocessorData } from '../helpers/factories'
import { rest, seededPayload, tokenFor } from '../helpers/payload'

// Bad input gets a 400 (or 409) with a message naming the field, and leaves nothing behind.

let payload: Payload
let token: string
let categoryId: string

beforeAll(async () => {
  payload = await seededPayload()
  token = await tokenFor('editor')
  categoryId = await firstCategoryId(localStore(payload))
})

const vendor = (name: string, extra: Record<string, unknown> = {}) =>
  subprocessorData(name, categoryId, { _status: 'published', ...extra })
const valid = () => vendor(`Valid vendor ${Math.random().toString(36).slice(2)}`)

async function snapshot() {
  const [docs, versions] = await Promise.all([
    payload.count({ collection: 'subprocessors' }),
    payload.countVersions({ collection: 'subprocessors' }),
  ])
  return { docs: docs.totalDocs, versions: versions.totalDocs }
}

type FieldError = { path: string; message: string }
const fieldErrors = (body: { errors?: Array<{ data?: { errors?: FieldError[] } }> }) =>
  body.errors?.flatMap((error) => error.data?.errors ?? []) ?? []

async function expectRejected(
  body: Record<string, unknown>,
  path: string,
  message: RegExp,
  query = '',
  headers?: Record<string, string>,
) {
  const before = await snapshot()
  const response = await rest('POST', `/api/subprocessors${query}`, { token, body, headers })
  expect(response.status, JSON.stringify(response.body)).toBe(400)
  const errors = fieldErrors(response.body)
  const error = errors.find((e) => e.path === path)
  expect(error, `no error for ${path} in ${JSON.stringify(errors)}`).toBeDefined()
  expect(error!.message).toMatch(message)
  expect(await snapshot()).toEqual(before)
}

describe('bad input to the REST API', () => {
  it('names every missing required field', async () => {
    const before = await snapshot()
    const response = await rest('POST', '/api/subprocessors', {
      token,
      body: { _status: 'published' },
    })
    expect(response.status).toBe(400)
    const paths = fieldErrors(response.body).map((e) => e.path)
    expect(paths).toEqual(
      expect.arrayContaining(['name', 'category', 'purpose', 'dataProcessed', 'locations']),
    )
    expect(await snapshot()).toEqual(before)
  })

  it('refuses a javascript: address', async () => {
    await expectRejected(
      { ...valid(), securityUrl: 'javascript:alert(document.cookie)' },
      'securityUrl',
      /https:\/\//,
    )
  })

  it('refuses a malformed address and a data: address', async () => {
    await expectRejected(
      { ...valid(), websiteUrl: 'not a web address' },
      'websiteUrl',
      /not a complete web address/,
    )
    await expectRejected(
      { ...valid(), securityUrl: 'data:text/html,<script>alert(1)</script>' },
      'securityUrl',
      /https:\/\//,
    )
    await expectRejected(
      { ...valid(), securityUrl: 'https://nodot' },
      'securityUrl',
      /no valid domain/,
    )
  })

  it('refuses a duplicate slug, naming the slug', async () => {
    await expectRejected({ ...valid(), slug: 'stripe' }, 'slug', /already uses the slug "stripe"/)
  })

  it('refuses a duplicate slug even for a draft, where Payload skips field validation', async () => {
    await expectRejected(
      { ...valid(), slug: 'stripe', _status: 'draft' },
      'slug',
      /./,
      '?draft=true',
    )
  })

  it('refuses a slug that is not URL-safe', async () => {
    await expectRejected({ ...valid(), slug: 'Not A Slug!' }, 'slug', /lowercase letters/)
  })

  it('refuses the reserved slug "annex", typed or filled in from the name', async () => {
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

  it('refuses a category that does not exist', async () => {
    await expectRejected({ ...valid(), category: '0123456789abcdef01234567' }, 'category', /./)
  })

  it('accepts the same document once the mistakes are fixed', async () => {
    const before = await snapshot()
    const response = await rest('POST', '/api/subprocessors', {
      token,
      body: { ...valid(), securityUrl: 'https://example.com/security' },
    })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    expect(response.body.doc.slug).toMatch(/^valid-vendor-/)
    expect((await snapshot()).docs).toBe(before.docs + 1)
  })

  it('refuses to delete a category that still lists subprocessors, and keeps it', async () => {
    const response = await rest('DELETE', `/api/categories/${categoryId}`, { token })
    expect(response.status).toBe(409)
    expect(JSON.stringify(response.body)).toMatch(/Move them to another category/)
    expect(await payload.findByID({ collection: 'categories', id: categoryId })).toBeTruthy()
  })

  it('says why in German to a staff member who chose German, and in English to everyone else', async () => {
    // the admin sends the language a staff member chose as Payload's language cookie
    const german = { cookie: 'payload-lng=de' }
    const overseas = { ...valid(), locations: ['United States'], transferMechanisms: [] }
    await expectRejected(
      overseas,
      'transferMechanisms',
      /^„United States“ liegt außerhalb des Europäischen Wirtschaftsraums\. Wählen Sie daher/,
      '',
      german,
    )
    await expectRejected(
      overseas,
      'transferMechanisms',
      /^"United States" is outside the European Economic Area, so choose/,
    )
    await expectRejected(
      { ...valid(), slug: 'Kein Slug!' },
      'slug',
      /^Verwenden Sie nur Kleinbuchstaben, Ziffern und einzelne Bindestriche/,
      '',
      german,
    )
    // Payload's own messages follow the same choice
    const response = await rest('POST', '/api/subprocessors', {
      token,
      body: { _status: 'published' },
      headers: german,
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toMatch(/Die folgenden Felder sind nicht korrekt/)
  })

  it('answers a body that is not JSON with 400 and says why', async () => {
    const before = await snapshot()
    for (const rawBody of ['{"name": "Broken', '', 'null']) {
      const response = await rest('POST', '/api/subprocessors', {
        token,
        headers: { 'content-type': 'application/json' },
        rawBody,
      })
      expect(response.status, `${JSON.stringify(rawBody)} → ${JSON.stringify(response.body)}`).toBe(
        400,
      )
      expect(JSON.stringify(response.body)).toMatch(/JSON|required|invalid/i)
    }
    expect(await snapshot()).toEqual(before)
  })
})
