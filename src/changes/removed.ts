// The subprocessors taken off the list by a change in effect (a removal, or the one a replacement
// replaced). Each keeps its slug for good (src/changes/published.ts), so its address can answer
// 410 Gone with when and why, rather than 404: the portal's page and the public API both read this.
import type { PublicChange } from './log'

type ChangeNamingSubprocessors = Pick<
  PublicChange,
  'slug' | 'title' | 'kind' | 'status' | 'reason' | 'effectiveDate' | 'subprocessor' | 'replaces'
>

export type RemovedSubprocessor = {
  slug: string
  name: string
  /** the effective date of the change that took it off the list */
  removedOn: string
  reason: string
  change: { slug: string; title: string; kind: 'removal' | 'replacement' }
}

/**
 * By slug: every subprocessor a change in effect took off the list, from the latest such change,
 * leaving out the slugs on the list today (one added again later is live, not gone).
 */
export function removedSubprocessors(
  changes: readonly ChangeNamingSubprocessors[],
  liveSlugs: ReadonlySet<string>,
): Map<string, RemovedSubprocessor> {
  const removed = new Map<string, RemovedSubprocessor>()
  const inEffect = changes
    .filter((change) => change.status === 'effective')
    .sort((a, b) => Date.parse(a.effectiveDate) - Date.parse(b.effectiveDate))
  for (const change of inEffect) {
    const kind = change.kind
    const gone =
      kind === 'removal' ? change.subprocessor : kind === 'replacement' ? change.replaces : null
    if (kind !== 'removal' && kind !== 'replacement') continue
    if (!gone?.slug || liveSlugs.has(gone.slug)) continue
    removed.set(gone.slug, {
      slug: gone.slug,
      name: gone.name,
      removedOn: change.effectiveDate,
      reason: change.reason,
      change: { slug: change.slug, title: change.title, kind },
    })
  }
  return removed
}

/** The slugs of the published subprocessors, and of those a change in effect removed. */
export type SubprocessorPages = { live: ReadonlySet<string>; removed: ReadonlySet<string> }
