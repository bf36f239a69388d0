// Strict reading of query strings: an unknown, repeated or malformed parameter is a 400 that names
// it, never a silently ignored filter (a typo like `categroy=` would otherwise return everything).
import {
  changeKinds,
  publicChangeStatuses,
  type ChangeKind,
  type PublicChangeStatus,
} from '@/schema/changeNotice'
import { DEFAULT_LOCALE, LOCALE_CODES, type Locale } from '@/i18n/locales'
import { MAX_CHOSEN_SCOPES } from '@/schema/scopes'
import type { InvalidParam } from './problem'

export const LIMIT = { default: 50, max: 100 } as const
export const MAX_PAGE = 10_000
const MAX_TEXT = 100
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
// RFC 3339 date-time with an offset, or a plain date (midnight UTC).
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const ISO_DATE_TIME =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/i

/** The language of an answer (`?locale=`), the source language when not given. */
export type LocaleQuery = { locale: Locale }
export type ListQuery = LocaleQuery & { limit: number; page: number; updatedSince: string | null }
type SubprocessorQuery = ListQuery & {
  category: string | null
  location: string | null
  /** Scope slugs, not yet checked against the scopes that exist (the endpoint does that). */
  scope: string[] | null
}
/** The exports that can be made for a set of scopes: the CSV. */
export type ScopeQuery = LocaleQuery & { scope: string[] | null }

export const CHANGE_KINDS = changeKinds.map(({ value }) => value)
/** Only these statuses are published: a draft or cancelled change is never served. */
export const PUBLIC_CHANGE_STATUSES = publicChangeStatuses
export type ChangeQuery = ListQuery & {
  kind: ChangeKind | null
  status: PublicChangeStatus | null
  subprocessor: string | null
  since: string | null
}

type Reader<T> = { parse: (raw: string) => T | { invalid: string } }

const integer = (min: number, max: number): Reader<number> => ({
  parse: (raw) => {
    if (!/^\d{1,9}$/.test(raw))
      return { invalid: `must be a whole number from ${min} to ${max}, not "${clip(raw)}".` }
    const value = Number(raw)
    return value < min || value > max
      ? { invalid: `must be from ${min} to ${max}, not ${value}.` }
      : value
  },
})

const slug: Reader<string> = {
  parse: (raw) =>
    SLUG.test(raw) && raw.length <= 80
      ? raw
      : {
          invalid: `must be a slug (lowercase letters, digits and single hyphens), not "${clip(raw)}".`,
        },
}

/**
 * Scope slugs, comma-separated (`scope=eu-region,live-chat`) or repeated (`scope=eu-region&
 * scope=live-chat`, what a form of checkboxes sends): the only parameter that may repeat.
 */
const slugList: Reader<string[]> = {
  parse: (raw) => {
    const items = raw.split(',').map((item) => item.trim())
    if (items.some((item) => item === ''))
      return { invalid: 'must be scope slugs separated by commas, with none empty.' }
    const bad = items.find((item) => typeof slug.parse(item) !== 'string')
    if (bad !== undefined) return { invalid: `${(slug.parse(bad) as { invalid: string }).invalid}` }
    const unique = [...new Set(items)]
    return unique.length > MAX_CHOSEN_SCOPES
      ? { invalid: `names at most ${MAX_CHOSEN_SCOPES} scopes, not ${unique.length}.` }
      : unique
  },
}

const REPEATABLE = new Set<string>(['scope'])

const text: Reader<string> = {
  parse: (raw) => {
    const value = raw.trim()
    if (value === '') return { invalid: 'must not be empty.' }
    return value.length > MAX_TEXT ? { invalid: `must be at most ${MAX_TEXT} characters.` } : value
  },
}

// Date.parse rolls 2025-02-30 over to March: the fields must survive the round trip.
function realCalendarDate(raw: string): boolean {
  const [year, month, day] = raw.slice(0, 10).split('-').map(Number)
  const date = new Date(Date.UTC(year, month - 1, day))
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  )
}

const timestamp: Reader<string> = {
  parse: (raw) => {
    const dateOnly = ISO_DATE.test(raw)
    const shaped = (dateOnly || ISO_DATE_TIME.test(raw)) && realCalendarDate(raw)
    const time = shaped ? Date.parse(dateOnly ? `${raw}T00:00:00Z` : raw) : Number.NaN
    if (Number.isNaN(time)) {
      return {
        invalid: `must be an ISO 8601 date (2025-01-31) or date-time with a time zone (2025-01-31T09:00:00Z), not "${clip(raw)}".`,
      }
    }
    return new Date(time).toISOString()
  },
}

function oneOf<const T extends string>(values: readonly T[], note = ''): Reader<T> {
  return {
    parse: (raw) =>
      (values as readonly string[]).includes(raw)
        ? (raw as T)
        : { invalid: `must be one of ${values.join(', ')}${note}, not "${clip(raw)}".` },
  }
}

const clip = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value)

const readers = {
  limit: integer(1, LIMIT.max),
  page: integer(1, MAX_PAGE),
  updatedSince: timestamp,
  category: slug,
  location: text,
  scope: slugList,
  kind: oneOf(CHANGE_KINDS),
  status: oneOf(PUBLIC_CHANGE_STATUSES, ' (drafts and cancelled changes are not published)'),
  subprocessor: slug,
  since: timestamp,
  locale: oneOf(LOCALE_CODES as readonly Locale[], ' (the languages of this trust center)'),
}

