import { localePath } from '@/i18n/paths'
import { requestLocale } from '@/i18n/request'
import { pageWords } from '@/i18n/portalWords'
import type { Category, Scope } from '@/payload-types'
import type { SubprocessorFilters } from '@/utilities/subprocessorFilters'
import { ScopeChoice } from './ScopeChoice'

type Props = {
  filters: SubprocessorFilters
  categories: Category[]
  /** The scopes to choose from (none: no choice shown). */
  scopes: Scope[]
  locations: string[]
  filtered: boolean
  /** The chosen past day (YYYY-MM-DD), or '' for the current list. */
  asOf: string
  /** The latest day that can be chosen: today (UTC). */
  today: string
}

/** A plain GET form: filtering is done on the server, so it works without JavaScript. */
export function SubprocessorFilterForm({
  filters,
  categories,
  scopes,
  locations,
  filtered,
  asOf,
  today,
}: Props) {
  const words = pageWords()
  const list = localePath(requestLocale(), '/subprocessors')
  return (
    <form
      className="filters"
      method="get"
      action={list}
      role="search"
      aria-label={words.filterLabel}
    >
      <div className="field">
        <label htmlFor="filter-q">{words.search}</label>
        <input
          id="filter-q"
          name="q"
          type="search"
          defaultValue={filters.q}
          aria-describedby="filter-q-hint"
        />
        <p id="filter-q-hint" className="hint">
          {words.searchHint}
        </p>
      </div>
      <div className="field">
        <label htmlFor="filter-category">{words.category}</label>
        <select id="filter-category" name="category" defaultValue={filters.category}>
          <option value="">{words.allCategories}</option>
          {categories.map((category) => (
            <option key={category.id} value={category.slug}>
              {category.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-location">{words.location}</label>
        <input
          id="filter-location"
          name="location"
          type="text"
          list="filter-location-options"
          defaultValue={filters.location}
          aria-describedby="filter-location-hint"
        />
        <datalist id="filter-location-options">
          {locations.map((location) => (
            <option key={location} value={location} />
          ))}
        </datalist>
        <p id="filter-location-hint" className="hint">
          {words.locationHint}
        </p>
      </div>
      <ScopeChoice scopes={scopes} chosen={filters.scope} idPrefix="filter-scope" />
      <div className="field">
        <label htmlFor="filter-as-of">{words.asOfLabel}</label>
        <input
          id="filter-as-of"
          name="asOf"
          type="date"
          max={today}
          defaultValue={asOf}
          aria-describedby="filter-as-of-hint"
        />
        <p id="filter-as-of-hint" className="hint">
          {words.asOfHint}
        </p>
      </div>
      <div className="actions">
        <button type="submit">{words.applyFilters}</button>
        {/* A full page load, not <Link>: React applies a select's defaultValue only when it mounts,
            so a client-side navigation would leave the chosen category selected. */}
        {filtered && <a href={list}>{words.clearFilters}</a>}
      </div>
    </form>
  )
}
