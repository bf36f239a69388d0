// Published content for the public API, the exports and the DPA annex: always what anonymous
// visitors may read (overrideAccess: false, no user, no drafts), whatever the request's preview
// state, already in the v1 contract's shape. Cached under the portal's tags, so the hooks that
// refresh the pages refresh these too.
import type { Payload } from 'payload'
import { newest } from '@/public-api/http'
import { listPublicChanges } from '@/changes/log'
import {
  toPublicCategory,
  toPublicChangeNotice,
  toPublicPolicy,
  toPublicScope,
  toPublicSubprocessor,
  type PublicCategory,
  type PublicChangeNotice,
  type PublicPolicy,
  type PublicScope,
  type PublicSubprocessor,
} from '@/public-api/serialize'
import { lastWithdrawal } from '@/public-api/withdrawals'
import { getPayloadClient } from './payload'
import type { PublishedSet } from './published'
import { publicQuery } from './publicQuery'
import { TAGS } from '@/cache/tags'

const published = { overrideAccess: false, draft: false, pagination: false, depth: 0 } as const

async function findCategories(payload: Payload) {
  const { docs } = await payload.find({ collection: 'categories', ...published, sort: 'order' })
  return docs
}

async function findScopes(payload: Payload) {
  const { docs } = await payload.find({ collection: 'scopes', ...published, sort: 'order' })
  return docs
}

export async function loadPublishedSubprocessors(
  payload: Payload,
): Promise<PublishedSet<PublicSubprocessor>> {
  const [{ docs }, categories, scopes, withdrawn] = await Promise.all([
    payload.find({ collection: 'subprocessors', ...published, sort: 'name' }),
    findCategories(payload),
    findScopes(payload),
    lastWithdrawal(payload, 'subprocessors'),
  ])
  const related = {
    categoriesById: new Map(categories.map((category) => [category.id, category])),
    scopesById: new Map(scopes.map((scope) => [scope.id, scope])),
  }
  const items = docs.map((doc) => toPublicSubprocessor(doc, related))
  // a renamed category or a scope's new slug changes the items that name them
  const lastModified = newest([
    ...[...docs, ...categories, ...scopes].map((doc) => doc.updatedAt),
    withdrawn,
  ])
  return { items, lastModified: lastModified?.toISOString() ?? null }
}

/** Every scope (they have no drafts: all are public), in display order. */
export async function loadPublishedScopes(payload: Payload): Promise<PublishedSet<PublicScope>> {
  const [scopes, withdrawn] = await Promise.all([
    findScopes(payload),
    lastWithdrawal(payload, 'scopes'),
  ])
  const lastModified = newest([...scopes.map((doc) => doc.updatedAt), withdrawn])
  return { items: scopes.map(toPublicScope), lastModified: lastModified?.toISOString() ?? null }
}

export async function loadPublishedCategories(
  payload: Payload,
): Promise<PublishedSet<PublicCategory>> {
  const [categories, withdrawn] = await Promise.all([
    findCategories(payload),
    lastWithdrawal(payload, 'categories'),
  ])
  const lastModified = newest([...categories.map((doc) => doc.updatedAt), withdrawn])
  return {
    items: categories.map(toPublicCategory),
    lastModified: lastModified?.toISOString() ?? null,
  }
}

export async function loadPublishedPolicies(payload: Payload): Promise<PublishedSet<PublicPolicy>> {
  const [{ docs }, subprocessors, withdrawn] = await Promise.all([
    payload.find({ collection: 'policies', ...published, sort: 'order' }),
    payload.find({ collection: 'subprocessors', ...published, select: { slug: true } }),
    lastWithdrawal(payload, 'policies'),
  ])
  const slugs = new Map<string, string>()
  for (const doc of docs) slugs.set(`policies:${doc.id}`, doc.slug)
  for (const doc of subprocessors.docs) slugs.set(`subprocessors:${doc.id}`, doc.slug)
  const slugOf = (collection: string, id: string) => slugs.get(`${collection}:${id}`) ?? null
  const lastModified = newest([...docs.map((doc) => doc.updatedAt), withdrawn])
  return {
    items: docs.map((doc) => toPublicPolicy(doc, slugOf)),
    lastModified: lastModified?.toISOString() ?? null,
  }
}

/**
 * Announced and effective change notices, newest announcement first: the public model the pages
 * and feeds show (src/changes/log.ts). The time of the last cancellation of an announced change
 * is read bypassing access control: it removes the change from the list, so it must move
 * Last-Modified forward.
 */
export async function loadPublishedChanges(
  payload: Payload,
): Promise<PublishedSet<PublicChangeNotice>> {
  const [changes, cancelled] = await Promise.all([
    listPublicChanges(payload),
    payload.find({
      collection: 'changes',
      where: { and: [{ status: { equals: 'cancelled' } }, { announcedAt: { exists: true } }] },
      sort: '-updatedAt',
      limit: 1,
      pagination: false,
      depth: 0,
      select: { updatedAt: true },
    }),
  ])
  const lastModified = newest([
    ...changes.map((change) => change.updatedAt),
    cancelled.docs[0]?.updatedAt,
  ])
  return {
    items: changes.map(toPublicChangeNotice),
    lastModified: lastModified?.toISOString() ?? null,
  }
}

export const readPublishedSubprocessors = publicQuery(
  'public-api:subprocessors',
  [TAGS.subprocessors, TAGS.categories, TAGS.scopes],
  async () => loadPublishedSubprocessors(await getPayloadClient()),
)

export const readPublishedScopes = publicQuery('public-api:scopes', [TAGS.scopes], async () =>
  loadPublishedScopes(await getPayloadClient()),
)

export const readPublishedCategories = publicQuery(
  'public-api:categories',
  [TAGS.categories],
  async () => loadPublishedCategories(await getPayloadClient()),
)

export const readPublishedPolicies = publicQuery(
  'public-api:policies',
  [TAGS.policies, TAGS.subprocessors],
  async () => loadPublishedPolicies(await getPayloadClient()),
)

export const readPublishedChanges = publicQuery('public-api:changes', [TAGS.changes], async () =>
  loadPublishedChanges(await getPayloadClient()),
)
