import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Subprocessor } from '@/payload-types'
import { applyDueChanges } from '@/changes/apply'
import {
  DAY,
  announceChange,
  categoryId as firstCategoryId,
  draftSubprocessor,
  localStore,
  publishedSubprocessor,
  quiet,
  type Store,
} from '../helpers/factories'
import { rest, seededPayload, tokenFor } from '../helpers/payload'

// A subprocessor customers could see stays on record: it cannot be deleted (409, with what to do
// instead), its slug is fixed, and no other subprocessor ever takes that slug.

let payload: Payload
let store: Store
let category: string
const tokens: Record<'editor' | 'admin', string> = { editor: '', admin: '' }
const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`

beforeAll(async () => {
  payload = await seededPayload()
  store = localStore(payload)
  category = await firstCategoryId(store)
  tokens.editor = await tokenFor('editor', 'record-editor@tests.invalid')
  tokens.admin = await tokenFor('admin', 'record-admin@tests.invalid')
})

const graphql = (query: string, token: string) =>
  rest('POST', '/api/graphql', { body: { query }, token })

const stillThere = async (id: string) =>
  (await payload.count({ collection: 'subprocessors', where: { id: { equals: id } } })).totalDocs

/** Published, then unpublished again: off the list, but customers saw it. */
async function unpublished(name: string) {
  const doc = await publishedSubprocessor(store, name, { category })
  await payload.update({
    collection: 'subprocessors',
    id: doc.id,
    data: { _status: 'draft' },
    ...quiet,
  })
  return doc
}

describe('deleting a subprocessor', () => {
  for (const role of ['editor', 'admin'] as const) {
    it(`refuses a ${role} with 409 over REST and GraphQL once it was ever published`, async () => {
      const token = tokens[role]
      const live = await publishedSubprocessor(store, `Live ${role} ${run}`, { category })
      const removed = await unpublished(`Removed ${role} ${run}`)
      // a published one with a newer draft: the draft is not what customers saw, the record is
      const edited = await publishedSubprocessor(store, `Edited ${role} ${run}`, { category })
      await payload.update({
        collection: 'subprocessors',
        id: edited.id,
        data: { purpose: 'A draft purpose' },
        draft: true,
        ...quiet,
      })

      for (const doc of [live, removed, edited]) {
        const response = await rest('DELETE', `/api/subprocessors/${doc.id}`, { token })
        expect(response.status, JSON.stringify(response.body)).toBe(409)
        const message: string = response.body.errors[0].message
        expect(message).toContain(doc.name)
        expect(message).toMatch(/announce a removal under Change notices/)

        const mutation = await graphql(
          `mutation { deleteSubprocessor(id: "${doc.id}") { id } }`,
          token,
        )
        expect(mutation.body.data?.deleteSubprocessor ?? null).toBeNull()
        expect(mutation.body.errors[0].message).toMatch(/announce a removal under Change notices/)
        expect(mutation.body.errors[0].extensions?.statusCode).toBe(409)

        expect(await stillThere(doc.id)).toBe(1)
      }
    })

    it(`lets a ${role} delete a draft that was never published (REST and GraphQL)`, async () => {
      const token = tokens[role]
      const overRest = await draftSubprocessor(store, `Draft rest ${role} ${run}`, { category })
      const overGraphql = await draftSubprocessor(store, `Draft gql ${role} ${run}`, { category })
      const response = await rest('DELETE', `/api/subprocessors/${overRest.id}`, { token })
      expect(response.status, JSON.stringify(response.body)).toBe(200)
      const mutation = await graphql(
        `mutation { deleteSubprocessor(id: "${overGraphql.id}") { id } }`,
        token,
      )
      expect(mutation.body.errors, JSON.stringify(mutation.body)).toBeUndefined()
      expect(mutation.body.data.deleteSubprocessor.id).toBe(overGraphql.id)
      expect(await stillThere(overRest.id)).toBe(0)
      expect(await stillThere(overGraphql.id)).toBe(0)
    })
  }

  it('refuses a bulk delete that includes a published one as a whole, with 409', async () => {
    const draft = await draftSubprocessor(store, `Bulk draft ${run}`, { category })
    const live = await publishedSubprocessor(store, `Bulk live ${run}`, { category })
    const where = `where[id][in]=${draft.id},${live.id}`
    const response = await rest('DELETE', `/api/subprocessors?${where}`, { token: tokens.admin })
    expect(response.status, JSON.stringify(response.body)).toBe(409)
    expect(response.body.errors[0].message).toContain(`Bulk live ${run}`)
    // the shape the admin's list reads for its message
    expect(response.body).toMatchObject({ docs: [], message: 'Nothing was deleted.' })
    expect(response.body.errors[0].message).not.toContain(`Bulk draft ${run}`)
    expect(await stillThere(draft.id)).toBe(1)
    expect(await stillThere(live.id)).toBe(1)

    const drafts = await rest('DELETE', `/api/subprocessors?where[id][in]=${draft.id}`, {
      token: tokens.editor,
    })
    expect(drafts.status, JSON.stringify(drafts.body)).toBe(200)
    expect(await stillThere(draft.id)).toBe(0)
  })

  it('refuses the Local API too, and anonymous clients still get 403', async () => {
    const live = await publishedSubprocessor(store, `Local ${run}`, { category })
    await expect(
      payload.delete({ collection: 'subprocessors', id: live.id, ...quiet }),
    ).rejects.toThrow(/announce a removal/)
    expect((await rest('DELETE', `/api/subprocessors/${live.id}`)).status).toBe(403)
    expect((await rest('DELETE', `/api/subprocessors?where[id][equals]=${live.id}`)).status).toBe(
      403,
    )
    expect(await stillThere(live.id)).toBe(1)
  })

  it('offers delete in the admin only for a never-published draft', async () => {
    const live = await publishedSubprocessor(store, `Offer live ${run}`, { category })
    const draft = await draftSubprocessor(store, `Offer draft ${run}`, { category })
    // the permissions the admin's edit view renders from (the same request its form makes)
    const canDelete = async (id: string) => {
      const { body } = await rest('POST', `/api/subprocessors/access/${id}`, {
        token: tokens.editor,
      })
      expect(body.update, JSON.stringify(body)).toBe(true)
      // Payload leaves a permission that is not granted out of the answer
      return body.delete === true
    }
    expect(await canDelete(live.id)).toBe(false)
    expect(await canDelete(draft.id)).toBe(true)
  })
})

describe('the slug of a published subprocessor', () => {
  it('cannot change by publishing, by a draft save, over REST or GraphQL', async () => {
    const live = await publishedSubprocessor(store, `Fixed ${run}`, { category })
    const token = tokens.editor
    const attempts = [
      rest('PATCH', `/api/subprocessors/${live.id}`, {
        token,
        body: { slug: `moved-${run}`, _status: 'published' },
      }),
      rest('PATCH', `/api/subprocessors/${live.id}?draft=true`, {
        token,
        body: { slug: `moved-${run}` },
      }),
      rest('PATCH', `/api/subprocessors/${live.id}`, {
        token: tokens.admin,
        body: { slug: `moved-${run}` },
      }),
    ]
    for (const response of await Promise.all(attempts)) {
      expect(response.status, JSON.stringify(response.body)).toBe(400)
      expect(response.body.errors[0].data.errors[0].path).toBe('slug')
      expect(response.body.errors[0].data.errors[0].message).toContain(live.slug)
    }
    const mutation = await graphql(
      `mutation { updateSubprocessor(id: "${live.id}", data: { slug: "moved-${run}" }, draft: true) { slug } }`,
      token,
    )
    expect(mutation.body.errors?.[0]?.message, JSON.stringify(mutation.body)).toBeDefined()

    const latest = await payload.findByID({ collection: 'subprocessors', id: live.id, draft: true })
    expect(latest.slug).toBe(live.slug)
    // a rename keeps the address
    const renamed = await rest('PATCH', `/api/subprocessors/${live.id}`, {
      token,
      body: { name: `Fixed renamed ${run}`, _status: 'published' },
    })
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200)
    expect(renamed.body.doc.slug).toBe(live.slug)
  })

  it('stays fixed after the subprocessor is unpublished, and before it was ever published it may change', async () => {
    const removed = await unpublished(`Fixed removed ${run}`)
    const refused = await rest('PATCH', `/api/subprocessors/${removed.id}?draft=true`, {
      token: tokens.admin,
      body: { slug: `elsewhere-${run}` },
    })
    expect(refused.status).toBe(400)

    const draft = await draftSubprocessor(store, `Still free ${run}`, { category })
    const moved = await rest('PATCH', `/api/subprocessors/${draft.id}?draft=true`, {
      token: tokens.editor,
      body: { slug: `still-free-moved-${run}` },
    })
    expect(moved.status, JSON.stringify(moved.body)).toBe(200)
    expect(moved.body.doc.slug).toBe(`still-free-moved-${run}`)
  })

  it('cannot change through an announced change either', async () => {
    const live = await publishedSubprocessor(store, `Announced ${run}`, { category })
    await payload.updateGlobal({ slug: 'trust-center', data: { requireNotice: true }, ...quiet })
    try {
      // a draft that carries another slug cannot even be saved, so no notice can announce one
      const draftSave = await rest('PATCH', `/api/subprocessors/${live.id}?draft=true`, {
        token: tokens.editor,
        body: { purpose: 'Announced purpose', slug: `announced-moved-${run}` },
      })
      expect(draftSave.status).toBe(400)
      expect(draftSave.body.errors[0].data.errors[0].path).toBe('slug')

      await payload.update({
        collection: 'subprocessors',
        id: live.id,
        data: { purpose: 'Announced purpose' },
        draft: true,
        ...quiet,
      })
      const change = await announceChange(store, {
        kind: 'material-edit',
        subprocessor: live.id,
        effectiveDate: new Date(Date.now() + 31 * DAY).toISOString(),
        reason: 'A new purpose.',
      })
      await applyDueChanges(payload, new Date(Date.now() + 32 * DAY))
      const after = (await payload.findByID({
        collection: 'subprocessors',
        id: live.id,
      })) as Subprocessor
      expect(after).toMatchObject({ slug: live.slug, purpose: 'Announced purpose' })
      expect((await payload.findByID({ collection: 'changes', id: change.id })).status).toBe(
        'effective',
      )
    } finally {
      await payload.updateGlobal({ slug: 'trust-center', data: { requireNotice: false }, ...quiet })
    }
  })
})

describe('the slug of a removed subprocessor', () => {
  it('is never given to a new one, with a message that says why', async () => {
    const removed = await unpublished(`Gone vendor ${run}`)
    for (const draft of [false, true]) {
      const response = await rest('POST', `/api/subprocessors${draft ? '?draft=true' : ''}`, {
        token: tokens.editor,
        body: {
          name: `Newcomer ${run}`,
          slug: removed.slug,
          category,
          purpose: 'Something else',
          dataProcessed: ['Usage events'],
          locations: ['Germany'],
          _status: draft ? 'draft' : 'published',
        },
      })
      expect(response.status, JSON.stringify(response.body)).toBe(400)
      const [error] = response.body.errors[0].data.errors
      expect(error.path).toBe('slug')
      expect(error.message).toMatch(/taken off the list.*never reused/)
    }
    const live = await publishedSubprocessor(store, `Live holder ${run}`, { category })
    const taken = await rest('POST', '/api/subprocessors', {
      token: tokens.editor,
      body: {
        name: `Copycat ${run}`,
        slug: live.slug,
        category,
        purpose: 'Something else',
        dataProcessed: ['Usage events'],
        locations: ['Germany'],
        _status: 'published',
      },
    })
    expect(taken.status).toBe(400)
    expect(taken.body.errors[0].data.errors[0].message).toMatch(/Another entry already uses/)
  })
})
