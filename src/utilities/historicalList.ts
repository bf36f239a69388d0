import type { Snapshot } from '@/changes/fields'
import type { ListEntry } from '@/changes/history'
import type { Category, Scope } from '@/payload-types'
import { appliesToAny } from '@/schema/scopes'
import { currentSnapshotValues } from '@/schema/subprocessorValues'
import { chooseScopes } from './scopeFilter'
import type { SubprocessorFilters } from './subprocessorFilters'

/**
 * A subprocessor as it was published on a past day: the recorded snapshot's values, keyed by
 * field name as in src/schema/subprocessor.ts (the category and scopes are the names they had
 * then). A snapshot recorded before a field changed shape is read in the current shape
 * (src/schema/subprocessorValues.ts); one recorded before scopes existed applied to everyone.
 */
type HistoricalSubprocessor = {
  key: string
  name: string
  slug: string | null
  category: string
  /** The ids of its scopes, for the scope filter. */
  scopeIds: string[]
  values: Snapshot
}

export type HistoricalGroup = { category: string; subprocessors: HistoricalSubprocessor[] }

const UNCATEGORISED = 'Other'

const text = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null
const list = (value: Snapshot[keyof Snapshot]): string[] => (value ? [value].flat() : [])

export function toHistorical(entry: ListEntry): HistoricalSubprocessor {
  const { snapshot } = entry
  return {
    key: entry.subprocessor,
    name: text(snapshot.name) ?? entry.name,
    slug: text(snapshot.slug),
    category: text(snapshot.category) ?? UNCATEGORISED,
    scopeIds: Array.isArray(snapshot.scopeIds) ? snapshot.scopeIds.map(String) : [],
    values: currentSnapshotValues(snapshot),
  }
}

/** The list page's filters on a past list: the category is matched by its current name. */
export function filterHistorical(
  entries: HistoricalSubprocessor[],
  categories: Category[],
  filters: SubprocessorFilters,
  scopes: Scope[] = [],
): HistoricalSubprocessor[] {
  const { chosen } = chooseScopes(filters.scope, scopes)
  const chosenIds = chosen.length ? new Set(chosen.map((scope) => scope.id)) : null
  const categoryName = filters.category
    ? (categories.find((category) => category.slug === filters.category)?.name ?? null)
    : undefined
  const words = filters.q.toLowerCase().split(/\s+/).filter(Boolean)
  const location = filters.location.toLowerCase()
  return entries.filter(({ category, name, values, scopeIds }) => {
    if (!appliesToAny(scopeIds, chosenIds)) return false
    if (categoryName !== undefined && category !== categoryName) return false
    if (location && !list(values.locations).some((place) => place.toLowerCase().includes(location)))
      return false
    const haystack = [
      name,
      values.legalEntity ?? '',
      values.purpose ?? '',
      ...list(values.dataProcessed),
    ]
      .join('\n')
      .toLowerCase()
    return words.every((word) => haystack.includes(word))
  })
}

/** Groups by the category name the entry had; today's display order first, then by name. */
export function groupHistorical(
  entries: HistoricalSubprocessor[],
  categories: Category[],
): HistoricalGroup[] {
  const order = new Map(categories.map((category, index) => [category.name, index]))
  const names = [...new Set(entries.map((entry) => entry.category))].sort((a, b) => {
    const byOrder = (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity)
    return byOrder !== 0 && !Number.isNaN(byOrder) ? byOrder : a.localeCompare(b)
  })
  return names.map((category) => ({
    category,
    subprocessors: entries.filter((entry) => entry.category === category),
  }))
}
