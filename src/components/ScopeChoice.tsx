import type { Scope } from '@/payload-types'
import { scopeKindLabel } from '@/schema/scopes'

/**
 * Checkboxes for the scopes a customer uses, named `scope` (a GET form sends one per box). Shown
 * only when there are scopes: without them every subprocessor applies to every customer.
 */
export function ScopeChoice({
  scopes,
  chosen,
  idPrefix,
}: {
  scopes: Scope[]
  chosen: string[]
  idPrefix: string
}) {
  if (!scopes.length) return null
  return (
    <fieldset className="field scope-choice" aria-describedby={`${idPrefix}-hint`}>
      <legend>What the customer uses</legend>
      <p id={`${idPrefix}-hint`} className="hint">
        Subprocessors for all customers are always included. Choose none for the whole list.
      </p>
      {scopes.map((scope) => (
        <div key={scope.id} className="check">
          <input
            id={`${idPrefix}-${scope.slug}`}
            type="checkbox"
            name="scope"
            value={scope.slug}
            defaultChecked={chosen.includes(scope.slug)}
          />
          <label htmlFor={`${idPrefix}-${scope.slug}`}>
            {scope.name} <span className="meta">({scopeKindLabel(scope.kind).toLowerCase()})</span>
          </label>
        </div>
      ))}
    </fieldset>
  )
}

/** A form choosing scopes only, for the table and the annex: works without JavaScript. */
export function ScopeFilterForm({
  scopes,
  chosen,
  action,
  label,
}: {
  scopes: Scope[]
  chosen: string[]
  action: string
  label: string
}) {
  if (!scopes.length) return null
  return (
    <form className="filters screen-only" method="get" action={action} aria-label={label}>
      <ScopeChoice scopes={scopes} chosen={chosen} idPrefix="scope" />
      <div className="actions">
        <button type="submit">Show this list</button>
        {chosen.length > 0 && <a href={action}>All subprocessors</a>}
      </div>
    </form>
  )
}

/** "the subprocessors for all customers and for EU region or Live chat" */
export const scopeChoiceWords = (chosen: Scope[]) =>
  chosen.length
    ? `Subprocessors for all customers, and those for ${
        chosen.length === 1
          ? chosen[0].name
          : `${chosen
              .slice(0, -1)
              .map((scope) => scope.name)
              .join(', ')} or ${chosen.at(-1)!.name}`
      }.`
    : ''
