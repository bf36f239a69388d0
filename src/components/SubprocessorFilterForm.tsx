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
  return (
    <form
      className="filters"
      method="get"
      action="/subprocessors"
      role="search"
      aria-label="Filter subprocessors"
    >
      <div className="field">
        <label htmlFor="filter-q">Search</label>
        <input
          id="filter-q"
          name="q"
          type="search"
          defaultValue={filters.q}
          aria-describedby="filter-q-hint"
        />
        <p id="filter-q-hint" className="hint">
          Name, legal entity, purpose or data processed
        </p>
      </div>
      <div className="field">
        <label htmlFor="filter-category">Category</label>
        <select id="filter-category" name="category" defaultValue={filters.category}>
          <option value="">All categories</option>
          {categories.map((category) => (
            <option key={category.id} value={category.slug}>
              {category.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-location">Location</label>
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
          Part of a place, for example a country
        </p>
      </div>
      <ScopeChoice scopes={scopes} chosen={filters.scope} idPrefix="filter-scope" />
      <div className="field">
        <label htmlFor="filter-as-of">List as it stood on</label>
        <input
          id="filter-as-of"
          name="asOf"
          type="date"
          max={today}
          defaultValue={asOf}
          aria-describedby="filter-as-of-hint"
        />
        <p id="filter-as-of-hint" className="hint">
          A past day, as YYYY-MM-DD. Leave empty for the current list.
        </p>
      </div>
      <div className="actions">
        <button type="submit">Apply filters</button>
        {/* A full page load, not <Link>: React applies a select's defaultValue only when it mounts,
            so a client-side navigation would leave the chosen category selected. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        {filtered && <a href="/subprocessors">Clear filters</a>}
      </div>
    </form>
  )
}
