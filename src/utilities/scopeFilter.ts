import { DEFAULT_LOCALE, type Locale } from '@/i18n/locales'
import type { Scope, Subprocessor } from '@/payload-types'
import type { Lookups } from '@/schema/subprocessorValues'
import { appliesToAny, MAX_CHOSEN_SCOPES } from '@/schema/scopes'

type Params = Record<string, string | string[] | undefined>

/**
 * The portal's `?scope=` (repeated, as a form's checkboxes send it, or comma-separated, as the
 * API takes it): slugs, in order, once each. Anything beyond reason is dropped, not refused: a
 * page always shows a list.
 */
export function readScopeParam(params: Params): string[] {
  const raw = [params.scope ?? []].flat()
  const slugs = raw.flatMap((value) => value.split(',')).map((slug) => slug.trim().slice(0, 80))
  return [...new Set(slugs.filter(Boolean))].slice(0, MAX_CHOSEN_SCOPES)
}

export type ScopeChoice = {
  /** The scopes chosen that exist, in display order; none: no filter. */
  chosen: Scope[]
  /** Slugs that name no scope, for a message. */
  unknown: string[]
}

export function chooseScopes(slugs: string[], scopes: Scope[]): ScopeChoice {
  return {
    chosen: scopes.filter((scope) => slugs.includes(scope.slug)),
    unknown: slugs.filter((slug) => !scopes.some((scope) => scope.slug === slug)),
  }
}

const idOf = (value: string | { id: string }) => (typeof value === 'string' ? value : value.id)

export const scopeIdsOf = (subprocessor: Pick<Subprocessor, 'scopes'>): string[] =>
  (subprocessor.scopes ?? []).map(idOf)

/** Whether a subprocessor is on the list for the chosen scopes (every one when none). */
export const onListFor = (subprocessor: Pick<Subprocessor, 'scopes'>, chosen: Scope[]) =>
  appliesToAny(scopeIdsOf(subprocessor), chosen.length ? new Set(chosen.map((s) => s.id)) : null)

/** Names for snapshots and details: a subprocessor's scopes by name. */
export const scopeLookups = (scopes: Scope[]): Lookups => {
  const names = new Map(scopes.map((scope) => [scope.id, scope.name]))
  return { scopeName: (id) => names.get(id) }
}

/** The query string of a choice (`scope=a&scope=b`), to carry it to the other views. */
export const scopeQuery = (chosen: Scope[]): string =>
  chosen.length
    ? `?${new URLSearchParams(chosen.map((scope) => ['scope', scope.slug])).toString()}`
    : ''

/**
 * The query of an export (`/subprocessors.csv`; `.json` takes no choice) for a choice, in a
 * language: `?scope=a&locale=de`. The source language is the exports' default: left out.
 */
export function exportQuery(chosen: Scope[], locale: Locale): string {
  const params = new URLSearchParams(chosen.map((scope) => ['scope', scope.slug]))
  if (locale !== DEFAULT_LOCALE) params.set('locale', locale)
  const query = params.toString()
  return query ? `?${query}` : ''
}
