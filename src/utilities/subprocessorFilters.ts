import type { Category, Subprocessor } from '@/payload-types'

export type SubprocessorFilters = { q: string; category: string; location: string }
export type SearchParams = Record<string, string | string[] | undefined>

const MAX_LENGTH = 200

function single(value: string | string[] | undefined): string {
  const text = Array.isArray(value) ? value[0] : value
  return (text ?? '').trim().slice(0, MAX_LENGTH)
}

/** The list page's query string (`?q=&category=&location=`); repeated or missing keys are tolerated. */
export function readFilters(params: SearchParams): SubprocessorFilters {
  return {
    q: single(params.q),
    category: single(params.category),
    location: single(params.location),
  }
}

export const isFiltered = (filters: SubprocessorFilters): boolean =>
  Boolean(filters.q || filters.category || filters.location)

export const categoryIdOf = (subprocessor: Subprocessor): string =>
  typeof subprocessor.category === 'string' ? subprocessor.category : subprocessor.category.id

/**
 * Case-insensitive. The search matches when every word appears in the name, legal entity, purpose
 * or data processed; the location matches a part of any location.
 */
export function filterSubprocessors(
  subprocessors: Subprocessor[],
  categories: Category[],
  filters: SubprocessorFilters,
): Subprocessor[] {
  const categoryId = filters.category
    ? (categories.find((category) => category.slug === filters.category)?.id ?? null)
    : undefined
  const words = filters.q.toLowerCase().split(/\s+/).filter(Boolean)
  const location = filters.location.toLowerCase()

  return subprocessors.filter((subprocessor) => {
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

export type CategoryGroup = { category: Category; subprocessors: Subprocessor[] }

/** Groups in category display order; categories without (matching) subprocessors are left out. */
export function groupByCategory(
  subprocessors: Subprocessor[],
  categories: Category[],
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
