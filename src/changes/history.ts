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
