import { DEFAULT_LOCALE } from '@/i18n/locales'
import { localePath } from '@/i18n/paths'
import { pageWords } from '@/i18n/portalWords'
import { requestLocale } from '@/i18n/request'
import { optionLabelIn } from '@/i18n/subprocessorWords'
import type { Scope } from '@/payload-types'
import { SCOPE_KINDS } from '@/schema/scopes'

/** What a scope is, after its name: "(region)"; German nouns keep their capital ("(Region)"). */
const kindIn = (kind: string) => {
  const locale = requestLocale()
  const words = optionLabelIn('scopes.kind', SCOPE_KINDS, kind, locale)
  return locale === DEFAULT_LOCALE ? words.toLowerCase() : words
}

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
  const words = pageWords().scopeChoice
  return (
    <fieldset className="field scope-choice" aria-describedby={`${idPrefix}-hint`}>
      <legend>{words.legend}</legend>
      <p id={`${idPrefix}-hint`} className="hint">
        {words.hint}
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
            {scope.name} <span className="meta">({kindIn(scope.kind)})</span>
          </label>
        </div>
      ))}
    </fieldset>
  )
}

/**
 * A form choosing scopes only, for the table and the annex (`action`: the page's address in the
 * source language; the form stays in the page's language): works without JavaScript.
 */
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
  const words = pageWords().scopeChoice
  const page = localePath(requestLocale(), action)
  return (
    <form className="filters screen-only" method="get" action={page} aria-label={label}>
      <ScopeChoice scopes={scopes} chosen={chosen} idPrefix="scope" />
      <div className="actions">
        <button type="submit">{words.show}</button>
        {chosen.length > 0 && <a href={page}>{words.all}</a>}
      </div>
    </form>
  )
}

/** "Subprocessors for all customers, and those for EU region or Live chat." */
export const scopeChoiceWords = (chosen: Scope[]) =>
  chosen.length ? pageWords().scopeChoice.forScopes(chosen.map((scope) => scope.name)) : ''
