import type { JSONFieldServerComponent, Payload, TextFieldServerComponent } from 'payload'
import { showValue, type FieldValue } from '@/changes/fields'
import { subprocessorFields } from '@/schema/subprocessor'
import { currentSnapshotValues } from '@/schema/subprocessorValues'
import { adminLanguage } from '@/i18n/adminWords'
import { fieldLabelIn } from '@/i18n/subprocessorWords'

const label = (text: string) => <span className="field-label">{text}</span>

/** A history entry's subprocessor, as a link to it (its id is kept as text: it may be deleted). */
export const HistorySubprocessorField: TextFieldServerComponent = async ({
  data,
  i18n,
  payload,
}) => {
  const { t } = adminLanguage(i18n)
  const id = typeof data?.subprocessor === 'string' ? data.subprocessor : null
  const current = id
    ? await payload
        .findByID({ collection: 'subprocessors', id, depth: 0, draft: true, overrideAccess: true })
        .catch(() => null)
    : null
  const href = `${payload.config.routes.admin}/collections/subprocessors/${id}`
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      {label(t('trust:history:subprocessor'))}
      <div>
        {current ? (
          <a href={href}>{current.name}</a>
        ) : (
          t('trust:history:sinceDeleted', { name: data?.name ?? t('trust:history:aSubprocessor') })
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
export const HistorySnapshotField: JSONFieldServerComponent = async ({ data, i18n, payload }) => {
  const recorded = (data?.snapshot ?? null) as Record<string, unknown> | null
  if (!recorded) return null
  const { t, locale } = adminLanguage(i18n)
  // (an entry recorded before a field changed shape is read in the current one)
  const snapshot = currentSnapshotValues(recorded)
  const rows = await Promise.all(
    subprocessorFields.map(async (field) => {
      const { name } = field
      const text = fieldLabelIn(field, locale)
      const value = snapshot[name] ?? null
      return { name, text, value: name === 'category' ? await categoryName(payload, value) : value }
    }),
  )
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      {label(t('trust:history:listShowed'))}
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
