import { pageWords } from '@/i18n/portalWords'
import { requestLocale } from '@/i18n/request'
import { shownValuesIn } from '@/i18n/subprocessorValuesIn'
import { fieldLabelIn } from '@/i18n/subprocessorWords'
import { printColumns, subprocessorField } from '@/schema/subprocessor'
import type { CategoryGroup } from '@/utilities/subprocessorFilters'
import { displayUrl } from './SubprocessorDetails'

/**
 * The list as one table, for paper only: on screen the cards read better at any width, and
 * `display: none` keeps this copy away from screen readers.
 */
export function SubprocessorPrintTable({ groups }: { groups: CategoryGroup[] }) {
  const locale = requestLocale()
  return (
    <table className="print-only print-table">
      <thead>
        <tr>
          <th scope="col">{pageWords().subprocessorTable.subprocessor}</th>
          {printColumns.map((name) => (
            <th key={name} scope="col">
              {fieldLabelIn(subprocessorField(name), locale)}
            </th>
          ))}
        </tr>
      </thead>
      {groups.map(({ category, subprocessors }) => (
        <tbody key={category.id}>
          <tr>
            <th scope="rowgroup" colSpan={printColumns.length + 1} className="print-group">
              {category.name}
            </th>
          </tr>
          {subprocessors.map((subprocessor) => {
            const { values } = shownValuesIn(subprocessor, locale)
            return (
              <tr key={subprocessor.id}>
                <th scope="row">
                  {subprocessor.name}
                  {subprocessor.legalEntity && (
                    <span className="print-sub">{subprocessor.legalEntity}</span>
                  )}
                </th>
                {printColumns.map((name) => {
                  const value = values[name]
                  const text = Array.isArray(value) ? value.join('; ') : (value ?? '')
                  return (
                    <td key={name}>
                      {subprocessorField(name).show === 'link'
                        ? text
                          ? displayUrl(text)
                          : '—'
                        : text}
                    </td>
                  )
                })}
              </tr>
            )
          })}
        </tbody>
      ))}
    </table>
  )
}
