import type { Payload, PayloadRequest } from 'payload'
import type { Category, Subprocessor } from '@/payload-types'
import { snapshotOf, type Snapshot } from './fields'
import { idOf } from '@/db/documents'

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

/** A snapshot whose category is the category's name, so it reads well in notices and the log. */
export async function readableSnapshot(
  payload: Payload,
  doc: Subprocessor | null,
  req?: PayloadRequest,
): Promise<Snapshot | null> {
  const snapshot = snapshotOf(doc)
  if (!snapshot) return null
  const categoryId = idOf(doc?.category)
  if (categoryId) {
    const category = await payload.db.findOne<Category>({
      collection: 'categories',
      where: { id: { equals: categoryId } },
      req,
    })
    snapshot.category = category?.name ?? snapshot.category ?? null
  }
  return snapshot
}
