// When a published entry disappears (unpublished or deleted), the newest `updatedAt` of what is
// left can be older than the last response a client saw, so Last-Modified alone would answer a
// wrong 304. The time of the last withdrawal per collection is kept in Payload's key-value store
// and counts towards Last-Modified.
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionSlug,
  Payload,
} from 'payload'

const key = (collection: string) => `public-api:withdrawn:${collection}`

type Marker = { at: string }

export async function lastWithdrawal(payload: Payload, collection: string): Promise<string | null> {
  const marker = await payload.kv.get<Marker>(key(collection))
  return marker?.at ?? null
}

const isPublished = (doc: unknown): boolean =>
  typeof doc === 'object' && doc !== null && '_status' in doc && doc._status === 'published'

const hasDrafts = (doc: unknown): boolean =>
  Boolean(doc && typeof doc === 'object' && '_status' in doc)

async function record(payload: Payload, collection: string) {
  await payload.kv.set(key(collection), { at: new Date().toISOString() } satisfies Marker)
}

/**
 * A save that leaves the stored document unpublished withdraws it, if it was ever published.
 * (Saving a draft over a published entry keeps the published version stored and visible; and
 * `previousDoc` cannot tell, since after a draft save it is that draft.) A draft saved over an
 * entry unpublished earlier records again: harmless, as Last-Modified only moves forward.
 */
export const recordWithdrawalOnUnpublish: CollectionAfterChangeHook = async ({
  doc,
  collection,
  req,
}) => {
  if (isPublished(doc)) return doc
  const slug = collection.slug as CollectionSlug
  const stored = await req.payload.db.findOne({
    collection: slug,
    where: { id: { equals: doc.id } },
    req,
  })
  if (isPublished(stored)) return doc
  const { totalDocs } = await req.payload.countVersions({
    collection: slug,
    where: { parent: { equals: doc.id }, 'version._status': { equals: 'published' } },
    req,
  })
  if (totalDocs > 0) await record(req.payload, slug)
  return doc
}

/** Deleting a draft that was never published changes nothing visitors could see. */
export const recordWithdrawalOnDelete: CollectionAfterDeleteHook = async ({
  doc,
  collection,
  req,
}) => {
  if (!hasDrafts(doc) || isPublished(doc)) await record(req.payload, collection.slug)
  return doc
}
