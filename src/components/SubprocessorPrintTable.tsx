import type { CategoryGroup } from '@/utilities/subprocessorFilters'
import { displayUrl } from './SubprocessorDetails'

/**
 * The list as one table, for paper only: on screen the cards read better at any width, and
 * `display: none` keeps this copy away from screen readers.
 */
export function SubprocessorPrintTable({ groups }: { groups: CategoryGroup[] }) {
  return (
    <table className="print-only print-table">
      <thead>
        <tr>
          <th scope="col">Subprocessor</th>
          <th scope="col">Purpose</th>
          <th scope="col">Data processed</th>
          <th scope="col">Locations</th>
          <th scope="col">Security information</th>
        </tr>
      </thead>
      {groups.map(({ category, subprocessors }) => (
        <tbody key={category.id}>
          <tr>
            <th scope="rowgroup" colSpan={5} className="print-group">
              {category.name}
            </th>
          </tr>
          {subprocessors.map((subprocessor) => (
            <tr key={subprocessor.id}>
              <th scope="row">
                {subprocessor.name}
                {subprocessor.legalEntity && <span className="print-sub">{subprocessor.legalEntity}</span>}
              </th>
              <td>{subprocessor.purpose}</td>
              <td>{subprocessor.dataProcessed.join('; ')}</td>
              <td>{subprocessor.locations.join('; ')}</td>
              <td>{subprocessor.securityUrl ? displayUrl(subprocessor.securityUrl) : '—'}</td>
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  )
}
