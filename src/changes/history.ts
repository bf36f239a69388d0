import type { RawDoc } from './settings'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload, PayloadRequest } from 'payload'
import { idOf } from './settings'
import { readableSnapshot } from './snapshots'

async function record(payload: Payload, id: string, fallbackName: string, req: PayloadRequest, at: string) {
  const main = await payload.db.findOne<RawDoc>({ collection: 'subprocessors', where: { id: { equals: id } }, req })
  const published = main?._status === 'published'
  const snapshot = published ? { ...(await readableSnapshot(payload, main, req)), categoryId: idOf(main?.category) } : null
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
  if (last && last.published === published && JSON.stringify(last.snapshot ?? null) === JSON.stringify(snapshot)) return
  await payload.create({
    collection: 'subprocessor-history',
    data: { subprocessor: id, name: (main?.name as string) ?? fallbackName, at, published, snapshot },
    // no `context` here: with `req`, Payload would copy it onto the whole request and switch
    // off the portal revalidation that runs after this hook
    req,
    overrideAccess: true,
  })
}

/** Records the published state after every save; a draft save leaves it unchanged and adds nothing. */
export const recordPublishedState: CollectionAfterChangeHook = async ({ doc, req, context }) => {
  const at = typeof context.effectiveAt === 'string' ? context.effectiveAt : new Date().toISOString()
  await record(req.payload, String(doc.id), String(doc.name), req, at)
  return doc
}

export const recordDeletion: CollectionAfterDeleteHook = async ({ id, doc, req }) => {
  await record(req.payload, String(id), String(doc?.name), req, new Date().toISOString())
  return doc
}

export type ListEntry = { subprocessor: string; name: string; snapshot: Record<string, unknown>; since: string }

/** The published list as it stood at the end of `day` (UTC), from the recorded history. */
export async function listAsOf(payload: Payload, day: string): Promise<{ entries: ListEntry[]; recordedSince: string | null }> {
  const end = new Date(`${day}T23:59:59.999Z`)
  const [{ docs }, first] = await Promise.all([
    payload.find({
      collection: 'subprocessor-history',
      where: { at: { less_than_equal: end.toISOString() } },
      sort: '-at',
      pagination: false,
      depth: 0,
      overrideAccess: true,
    }),
    payload.find({ collection: 'subprocessor-history', sort: 'at', limit: 1, depth: 0, overrideAccess: true }),
  ])
  const latest = new Map<string, (typeof docs)[number]>()
  for (const entry of docs) if (!latest.has(entry.subprocessor)) latest.set(entry.subprocessor, entry)
  const entries = [...latest.values()]
    .filter((entry) => entry.published && entry.snapshot)
    .map((entry) => ({ subprocessor: entry.subprocessor, name: String(entry.name), snapshot: entry.snapshot as Record<string, unknown>, since: entry.at }))
    .sort((a, b) => a.name.localeCompare(b.name))
  return { entries, recordedSince: first.docs[0]?.at ?? null }
}
