import type { Payload, PayloadRequest } from 'payload'
import type { Category, Scope, Subprocessor } from '@/payload-types'
import { snapshotOf, type Snapshot } from './fields'
import { idOf } from '@/db/documents'
import { sourceValue } from '@/i18n/locales'

/** The published (main) document, bypassing drafts: what visitors see right now. */
export async function publishedDoc(
  payload: Payload,
  id: string,
  req?: PayloadRequest,
): Promise<Subprocessor | null> {
  const doc = await payload.db.findOne<Subprocessor>({
    collection: 'subprocessors',
    where: { id: { equals: id } },
    req,
  })
  return doc && doc._status === 'published' ? doc : null
}

/** The newest saved version (draft or published) of a subprocessor. */
export async function latestVersion(payload: Payload, id: string, req?: PayloadRequest) {
  const { docs } = await payload.findVersions({
    collection: 'subprocessors',
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return docs[0] ?? null
}

export async function latestPublishedVersionId(payload: Payload, id: string, req?: PayloadRequest) {
  const { docs } = await payload.findVersions({
    collection: 'subprocessors',
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return docs[0] ? String(docs[0].id) : null
}

/**
 * A snapshot whose category and scopes are names, so it reads well in notices and the log. Read
 * with the database adapter (no access control, no hooks): a change records what it changes even
 * when a scope or category is later renamed.
 */
export async function readableSnapshot(
  payload: Payload,
  doc: Subprocessor | null,
  req?: PayloadRequest,
): Promise<Snapshot | null> {
  if (!doc) return null
  const categoryId = idOf(doc.category)
  const scopeIds = (Array.isArray(doc.scopes) ? doc.scopes : [])
    .map((scope) => idOf(scope))
    .filter((id): id is string => Boolean(id))
  const [category, scopes] = await Promise.all([
    categoryId
      ? payload.db.findOne<Category>({
          collection: 'categories',
          where: { id: { equals: categoryId } },
          req,
        })
      : null,
    scopeIds.length
      ? payload.db.find<Scope>({
          collection: 'scopes',
          where: { id: { in: scopeIds } },
          pagination: false,
          req,
        })
      : null,
  ])
  // read without Payload's hooks: a translated name is stored per language; the source is recorded
  const name = (related: Category | Scope | null | undefined) =>
    related ? (sourceValue(related.name) as string) : undefined
  const scopeNames = new Map((scopes?.docs ?? []).map((scope) => [String(scope.id), name(scope)]))
  return snapshotOf(doc, {
    categoryName: (id) => (id === categoryId ? name(category) : undefined),
    scopeName: (id) => scopeNames.get(id),
  })
}
