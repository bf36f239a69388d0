import type { FieldChange, FieldValue } from '@/changes/fields'
import { fieldNamed } from '@/schema/subprocessor'

/** A value before or after; empty as "None", or as what it means for the field ("All customers"). */
function Value({ value, field }: { value: FieldValue; field: string }) {
  if (value === null) return <span className="meta">{fieldNamed(field)?.emptyText ?? 'None'}</span>
  if (!Array.isArray(value)) return <span className="multiline">{value}</span>
  return (
    <ul className="plain-list">
      {value.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  )
}

/** The field-by-field changes, one table per subprocessor (a replacement touches two). */
export function FieldChangesTable({
  changes,
  headingLevel,
}: {
  changes: FieldChange[]
  headingLevel: 2 | 3 | 4
}) {
  if (changes.length === 0) return null
  const Heading = (['h2', 'h3', 'h4'] as const)[headingLevel - 2]
  const bySubprocessor = [...new Set(changes.map((change) => change.subprocessor))].map((id) =>
    changes.filter((change) => change.subprocessor === id),
  )
  return (
    <>
      <Heading className="diff-heading">What changes</Heading>
      {bySubprocessor.map((rows) => (
        <table key={rows[0].subprocessor} className="diff-table">
          <caption>{rows[0].subprocessorName}</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Before</th>
              <th scope="col">After</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.field}>
                <th scope="row">{row.label}</th>
                <td>
                  <Value value={row.before} field={row.field} />
                </td>
                <td>
                  <Value value={row.after} field={row.field} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </>
  )
}
