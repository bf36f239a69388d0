// What the generated REST and GraphQL APIs accept, and the checks of a `where` filter. Payload has
// no setting for most of these: a filter nested fifty levels deep, `limit=1000000000` or
// `pagination=false` would otherwise be served (or fail with a 500).

export const API_LIMITS = {
  /** documents per page */
  maxLimit: 100,
  maxPage: 10_000,
  /** and/or levels in one `where` */
  maxWhereDepth: 5,
  /** field conditions in one `where` */
  maxWhereConditions: 50,
  /** values in one `in`, `not_in` or `all` */
  maxListValues: 100,
  /** characters in one compared value */
  maxValueLength: 500,
  maxSortFields: 3,
  /** root fields (aliases included) in one GraphQL operation */
  maxGraphqlRootFields: 10,
} as const

const COMBINATORS = new Set(['and', 'or'])
// The schema has no point fields; on other fields these operators make the database adapter throw.
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])

type Primitive = string | number | boolean | null

const isPrimitive = (value: unknown): value is Primitive =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value)

function valueProblem(path: string, operator: string, value: unknown): string | null {
  if (GEO_OPERATORS.has(operator))
    return `"${operator}" is not available: no field here holds coordinates.`
  const values = Array.isArray(value)
    ? value
    : LIST_OPERATORS.has(operator) && typeof value === 'string'
      ? value.split(',')
      : [value]
  if (values.length > API_LIMITS.maxListValues) {
    return `${path} ${operator} lists ${values.length} values; at most ${API_LIMITS.maxListValues} are allowed.`
  }
  for (const item of values) {
    if (!isPrimitive(item))
      return `${path} ${operator} must compare with a plain value, not an object or a list of lists.`
    if (typeof item === 'string' && item.length > API_LIMITS.maxValueLength) {
      return `${path} ${operator} compares with ${item.length} characters; at most ${API_LIMITS.maxValueLength} are allowed.`
    }
  }
  return null
}

/** Why a `where` filter is refused, or null when it is acceptable. Combinators may be and/AND, or/OR. */
function whereProblem(where: unknown): string | null {
  let conditions = 0
  const walk = (node: unknown, depth: number): string | null => {
    if (node === null || node === undefined) return null
    if (typeof node !== 'object' || Array.isArray(node))
      return 'where must be an object of conditions.'
    for (const [key, value] of Object.entries(node)) {
      if (COMBINATORS.has(key.toLowerCase())) {
        if (depth + 1 > API_LIMITS.maxWhereDepth) {
          return `where nests and/or more than ${API_LIMITS.maxWhereDepth} levels deep; simplify the filter.`
        }
        const branches = Array.isArray(value)
          ? value
          : value && typeof value === 'object'
            ? Object.values(value)
            : [value]
        for (const branch of branches) {
          const problem = walk(branch, depth + 1)
          if (problem) return problem
        }
        continue
      }
      if (!value || typeof value !== 'object' || Array.isArray(value)) continue // Payload reports these itself
      for (const [operator, operand] of Object.entries(value)) {
        conditions += 1
        if (conditions > API_LIMITS.maxWhereConditions) {
          return `where has more than ${API_LIMITS.maxWhereConditions} conditions; simplify the filter.`
        }
        const problem = valueProblem(key, operator, operand)
        if (problem) return problem
      }
    }
    return null
  }
  return walk(where, 0)
}

// A field of the document itself, optionally descending. No control characters (a null byte makes
// the database driver throw), and no path into a relationship (a join per query, and one the
// embedded FerretDB cannot run).
const SORT_FIELD = /^-?[A-Za-z0-9_]+$/

const wholeNumber = (value: unknown) => typeof value === 'number' && Number.isInteger(value)

export type QueryArgs = {
  limit?: unknown
  page?: unknown
  pagination?: unknown
  depth?: unknown
  sort?: unknown
  where?: unknown
}

/** The number of ids when `where` is only `id in [...]`, else null. */
function idLookupSize(where: unknown): number | null {
  if (!where || typeof where !== 'object' || Array.isArray(where)) return null
  const keys = Object.keys(where)
  if (keys.length !== 1 || keys[0] !== 'id') return null
  const condition = (where as { id: unknown }).id
  if (!condition || typeof condition !== 'object' || Array.isArray(condition)) return null
  const operators = Object.keys(condition)
  if (operators.length !== 1 || operators[0] !== 'in') return null
  const ids = (condition as { in: unknown }).in
  if (Array.isArray(ids)) return ids.length
  return typeof ids === 'string' ? ids.split(',').length : null
}

/** Why the paging, depth, sort and filter of a find are refused, or null. */
export function queryArgsProblem(
  args: QueryArgs,
  { paged, maxDepth }: { paged: boolean; maxDepth: number },
): string | null {
  const { limit, page, pagination, depth, sort, where } = args
  if (paged) {
    // Without paging, only a limit bounds the read. A bounded one is how Payload's own code asks
    // for one document: the S3 storage adapter (@payloadcms/storage-s3) looks up the record of a
    // file it serves with `pagination: false, limit: 1`, on the visitor's request.
    const bounded =
      wholeNumber(limit) && (limit as number) >= 1 && (limit as number) <= API_LIMITS.maxLimit
    if (pagination === false && !bounded) {
      return `pagination=false is not available through the API: read at most ${API_LIMITS.maxLimit} documents per request with limit and page.`
    }
    // A lookup by ids answers at most as many documents as it lists (and lists at most
    // maxListValues): the admin's list cells ask for their related titles this way, with limit=250.
    const maxLimit = idLookupSize(where) === null ? API_LIMITS.maxLimit : Infinity
    if (
      limit !== undefined &&
      (!wholeNumber(limit) || (limit as number) < 1 || (limit as number) > maxLimit)
    ) {
      return `limit must be a whole number from 1 to ${API_LIMITS.maxLimit}.`
    }
    if (
      page !== undefined &&
      (!wholeNumber(page) || (page as number) < 1 || (page as number) > API_LIMITS.maxPage)
    ) {
      return `page must be a whole number from 1 to ${API_LIMITS.maxPage}.`
    }
  }
  if (
    depth !== undefined &&
    (!wholeNumber(depth) || (depth as number) < 0 || (depth as number) > maxDepth)
  ) {
    return `depth must be a whole number from 0 to ${maxDepth}.`
  }
  if (sort !== undefined) {
    const fields = Array.isArray(sort) ? sort : String(sort).split(',')
    if (fields.length > API_LIMITS.maxSortFields)
      return `sort takes at most ${API_LIMITS.maxSortFields} fields.`
    if (fields.some((field) => typeof field !== 'string' || !SORT_FIELD.test(field.trim()))) {
      return 'sort must list field names separated by commas, for example sort=-updatedAt,name (no nested paths).'
    }
  }
  return whereProblem(where)
}
