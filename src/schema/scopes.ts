// Scopes: the products, regions and optional features only some customers use
// (collections/Scopes). A subprocessor applies to every customer, or only to some scopes; a list
// for a set of scopes holds the entries for every customer and those of any of the scopes.
import type { TranslatedOption } from '@/utilities/options'

/** What a scope stands for: a product, a region or an optional feature customers may use. */
export const SCOPE_KINDS = [
  { value: 'product', label: 'Product', de: 'Produkt' },
  { value: 'region', label: 'Region', de: 'Region' },
  { value: 'feature', label: 'Optional feature', de: 'Optionale Funktion' },
] as const satisfies readonly TranslatedOption[]

export type ScopeKind = (typeof SCOPE_KINDS)[number]['value']

/**
 * Does a subprocessor with these scopes (ids or slugs) belong on a list for `chosen` ones? Yes
 * when it applies to every customer (no scopes), or to one of them. No choice: every entry.
 */
export const appliesToAny = (scopes: readonly string[], chosen: ReadonlySet<string> | null) =>
  !chosen || scopes.length === 0 || scopes.some((scope) => chosen.has(scope))

/** At most this many scopes in one filter: a list for more is the whole list in practice. */
export const MAX_CHOSEN_SCOPES = 20
