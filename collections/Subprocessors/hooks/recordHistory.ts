// The published list over time (collection subprocessor-history), for `/subprocessors?asOf=`:
// one entry whenever a subprocessor's published state or public content changes.
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  Payload,
  PayloadRequest,
} from 'payload'
import type { Subprocessor } from '@/payload-types'
import { idOf } from '@/db/documents'
import { readableSnapshot } from '@/changes/snapshots'

async function record(
  payload: Payload,
  id: string,
  fallbackName: string,
  req: PayloadRequest,
  at: string,
) {
  const main = await payload.db.findOne<Subprocessor>({
    collection: 'subprocessors',
    where: { id: { equals: id } },
    req,
  })
  const published = main?._status === 'published'
  const snapshot = published
    ? {
        ...(await readableSnapshot(payload, main, req)),
        // ids beside the names, for the past-day list's filters (the names may change since)
        categoryId: idOf(main.category),
        scopeIds: (main.scopes ?? []).map(idOf),
      }
    : null
  const { docs } = await payload.find({
    collection: 'subprocessor-history',
    where: { subprocessor: { equals: id } },
    sort: '-at',
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const last = docs[0]
  if (!last && !published) return
  if (
    last &&
    last.published === published &&
    JSON.stringify(last.snapshot ?? null) === JSON.stringify(snapshot)
  )
    return
  await payload.create({
    collection: 'subprocessor-history',
    data: { subprocessor: id, name: main?.name ?? fallbackName, at, published, snapshot },
    // no `context` here: with `req`, Payload would copy it onto the whole request and switch
    // off the portal revalidation that runs after this hook
    req,
    overrideAccess: true,
  })
}

/** Records the published state after every save; a draft save leaves it unchanged and adds nothing. */
export const recordHistoryAfterChange: CollectionAfterChangeHook<Subprocessor> = async ({
  doc,
  req,
  context,
}) => {
  const at =
    typeof context.effectiveAt === 'string' ? context.effectiveAt : new Date().toISOString()
  await record(req.payload, doc.id, doc.name, req, at)
  return doc
}

/** Records that a deleted subprocessor left the published list. */
export const recordHistoryAfterDelete: CollectionAfterDeleteHook<Subprocessor> = async ({
  id,
  doc,
  req,
}) => {
  await record(req.payload, String(id), doc.name, req, new Date().toISOString())
  return doc
}
