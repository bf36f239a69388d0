import type { Localized } from '@/i18n/resolve'
import type { Category, Scope, Subprocessor } from '@/payload-types'
import { chooseScopes, onListFor, readScopeParam } from './scopeFilter'

/** `scope`: slugs of the scopes a customer uses (src/utilities/scopeFilter.ts). */
export type SubprocessorFilters = { q: string; category: string; location: string; scope: string[] }
export type SearchParams = Record<string, string | string[] | undefined>

const MAX_LENGTH = 200

function single(value: string | string[] | undefined): string {
  const text = Array.isArray(value) ? value[0] : value
  return (text ?? '').trim().slice(0, MAX_LENGTH)
}

/**
 * The list page's query string (`?q=&category=&location=&scope=`); repeated or missing keys are
 * tolerated (`scope` is meant to repeat).
 */
export function readFilters(params: SearchParams): SubprocessorFilters {
  return {
    q: single(params.q),
    category: single(params.category),
    location: single(params.location),
    scope: readScopeParam(params),
  }
}

export const isFiltered = (filters: SubprocessorFilters): boolean =>
  Boolean(filters.q || filters.category || filters.location || filters.scope.length)

export const categoryIdOf = (subprocessor: Subprocessor): string =>
  typeof subprocessor.category === 'string' ? subprocessor.category : subprocessor.category.id

/**
 * Case-insensitive. The search matches when every word appears in the name, legal entity, purpose
 * or data processed; the location matches a part of any location. With scopes chosen, the list
 * is a customer's who uses them: the subprocessors for all customers, and those of the scopes.
 */
export function filterSubprocessors(
  subprocessors: Subprocessor[],
  categories: Category[],
  filters: SubprocessorFilters,
  scopes: Scope[] = [],
): Subprocessor[] {
  const { chosen } = chooseScopes(filters.scope, scopes)
  const categoryId = filters.category
    ? (categories.find((category) => category.slug === filters.category)?.id ?? null)
    : undefined
  const words = filters.q.toLowerCase().split(/\s+/).filter(Boolean)
  const location = filters.location.toLowerCase()

  return subprocessors.filter((subprocessor) => {
    if (!onListFor(subprocessor, chosen)) return false
    if (categoryId !== undefined && categoryIdOf(subprocessor) !== categoryId) return false
    if (
      location &&
      !subprocessor.locations.some((place) => place.toLowerCase().includes(location))
    ) {
      return false
    }
    const haystack = [
      subprocessor.name,
      subprocessor.legalEntity ?? '',
      subprocessor.purpose,
      ...subprocessor.dataProcessed,
    ]
      .join('\n')
      .toLowerCase()
    return words.every((word) => haystack.includes(word))
  })
}

/** A category with its subprocessors (each noting its texts shown in the source language). */
export type CategoryGroup = {
  category: Localized<Category>
  subprocessors: Localized<Subprocessor>[]
}

/** Groups in category display order; categories without (matching) subprocessors are left out. */
export function groupByCategory(
  subprocessors: Localized<Subprocessor>[],
  categories: Localized<Category>[],
): CategoryGroup[] {
  return categories
    .map((category) => ({
      category,
      subprocessors: subprocessors.filter(
        (subprocessor) => categoryIdOf(subprocessor) === category.id,
      ),
    }))
    .filter((group) => group.subprocessors.length > 0)
}

/** Every distinct location, for the location field's suggestions. */
export const distinctLocations = (subprocessors: Subprocessor[]): string[] =>
  [...new Set(subprocessors.flatMap((subprocessor) => subprocessor.locations))].sort()
