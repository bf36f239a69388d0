import { cache } from 'react'
import { DEFAULT_LOCALE } from '@/i18n/locales'
import { BEFORE_ANY_HISTORY, historyDays, listAsOf } from '@/changes/history'
import { findPublicChange, listPublicChanges, type PublicChange } from '@/changes/log'
import { removedSubprocessors, type SubprocessorPages } from '@/changes/removed'
import { getPayloadClient } from './payload'
import { publicQuery } from './publicQuery'
import { listPublishedSubprocessors } from './subprocessors'
import { TAGS } from '@/cache/tags'

// The change log is public record: the same for every visitor (announced and effective changes
// only, read anonymously), so there is no preview variant.
const readChanges = publicQuery('changes', [TAGS.changes], async () =>
  listPublicChanges(await getPayloadClient()),
)

const readChange = publicQuery('change', [TAGS.changes], async (slug: string) =>
  findPublicChange(await getPayloadClient(), slug),
)

/** Every announced or effective change, newest announcement first. */
export const listChanges = cache(() => readChanges())

/**
 * One change by its address. A slug that is not in the (cached) change log is answered from that
 * list, without a cache entry of its own: unknown addresses must not grow the cache.
 */
export const getChangeBySlug = cache(async (slug: string) => {
  const known = (await listChanges()).some((change) => change.slug === slug)
  return known ? readChange(slug) : null
})

/** Announced changes not yet in effect, soonest first. */
export const listUpcomingChanges = cache(async (): Promise<PublicChange[]> => {
  const changes = await listChanges()
  return changes
    .filter((change) => change.status === 'announced')
    .sort((a, b) => Date.parse(a.effectiveDate) - Date.parse(b.effectiveDate))
})

// The history holds only what was published (snapshots of public fields), so it is as public as
// the list itself; it changes whenever the published list does.
const readListAsOf = publicQuery('subprocessors-as-of', [TAGS.subprocessors], async (day: string) =>
  listAsOf(await getPayloadClient(), day),
)

const readHistoryDays = publicQuery('subprocessor-history-days', [TAGS.subprocessors], async () =>
  historyDays(await getPayloadClient()),
)

/**
 * The published list as it stood at the end of `day` (YYYY-MM-DD, UTC). The list only changes on
 * days the history recorded something, so it is read (and cached) as of the last such day: a
 * visitor trying every day since year 0 adds no cache entries beyond one per recorded day.
 */
export const getListAsOf = cache(async (day: string) => {
  const days = await readHistoryDays()
  const recorded = days.findLast((candidate) => candidate <= day)
  return readListAsOf(recorded ?? BEFORE_ANY_HISTORY)
})

/** The subprocessors a change in effect took off the list, by slug (their pages answer 410). */
export const listRemovedSubprocessors = cache(async () => {
  const [changes, live] = await Promise.all([
    listChanges(),
    listPublishedSubprocessors(DEFAULT_LOCALE),
  ])
  return removedSubprocessors(changes, new Set(live.map(({ slug }) => slug)))
})

/** The subprocessors a change can link to: the live ones, and those a change removed. */
export const listSubprocessorPages = cache(async (): Promise<SubprocessorPages> => {
  const [live, removed] = await Promise.all([
    listPublishedSubprocessors(DEFAULT_LOCALE),
    listRemovedSubprocessors(),
  ])
  return { live: new Set(live.map(({ slug }) => slug)), removed: new Set(removed.keys()) }
})
