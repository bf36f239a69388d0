// Published content for the public API, the exports and the DPA annex: always what anonymous
// visitors may read (overrideAccess: false, no user, no drafts), whatever the request's preview
// state, already in the v1 contract's shape. Cached under the portal's tags, so the hooks that
// refresh the pages refresh these too.
import type { Payload } from 'payload'
import { newest } from '@/public-api/http'
import { PUBLIC_CHANGE_STATUSES, type PublicChangeStatus } from '@/public-api/query'
import {
  toPublicCategory,
  toPublicChangeNotice,
  toPublicPolicy,
  toPublicSubprocessor,
  type AnnouncedVersions,
  type PublicCategory,
  type PublicChangeNotice,
  type PublicPolicy,
  type PublicSubprocessor,
} from '@/public-api/serialize'
import { lastWithdrawal } from '@/public-api/withdrawals'
import { getPayloadClient } from './payload'
import { publicQuery } from './publicQuery'
import { TAGS } from '@/cache/tags'

/** A whole published collection and the last time anything in it changed (ISO), if known. */
export type PublishedSet<T> = { items: T[]; lastModified: string | null }

const published = { overrideAccess: false, draft: false, pagination: false, depth: 0 } as const

async function findCategories(payload: Payload) {
  const { docs } = await payload.find({ collection: 'categories', ...published, sort: 'order' })
  return docs
}

export async function loadPublishedSubprocessors(
  payload: Payload,
): Promise<PublishedSet<PublicSubprocessor>> {
  const [{ docs }, categories, withdrawn] = await Promise.all([
    payload.find({ collection: 'subprocessors', ...published, sort: 'name' }),
    findCategories(payload),
    lastWithdrawal(payload, 'subprocessors'),
  ])
  const byId = new Map(categories.map((category) => [category.id, category]))
  const items = docs.map((doc) => toPublicSubprocessor(doc, byId))
  const lastModified = newest([...[...docs, ...categories].map((doc) => doc.updatedAt), withdrawn])
  return { items, lastModified: lastModified?.toISOString() ?? null }
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

const isPublicStatus = (status: string): status is PublicChangeStatus =>
  (PUBLIC_CHANGE_STATUSES as readonly string[]).includes(status)

/**
 * Announced and effective change notices, newest announcement first. Two reads bypass access
 * control, each for one narrow fact: the slug and name of the subprocessor versions the
 * announcements name (an addition's subprocessor is an unpublished draft until it takes effect,
 * but the notice made it public), and the time of the last cancellation of an announced change,
 * which removes it from the list and so must move Last-Modified forward.
 */
export async function loadPublishedChanges(
  payload: Payload,
): Promise<PublishedSet<PublicChangeNotice>> {
  const [{ docs }, cancelled] = await Promise.all([
    payload.find({
      collection: 'changes',
      overrideAccess: false,
      where: { status: { in: [...PUBLIC_CHANGE_STATUSES] } },
      sort: '-announcedAt',
      pagination: false,
      depth: 0,
      select: { deliveries: false, objections: false },
    }),
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
  const published = docs.filter((doc) => isPublicStatus(doc.status))
  const versionIds = [
    ...new Set(
      published.flatMap(({ versionRefs: refs }) =>
        [refs?.after, refs?.before, refs?.replaced].filter((id): id is string => Boolean(id)),
      ),
    ),
  ]
  const { docs: versionDocs } = versionIds.length
    ? await payload.findVersions({
        collection: 'subprocessors',
        where: { id: { in: versionIds } },
        pagination: false,
        depth: 0,
        select: { version: { slug: true, name: true } },
      })
    : { docs: [] }
  const versions: AnnouncedVersions = new Map(
    versionDocs.map(({ id, version }) => [
      String(id),
      { slug: version.slug ?? null, name: version.name ?? null },
    ]),
  )
  const items = published
    .map((doc) =>
      toPublicChangeNotice(doc as typeof doc & { status: PublicChangeStatus }, versions),
    )
    .sort(
      (a, b) =>
        Date.parse(b.announcedAt) - Date.parse(a.announcedAt) || a.slug.localeCompare(b.slug),
    )
  const lastModified = newest([
    ...published.map((doc) => doc.updatedAt),
    cancelled.docs[0]?.updatedAt,
  ])
  return { items, lastModified: lastModified?.toISOString() ?? null }
}

export const readPublishedSubprocessors = publicQuery(
  'public-api:subprocessors',
  [TAGS.subprocessors, TAGS.categories],
  async () => loadPublishedSubprocessors(await getPayloadClient()),
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