type Name = keyof typeof readers
type Parsed<N extends Name> = {
  [K in N]: ReturnType<(typeof readers)[K]['parse']> extends infer V
    ? Exclude<V, { invalid: string }>
    : never
}

type QueryResult<T> = { ok: true; value: T } | { ok: false; invalidParams: InvalidParam[] }

/** The parameters in order, a repeatable one joined into one value at its first place. */
function joinRepeatable(search: URLSearchParams): Array<[string, string]> {
  const entries: Array<[string, string]> = []
  const joined = new Map<string, [string, string]>()
  for (const [name, raw] of search) {
    const entry = joined.get(name)
    if (entry) entry[1] += `,${raw}`
    else if (REPEATABLE.has(name)) {
      const first: [string, string] = [name, raw]
      joined.set(name, first)
      entries.push(first)
    } else entries.push([name, raw])
  }
  return entries
}

/** Reads only `allowed` parameters, each at most once (but for a repeatable list). */
function readQuery<N extends Name>(
  search: URLSearchParams,
  allowed: readonly N[],
): QueryResult<Partial<Parsed<N>>> {
  const invalidParams: InvalidParam[] = []
  const value: Record<string, unknown> = {}
  const seen = new Set<string>()
  for (const [name, raw] of joinRepeatable(search)) {
    if (!(allowed as readonly string[]).includes(name)) {
      const hint = allowed.length
        ? `Allowed here: ${allowed.join(', ')}.`
        : 'This endpoint takes no parameters.'
      invalidParams.push({
        name: clip(name),
        reason: `is not a parameter of this endpoint. ${hint}`,
      })
      continue
    }
    if (seen.has(name)) {
      invalidParams.push({ name, reason: 'is given more than once; give it once.' })
      continue
    }
    seen.add(name)
    const parsed = readers[name as Name].parse(raw)
    if (typeof parsed === 'object' && parsed !== null && 'invalid' in parsed)
      invalidParams.push({ name, reason: parsed.invalid })
    else value[name] = parsed
  }
  return invalidParams.length
    ? { ok: false, invalidParams }
    : { ok: true, value: value as Partial<Parsed<N>> }
}

const LIST_PARAMS = ['limit', 'page', 'updatedSince', 'locale'] as const
const SUBPROCESSOR_PARAMS = [...LIST_PARAMS, 'category', 'location', 'scope'] as const
const SCOPE_PARAMS = ['scope', 'locale'] as const
const CHANGE_PARAMS = [...LIST_PARAMS, 'kind', 'status', 'subprocessor', 'since'] as const
const LOCALE_PARAMS = ['locale'] as const

export function readListQuery(search: URLSearchParams): QueryResult<ListQuery> {
  const result = readQuery(search, LIST_PARAMS)
  if (!result.ok) return result
  const {
    limit = LIMIT.default,
    page = 1,
    updatedSince = null,
    locale = DEFAULT_LOCALE,
  } = result.value
  return { ok: true, value: { limit, page, updatedSince, locale } }
}

export function readSubprocessorQuery(search: URLSearchParams): QueryResult<SubprocessorQuery> {
  const result = readQuery(search, SUBPROCESSOR_PARAMS)
  if (!result.ok) return result
  const {
    limit = LIMIT.default,
    page = 1,
    updatedSince = null,
    category = null,
    location = null,
    scope = null,
    locale = DEFAULT_LOCALE,
  } = result.value
  return { ok: true, value: { limit, page, updatedSince, category, location, scope, locale } }
}

/** `?scope=` and `?locale=`: an export made for a set of scopes, in a language. */
export function readScopeQuery(search: URLSearchParams): QueryResult<ScopeQuery> {
  const result = readQuery(search, SCOPE_PARAMS)
  if (!result.ok) return result
  return {
    ok: true,
    value: { scope: result.value.scope ?? null, locale: result.value.locale ?? DEFAULT_LOCALE },
  }
}

/** `?locale=` alone: one item, or a whole list, in a language. */
export function readLocaleQuery(search: URLSearchParams): QueryResult<LocaleQuery> {
  const result = readQuery(search, LOCALE_PARAMS)
  if (!result.ok) return result
  return { ok: true, value: { locale: result.value.locale ?? DEFAULT_LOCALE } }
}

export function readChangeQuery(search: URLSearchParams): QueryResult<ChangeQuery> {
  const result = readQuery(search, CHANGE_PARAMS)
  if (!result.ok) return result
  const {
    limit = LIMIT.default,
    page = 1,
    updatedSince = null,
    kind = null,
    status = null,
    subprocessor = null,
    since = null,
    locale = DEFAULT_LOCALE,
  } = result.value
  return {
    ok: true,
    value: { limit, page, updatedSince, kind, status, subprocessor, since, locale },
  }
}

export function readNoQuery(search: URLSearchParams): QueryResult<Record<string, never>> {
  const result = readQuery(search, [])
  return result.ok ? { ok: true, value: {} } : result
}
