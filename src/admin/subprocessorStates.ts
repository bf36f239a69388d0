import type { Payload, PayloadRequest } from 'payload'
import { cache } from 'react'
import { idOf } from '@/db/documents'
import { ENGLISH, type AdminLanguage } from '@/i18n/adminWords'

export type SubprocessorStates = {
  /** subprocessors whose published version is live */
  live: Set<string>
  /** subprocessors that have ever been published */
  everPublished: Set<string>
  /** announced, not yet effective: subprocessor id → effective date */
  announced: Map<string, string>
  /** removed (or replaced) by a change that took effect: subprocessor id → day it took effect */
  removed: Map<string, string>
}

/** The subprocessors whose published version is live. */
export async function liveSubprocessorIds(payload: Payload, req?: PayloadRequest) {
  const { docs } = await payload.find({
    collection: 'subprocessors',
    where: { _status: { equals: 'published' } },
    select: { slug: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => String(doc.id))
}

/** The subprocessors that were ever published (removed ones included). */
export async function everPublishedSubprocessorIds(payload: Payload, req?: PayloadRequest) {
  const { docs } = await payload.findVersions({
    collection: 'subprocessors',
    where: { 'version._status': { equals: 'published' } },
    select: { parent: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return [...new Set(docs.map((version) => idOf(version.parent)).filter(isId))]
}

/**
 * What the admin needs to say in words where each subprocessor stands: four queries for the whole
 * list (cached for the request), never one per row.
 */
export const loadSubprocessorStates = cache(
  async (payload: Payload): Promise<SubprocessorStates> => {
    const [live, everPublished, announced, effective] = await Promise.all([
      liveSubprocessorIds(payload),
      everPublishedSubprocessorIds(payload),
      payload.find({
        collection: 'changes',
        where: { status: { equals: 'announced' } },
        select: { subprocessor: true, replaces: true, effectiveDate: true },
        sort: '-effectiveDate',
        pagination: false,
        depth: 0,
        overrideAccess: true,
      }),
      payload.find({
        collection: 'changes',
        where: {
          and: [{ status: { equals: 'effective' } }, { kind: { in: ['removal', 'replacement'] } }],
        },
        select: {
          kind: true,
          subprocessor: true,
          replaces: true,
          appliedAt: true,
          effectiveDate: true,
        },
        sort: 'appliedAt',
        pagination: false,
        depth: 0,
        overrideAccess: true,
      }),
    ])
    const states: SubprocessorStates = {
      live: new Set(live),
      everPublished: new Set(everPublished),
      announced: new Map(),
      removed: new Map(),
    }
    // sorted latest first: the earliest announced date wins
    for (const change of announced.docs) {
      for (const id of [idOf(change.subprocessor), idOf(change.replaces)].filter(isId)) {
        states.announced.set(id, change.effectiveDate)
      }
    }
    // sorted oldest first: the latest removal wins
    for (const change of effective.docs) {
      const id = change.kind === 'removal' ? idOf(change.subprocessor) : idOf(change.replaces)
      if (id) states.removed.set(id, change.appliedAt ?? change.effectiveDate)
    }
    return states
  },
)

const isId = (id: string | null | undefined): id is string => Boolean(id)

/** A subprocessor's state in the words an editor uses, in their admin language. */
export function describeState(
  id: string,
  states: SubprocessorStates,
  hasDraftEdits: boolean,
  { t, date }: AdminLanguage = ENGLISH,
): string {
  const announced = states.announced.get(id)
  if (announced) return t('trust:states:announced', { date: date(announced) })
  if (states.live.has(id))
    return hasDraftEdits ? t('trust:states:liveWithDrafts') : t('trust:states:live')
  const removed = states.removed.get(id)
  if (removed) return t('trust:states:removed', { date: date(removed) })
  if (states.everPublished.has(id)) return t('trust:states:notLive')
  return t('trust:states:new')
}
