import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { categoryId as categoryWithSlug, localStore } from '../helpers/factories'
import { login, rest, seededPayload, testPassword, tokenFor } from '../helpers/payload'

// An editor's whole day through REST: sign in, draft, publish, update, try to delete what was
// published (refused: it is taken off the list by a removal notice), delete a draft, sign out.

let payload: Payload
let categoryId: string

beforeAll(async () => {
  payload = await seededPayload()
  await tokenFor('editor', 'round-trip@tests.invalid')
  categoryId = await categoryWithSlug(localStore(payload), 'payments-and-payouts')
})

describe("the editor's round trip through REST", () => {
  it('signs in, drafts, publishes, updates, cannot delete it, deletes a draft and signs out', async () => {
    const token = await login('round-trip@tests.invalid', testPassword('editor'))
    const anonymousIds = async () =>
      (await rest('GET', '/api/subprocessors?limit=100&depth=0')).body.docs.map(
        (d: { id: string }) => d.id,
      )

    // 1. a draft: saved, but invisible to visitors
    const draft = await rest('POST', '/api/subprocessors?draft=true', {
      token,
      body: {
        name: 'Acme Payouts',
        legalEntity: 'Acme Payouts Ltd.',
        category: categoryId,
        purpose: 'Instant payouts to referrers',
        dataProcessed: ['Payout data', 'bank account details'],
        locations: ['Ireland'],
        securityUrl: 'https://acme.example/security',
        transferSafeguards: ['eu-sccs'],
        _status: 'draft',
      },
    })
    expect(draft.status, JSON.stringify(draft.body)).toBe(201)
    const id: string = draft.body.doc.id
    expect(draft.body.doc).toMatchObject({ slug: 'acme-payouts', _status: 'draft' })
    expect(await anonymousIds()).not.toContain(id)
    expect((await rest('GET', `/api/subprocessors/${id}`)).status).toBe(404)

    // 2. publish
    const published = await rest('PATCH', `/api/subprocessors/${id}`, {
      token,
      body: { _status: 'published' },
    })
    expect(published.status, JSON.stringify(published.body)).toBe(200)
    expect(await anonymousIds()).toContain(id)
    const visible = await rest('GET', `/api/subprocessors/${id}?depth=1`)
    expect(visible.body).toMatchObject({
      name: 'Acme Payouts',
      category: { slug: 'payments-and-payouts' },
    })

    // 3. update a published entry: visitors see the new purpose; the history keeps the old one
    const updated = await rest('PATCH', `/api/subprocessors/${id}`, {
      token,
      body: { purpose: 'Instant and scheduled payouts to referrers', _status: 'published' },
    })
    expect(updated.status).toBe(200)
    expect((await rest('GET', `/api/subprocessors/${id}`)).body.purpose).toBe(
      'Instant and scheduled payouts to referrers',
    )
    const history = await rest(
      'GET',
      `/api/subprocessors/versions?where[parent][equals]=${id}&sort=createdAt&limit=50`,
      { token },
    )
    expect(history.status).toBe(200)
    const purposes = history.body.docs.map(
      (v: { version: { purpose: string } }) => v.version.purpose,
    )
    expect(purposes).toContain('Instant payouts to referrers')
    expect(purposes.at(-1)).toBe('Instant and scheduled payouts to referrers')

    // 4. delete: refused once published, with what to do instead; a draft never published goes
    const refused = await rest('DELETE', `/api/subprocessors/${id}`, { token })
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toMatch(/announce a removal under Change notices/)
    expect(await anonymousIds()).toContain(id)
    // (the notice rule is off here, so unpublishing stands in for a removal taking effect)
    const unpublished = await rest('PATCH', `/api/subprocessors/${id}`, {
      token,
      body: { _status: 'draft' },
    })
    expect(unpublished.status).toBe(200)
    expect(await anonymousIds()).not.toContain(id)
    expect((await rest('DELETE', `/api/subprocessors/${id}`, { token })).status).toBe(409)
    const spare = await rest('POST', '/api/subprocessors?draft=true', {
      token,
      body: { name: 'Acme Spare', category: categoryId, _status: 'draft' },
    })
    expect(spare.status, JSON.stringify(spare.body)).toBe(201)
    const spareId: string = spare.body.doc.id
    expect((await rest('DELETE', `/api/subprocessors/${spareId}`, { token })).status).toBe(200)
    expect((await rest('GET', `/api/subprocessors/${spareId}`, { token })).status).toBe(404)

    // 5. sign out: the token no longer works
    expect((await rest('GET', '/api/users/me', { token })).body.user?.email).toBe(
      'round-trip@tests.invalid',
    )
    expect((await rest('POST', '/api/users/logout', { token })).status).toBe(200)
    expect((await rest('GET', '/api/users/me', { token })).body.user ?? null).toBeNull()
  })
})
