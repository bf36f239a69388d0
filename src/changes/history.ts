import type { Payload } from 'payload'

export type ListEntry = {
  subprocessor: string
  name: string
  snapshot: Record<string, unknown>
  since: string
}

/** The published list as it stood at the end of `day` (UTC), from the recorded history. */
export async function listAsOf(
  payload: Payload,
  day: string,
): Promise<{ entries: ListEntry[]; recordedSince: string | null }> {
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
    payload.find({
      collection: 'subprocessor-history',
      sort: 'at',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    }),
  ])
  const latest = new Map<string, (typeof docs)[number]>()
  for (const entry of docs)
    if (!latest.has(entry.subprocessor)) latest.set(entry.subprocessor, entry)
  const entries = [...latest.values()]
    .filter((entry) => entry.published && entry.snapshot)
    .map((entry) => ({
      subprocessor: entry.subprocessor,
      name: String(entry.name),
      snapshot: entry.snapshot as Record<string, unknown>,
      since: entry.at,
    }))
    .sort((a, b) => a.name.localeCompare(b.name))
  return { entries, recordedSince: first.docs[0]?.at ?? null }
}

/** A day before anything was recorded: the list as of then is empty. */
export const BEFORE_ANY_HISTORY = '1970-01-01'

/** The days (YYYY-MM-DD, UTC) on which the published list changed, oldest first. */
export async function historyDays(payload: Payload): Promise<string[]> {
  const { docs } = await payload.find({
    collection: 'subprocessor-history',
    select: { at: true },
    sort: 'at',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return [...new Set(docs.map((entry) => entry.at.slice(0, 10)))]
}
