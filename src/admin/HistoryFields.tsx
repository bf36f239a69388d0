import type { JSONFieldServerComponent, Payload, TextFieldServerComponent } from 'payload'
import { showValue, type FieldValue } from '@/changes/fields'
import { subprocessorFields } from '@/schema/subprocessor'
import { currentSnapshotValues } from '@/schema/subprocessorValues'

const label = (text: string) => <span className="field-label">{text}</span>

/** A history entry's subprocessor, as a link to it (its id is kept as text: it may be deleted). */
export const HistorySubprocessorField: TextFieldServerComponent = async ({ data, payload }) => {
  const id = typeof data?.subprocessor === 'string' ? data.subprocessor : null
  const current = id
    ? await payload
        .findByID({ collection: 'subprocessors', id, depth: 0, draft: true, overrideAccess: true })
        .catch(() => null)
    : null
  const href = `${payload.config.routes.admin}/collections/subprocessors/${id}`
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      {label('Subprocessor')}
      <div>
        {current ? (
          <a href={href}>{current.name}</a>
        ) : (
          `${data?.name ?? 'A subprocessor'} (since deleted)`
        )}
      </div>
    </div>
  )
}

async function categoryName(payload: Payload, id: FieldValue) {
  if (typeof id !== 'string') return id
  const category = await payload
    .findByID({ collection: 'categories', id, depth: 0, overrideAccess: true })
    .catch(() => null)
  return category?.name ?? id
}

/** What visitors saw in this entry, field by field, instead of its JSON. */
export const HistorySnapshotField: JSONFieldServerComponent = async ({ data, payload }) => {
  const recorded = (data?.snapshot ?? null) as Record<string, unknown> | null
  if (!recorded) return null
  // (an entry recorded before a field changed shape is read in the current one)
  const snapshot = currentSnapshotValues(recorded)
  const rows = await Promise.all(
    subprocessorFields.map(async ({ name, label: text }) => {
      const value = snapshot[name] ?? null
      return { name, text, value: name === 'category' ? await categoryName(payload, value) : value }
    }),
  )
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      {label('What the list showed')}
      <dl style={{ margin: 0 }}>
        {rows.map(({ name, text, value }) => (
          <div key={name} style={{ display: 'flex', gap: '0.5em' }}>
            <dt style={{ fontWeight: 600 }}>{text}:</dt>
            <dd style={{ margin: 0 }}>{showValue(value, name)}</dd>
          </div>
        ))}
      </dl>
    </div>
  )
}
