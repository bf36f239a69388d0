import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { subprocessorChoices } from '@/admin/changeNoticeChoices'
import { describeState, loadSubprocessorStates } from '@/admin/subprocessorStates'
import { quiet, rest, seededPayload, tokenFor } from '../helpers/payload'

// What the admin itself asks of the server, and what it shows the editor.

let payload: Payload
let editor: string
let draft: { id: string }

beforeAll(async () => {
  payload = await seededPayload()
  editor = await tokenFor('editor', 'admin-requests-editor@tests.invalid')
  const category = (await payload.find({ collection: 'categories', limit: 1 })).docs[0]
  draft = await payload.create({
    collection: 'subprocessors',
    data: {
      name: 'Never Published Ltd',
      category: category.id,
      purpose: 'Waits for its notice',
      dataProcessed: ['Names'],
      locations: ['Germany'],
      _status: 'draft',
    },
    draft: true,
    ...quiet,
  })
})

afterAll(async () => {
  await payload.delete({ collection: 'subprocessors', id: draft.id, ...quiet })
  await payload.updateGlobal({ slug: 'trust-center', data: { requireNotice: false }, ...quiet })
})

describe('the API guard and the admin', () => {
  it("lets the list's related-title lookup through (limit=250 with ids), but no large page otherwise", async () => {
    const ids = (await payload.find({ collection: 'categories', limit: 3 })).docs.map((c) => c.id)
    const lookup = await rest(
      'GET',
      `/api/categories?depth=0&draft=true&limit=250&where[id][in]=${ids.join(',')}`,
      { token: editor },
    )
    expect(lookup.status, JSON.stringify(lookup.body)).toBe(200)
    expect(lookup.body.docs.map((c: { name: string }) => c.name)).toHaveLength(3)
    const page = await rest('GET', '/api/categories?limit=250', { token: editor })
    expect(page.status).toBe(400)
    const tooMany = await rest(
      'GET',
      `/api/categories?limit=250&where[id][in]=${Array(101).fill(ids[0]).join(',')}`,
    )
    expect(tooMany.status).toBe(400)
  })

  it('answers a refused publish with the message for each field, which the form shows under it', async () => {
    await payload.updateGlobal({ slug: 'trust-center', data: { requireNotice: true }, ...quiet })
    const stripe = (
      await payload.find({ collection: 'subprocessors', where: { slug: { equals: 'stripe' } } })
    ).docs[0]
    const refused = await rest('PATCH', `/api/subprocessors/${stripe.id}`, {
      token: editor,
      body: { purpose: 'Payments and fraud checks', _status: 'published' },
    })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].data.errors).toEqual([
      { path: 'purpose', message: expect.stringMatching(/announce it under Change notices/) },
    ])
    const brandNew = await rest('PATCH', `/api/subprocessors/${draft.id}`, {
      token: editor,
      body: { _status: 'published' },
    })
    expect(brandNew.status).toBe(400)
    expect(brandNew.body.errors[0].message).toMatch(/Save it as a draft, then announce it/)
  })
})

describe("the admin's words and choices for subprocessors", () => {
  it('says where each subprocessor stands', async () => {
    const states = await loadSubprocessorStates(payload)
    const stripe = (
      await payload.find({ collection: 'subprocessors', where: { slug: { equals: 'stripe' } } })
    ).docs[0]
    expect(describeState(String(stripe.id), states, false)).toBe('Live')
    expect(describeState(String(stripe.id), states, true)).toBe(
      'Live, with draft edits not announced',
    )
    expect(describeState(draft.id, states, true)).toBe('New (not yet announced)')
    const removed = {
      ...states,
      live: new Set<string>(),
      removed: new Map([[draft.id, '2026-12-03T00:00:00Z']]),
    }
    expect(describeState(draft.id, removed, false)).toBe('Removed on 3 December 2026')
    const announced = { ...states, announced: new Map([[draft.id, '2027-01-05T00:00:00Z']]) }
    expect(describeState(draft.id, announced, false)).toBe('Change announced for 5 January 2027')
  })

  it('offers drafts for an addition and live subprocessors for a removal', async () => {
    const req = { payload } as never
    const published = (
      await payload.find({
        collection: 'subprocessors',
        where: { _status: { equals: 'published' } },
        limit: 100,
      })
    ).docs.map((d) => String(d.id))
    const offered = async (kind: string) => {
      const where = await subprocessorChoices({ data: { kind, status: 'draft' }, req } as never)
      if (where === true) throw new Error('no filter')
      const { docs } = await payload.find({
        collection: 'subprocessors',
        where: where as never,
        draft: true,
        limit: 100,
      })
      return docs.map((d) => String(d.id))
    }
    const additions = await offered('addition')
    expect(additions).toContain(draft.id)
    expect(additions.some((id) => published.includes(id))).toBe(false)
    const removals = await offered('removal')
    expect(removals.sort()).toEqual([...published].sort())
    expect(
      await subprocessorChoices({ data: { kind: 'addition', status: 'effective' }, req } as never),
    ).toBe(true)
  })

  it('accepts a never-published draft as the subject of a draft addition', async () => {
    const response = await rest('POST', '/api/changes', {
      token: editor,
      body: {
        kind: 'addition',
        subprocessor: draft.id,
        reason: 'Test',
        effectiveDate: '2030-01-01T00:00:00Z',
      },
    })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    await payload.delete({ collection: 'changes', id: response.body.doc.id, ...quiet })
  })

  it('refuses a published subprocessor as the subject of a draft addition', async () => {
    const stripe = (
      await payload.find({ collection: 'subprocessors', where: { slug: { equals: 'stripe' } } })
    ).docs[0]
    const response = await rest('POST', '/api/changes', {
      token: editor,
      body: {
        kind: 'addition',
        subprocessor: stripe.id,
        reason: 'Test',
        effectiveDate: '2030-01-01T00:00:00Z',
      },
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors[0].path).toBe('subprocessor')
  })
})
