import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { paragraph, richText } from '@/seed/lexical'
import {
  categoryData,
  categoryId as firstCategoryId,
  localStore,
  policyData,
  subprocessorData,
} from '../helpers/factories'
import { quiet, rest, seededPayload, tokenFor } from '../helpers/payload'

// The access matrix, through the REST API exactly as clients use it:
// anonymous / editor / admin × each collection × create, read, update, delete.

let payload: Payload
const tokens: Record<'anonymous' | 'editor' | 'admin', string | undefined> = {
  anonymous: undefined,
  editor: undefined,
  admin: undefined,
}
let categoryId: string

beforeAll(async () => {
  payload = await seededPayload()
  tokens.admin = await tokenFor('admin', 'second-admin@tests.invalid')
  tokens.editor = await tokenFor('editor')
  categoryId = await firstCategoryId(localStore(payload))
})

const samples = {
  categories: () => categoryData(`Matrix category ${Math.random()}`),
  subprocessors: () =>
    subprocessorData(`Matrix vendor ${Math.random()}`, categoryId, { _status: 'published' }),
  policies: () =>
    policyData(`Matrix policy ${Math.random()}`, richText(paragraph('Access matrix test policy.'))),
}
type ContentCollection = keyof typeof samples

async function createDirectly(collection: ContentCollection) {
  return payload.create({ collection, data: samples[collection]() as never, ...quiet })
}

describe.each(['categories', 'subprocessors', 'policies'] as const)('%s', (collection) => {
  it('anonymous visitors read but cannot create, update or delete', async () => {
    const existing = await createDirectly(collection)
    const before = (await payload.count({ collection })).totalDocs

    expect((await rest('GET', `/api/${collection}`)).status).toBe(200)
    expect((await rest('GET', `/api/${collection}/${existing.id}`)).status).toBe(200)
    expect((await rest('POST', `/api/${collection}`, { body: samples[collection]() })).status).toBe(
      403,
    )
    expect(
      (
        await rest('PATCH', `/api/${collection}/${existing.id}`, {
          body: { name: 'x', title: 'x' },
        })
      ).status,
    ).toBe(403)
    expect((await rest('DELETE', `/api/${collection}/${existing.id}`)).status).toBe(403)

    expect((await payload.count({ collection })).totalDocs).toBe(before)
    const unchanged = await payload.findByID({ collection, id: existing.id })
    expect(unchanged).toMatchObject({ updatedAt: existing.updatedAt })
  })

  for (const role of ['editor', 'admin'] as const) {
    it(`${role}s create, read, update and delete`, async () => {
      const token = tokens[role]
      // A published subprocessor cannot be deleted (published-record.int.spec.ts): a draft can.
      const draft = collection === 'subprocessors'
      const created = await rest('POST', `/api/${collection}${draft ? '?draft=true' : ''}`, {
        token,
        body: { ...samples[collection](), ...(draft && { _status: 'draft' }) },
      })
      expect(created.status, JSON.stringify(created.body)).toBe(201)
      const id = created.body.doc.id
      expect((await rest('GET', `/api/${collection}/${id}`, { token })).status).toBe(200)
      const field = collection === 'policies' ? 'title' : 'name'
      const updated = await rest('PATCH', `/api/${collection}/${id}`, {
        token,
        body: { [field]: `Renamed by ${role}` },
      })
      expect(updated.status, JSON.stringify(updated.body)).toBe(200)
      expect(updated.body.doc[field]).toBe(`Renamed by ${role}`)
      expect((await rest('DELETE', `/api/${collection}/${id}`, { token })).status).toBe(200)
      expect((await rest('GET', `/api/${collection}/${id}`, { token })).status).toBe(404)
    })
  }
})

describe.each(['subprocessors', 'policies'] as const)('drafts of %s', (collection) => {
  it('are hidden from anonymous readers in lists and by id, and visible to staff', async () => {
    const draft = await payload.create({
      collection,
      data: { ...samples[collection](), _status: 'draft' } as never,
      draft: true,
      ...quiet,
    })
    const anonymousList = await rest('GET', `/api/${collection}?limit=100&draft=true`)
    expect(anonymousList.status).toBe(200)
    expect(anonymousList.body.docs.map((d: { id: string }) => d.id)).not.toContain(draft.id)
    expect((await rest('GET', `/api/${collection}/${draft.id}`)).status).toBe(404)
    expect((await rest('GET', `/api/${collection}/${draft.id}?draft=true`)).status).toBe(404)
    expect((await rest('GET', `/api/${collection}/versions`)).status).toBe(403)

    const staffList = await rest('GET', `/api/${collection}?limit=100&draft=true`, {
      token: tokens.editor,
    })
    expect(staffList.body.docs.map((d: { id: string }) => d.id)).toContain(draft.id)
    expect(
      (await rest('GET', `/api/${collection}/${draft.id}?draft=true`, { token: tokens.editor }))
        .status,
    ).toBe(200)
  })

  it('a draft edit of a published entry stays invisible to anonymous readers until published', async () => {
    const published = await createDirectly(collection)
    const field = collection === 'policies' ? 'title' : 'name'
    await payload.update({
      collection,
      id: published.id,
      data: { [field]: 'Unpublished wording' } as never,
      draft: true,
      ...quiet,
    })
    const anonymous = await rest('GET', `/api/${collection}/${published.id}?draft=true`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.body[field]).toBe(Reflect.get(published, field))
    const staff = await rest('GET', `/api/${collection}/${published.id}?draft=true`, {
      token: tokens.editor,
    })
    expect(staff.body[field]).toBe('Unpublished wording')
  })
})

