import Link from '@/components/LocaleLink'
import type { Category, Subprocessor } from '@/payload-types'
import { pageLabelOf, subprocessorField } from '@/schema/subprocessor'
import { readableValue, valueInWords, type Lookups } from '@/schema/subprocessorValues'
import { categoryIdOf } from '@/utilities/subprocessorFilters'

const COLUMNS = ['purpose', 'dataProcessed', 'locations'] as const

const scopesField = subprocessorField('scopes')

/**
 * The list as one compact table, a row per subprocessor in name order: for comparing them at a
 * glance. Wider than a phone: the table scrolls inside its own box, which keyboard users can
 * focus to scroll. With `lookups` (when scopes exist), a column says whom each applies to.
 */
export function SubprocessorTable({
  subprocessors,
  categories,
  lookups = null,
}: {
  subprocessors: Subprocessor[]
  categories: Category[]
  lookups?: Lookups | null
}) {
  const categoryOf = new Map(categories.map((category) => [category.id, category]))
  return (
    <div
      className="table-scroll"
      role="region"
      aria-labelledby="subprocessor-table-caption"
      tabIndex={0}
    >
      <table className="data-table">
        <caption id="subprocessor-table-caption" className="visually-hidden">
          Subprocessors, one per row
        </caption>
        <thead>
          <tr>
            <th scope="col">Subprocessor</th>
            <th scope="col">{pageLabelOf(subprocessorField('category'))}</th>
            {COLUMNS.map((name) => (
              <th key={name} scope="col">
                {pageLabelOf(subprocessorField(name), 2)}
              </th>
            ))}
            {lookups && <th scope="col">{pageLabelOf(scopesField)}</th>}
          </tr>
        </thead>
        <tbody>
          {subprocessors.map((subprocessor) => {
            const category = categoryOf.get(categoryIdOf(subprocessor))
            return (
              <tr key={subprocessor.id}>
                <th scope="row">
                  <Link href={`/subprocessors/${subprocessor.slug}`}>{subprocessor.name}</Link>
                  {subprocessor.legalEntity && (
                    <span className="cell-note">{subprocessor.legalEntity}</span>
                  )}
                </th>
                <td>
                  {category ? (
                    <Link href={`/subprocessors#${category.slug}`}>{category.name}</Link>
                  ) : (
                    '—'
                  )}
                </td>
                {COLUMNS.map((name) => {
                  const value = subprocessor[name]
                  return (
                    <td key={name}>{Array.isArray(value) ? value.join('; ') : (value ?? '—')}</td>
                  )
                })}
                {lookups && (
                  <td>
                    {valueInWords(
                      readableValue(scopesField, subprocessor.scopes, lookups),
                      scopesField.name,
                    )}
                  </td>
                )}
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