describe('users', () => {
  it('anonymous clients cannot list, read, create, update or delete users', async () => {
    const admin = (
      await payload.find({ collection: 'users', where: { role: { equals: 'admin' } }, limit: 1 })
    ).docs[0]
    const before = (await payload.count({ collection: 'users' })).totalDocs
    expect((await rest('GET', '/api/users')).status).toBe(403)
    expect((await rest('GET', `/api/users/${admin.id}`)).status).toBe(403)
    const created = await rest('POST', '/api/users', {
      body: { email: 'intruder@tests.invalid', password: 'x1234567', role: 'admin' },
    })
    expect(created.status).toBe(403)
    expect((await rest('PATCH', `/api/users/${admin.id}`, { body: { name: 'x' } })).status).toBe(
      403,
    )
    expect((await rest('DELETE', `/api/users/${admin.id}`)).status).toBe(403)
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(before)
    const me = await rest('GET', '/api/users/me')
    expect(me.body.user).toBeNull()
  })

  it('editors see and edit only themselves, and cannot make themselves admins', async () => {
    const token = tokens.editor
    const list = await rest('GET', '/api/users', { token })
    expect(list.status).toBe(200)
    expect(list.body.docs.map((u: { email: string }) => u.email)).toEqual(['editor@tests.invalid'])
    const self = list.body.docs[0]
    const admin = (
      await payload.find({ collection: 'users', where: { role: { equals: 'admin' } }, limit: 1 })
    ).docs[0]

    expect((await rest('GET', `/api/users/${admin.id}`, { token })).status).toBe(404)
    expect(
      (
        await rest('POST', '/api/users', {
          token,
          body: { email: 'new@tests.invalid', password: 'x1234567' },
        })
      ).status,
    ).toBe(403)
    expect([403, 404]).toContain(
      (await rest('PATCH', `/api/users/${admin.id}`, { token, body: { name: 'hijacked' } })).status,
    )
    expect((await rest('DELETE', `/api/users/${admin.id}`, { token })).status).toBe(403)
    expect((await payload.findByID({ collection: 'users', id: admin.id })).name).not.toBe(
      'hijacked',
    )

    const own = await rest('PATCH', `/api/users/${self.id}`, {
      token,
      body: { name: 'Edited Editor', role: 'admin' },
    })
    expect(own.status).toBe(200)
    const stored = await payload.findByID({ collection: 'users', id: self.id })
    expect(stored).toMatchObject({ name: 'Edited Editor', role: 'editor' })
  })

  it('admins manage every user', async () => {
    const token = tokens.admin
    const created = await rest('POST', '/api/users', {
      token,
      body: {
        email: 'managed@tests.invalid',
        password: 'a long enough passphrase',
        role: 'editor',
      },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id
    expect((await rest('GET', '/api/users', { token })).body.totalDocs).toBeGreaterThan(2)
    const promoted = await rest('PATCH', `/api/users/${id}`, { token, body: { role: 'admin' } })
    expect(promoted.body.doc.role).toBe('admin')
    expect((await rest('DELETE', `/api/users/${id}`, { token })).status).toBe(200)
  })

  it('never sends password hashes or salts to anyone', async () => {
    const list = await rest('GET', '/api/users', { token: tokens.admin })
    for (const user of list.body.docs) {
      expect(user).not.toHaveProperty('hash')
      expect(user).not.toHaveProperty('salt')
    }
  })
})

describe('trust center settings (global)', () => {
  it('anyone reads; only staff update; the seed marker stays hidden', async () => {
    const read = await rest('GET', '/api/globals/trust-center')
    expect(read.status).toBe(200)
    expect(read.body.contactEmail).toBeTruthy()
    expect(read.body).not.toHaveProperty('seededAt')
    expect(
      (await rest('POST', '/api/globals/trust-center', { body: { portalTitle: 'Defaced' } }))
        .status,
    ).toBe(403)
    expect((await payload.findGlobal({ slug: 'trust-center' })).portalTitle).not.toBe('Defaced')

    for (const role of ['editor', 'admin'] as const) {
      const update = await rest('POST', '/api/globals/trust-center', {
        token: tokens[role],
        body: { introduction: `Updated by ${role}` },
      })
      expect(update.status, JSON.stringify(update.body)).toBe(200)
    }
    expect((await payload.findGlobal({ slug: 'trust-center' })).introduction).toBe(
      'Updated by admin',
    )
  })
})

describe('GraphQL', () => {
  const graphql = (query: string, token?: string) =>
    rest('POST', '/api/graphql', { body: { query }, token })

  it('anonymous clients read published content but no users and no drafts', async () => {
    const draft = await payload.create({
      collection: 'subprocessors',
      data: { ...samples.subprocessors(), name: 'Secret draft vendor', _status: 'draft' } as never,
      draft: true,
      ...quiet,
    })
    const content = await graphql('{ Subprocessors(limit: 100, draft: true) { docs { id name } } }')
    expect(content.status).toBe(200)
    const names = content.body.data.Subprocessors.docs.map((d: { name: string }) => d.name)
    expect(names).toContain('Stripe')
    expect(names).not.toContain('Secret draft vendor')
    const byId = await graphql(`{ Subprocessor(id: "${draft.id}", draft: true) { name } }`)
    expect(byId.body.data?.Subprocessor ?? null).toBeNull()

    const users = await graphql('{ Users { docs { email } } }')
    expect(users.body.data?.Users ?? null).toBeNull()
    expect(users.body.errors?.[0]?.message).toMatch(/not allowed/i)
  })
})
