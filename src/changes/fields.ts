import {
  materialFields,
  subprocessorFields,
  type SubprocessorFieldName,
} from '@/schema/subprocessor'

// The public fields of a subprocessor (src/schema/subprocessor.ts), in the order a notice lists
// them, as plain values: what a notice compares and the history records. A change to a material
// field needs a notice (GDPR Art. 28).

export type FieldValue = string | string[] | null
export type Snapshot = Partial<Record<SubprocessorFieldName, FieldValue>> & { slug?: string }

export type FieldChange = {
  subprocessor: string
  subprocessorName: string
  field: SubprocessorFieldName
  label: string
  before: FieldValue
  after: FieldValue
}

function normalise(value: unknown): FieldValue {
  if (value === undefined || value === null || value === '') return null
  if (Array.isArray(value)) return value.length ? value.map((v) => String(v)) : null
  if (typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id)
  return String(value)
}

/** The public part of a subprocessor document (a relationship becomes its id). */
export function snapshotOf(document: object | null | undefined): Snapshot | null {
  if (!document) return null
  const doc = document as Record<string, unknown>
  const snapshot: Snapshot = { slug: typeof doc.slug === 'string' ? doc.slug : undefined }
  for (const { name } of subprocessorFields) snapshot[name] = normalise(doc[name])
  return snapshot
}

const same = (a: FieldValue, b: FieldValue) => JSON.stringify(a) === JSON.stringify(b)

/** Field-by-field differences between two snapshots (either may be null: added or removed). */
export function diffSnapshots(
  subprocessor: { id: string; name: string },
  before: Snapshot | null,
  after: Snapshot | null,
): FieldChange[] {
  const changes: FieldChange[] = []
  for (const { name, label } of subprocessorFields) {
    const b = before?.[name] ?? null
    const a = after?.[name] ?? null
    if (!same(a, b))
      changes.push({
        subprocessor: subprocessor.id,
        subprocessorName: subprocessor.name,
        field: name,
        label,
        before: b,
        after: a,
      })
  }
  return changes
}

/** A value as people read it: lists joined with commas, nothing as "(none)". */
export const showValue = (value: FieldValue) =>
  value === null ? '(none)' : Array.isArray(value) ? value.join(', ') : value

/** One line per field: `Stripe, Purpose: old → new`. */
export const describeFieldChange = (c: FieldChange) =>
  `${c.subprocessorName}, ${c.label}: ${showValue(c.before)} → ${showValue(c.after)}`

export const isMaterial = (changes: FieldChange[]) =>
  changes.some((change) => (materialFields as readonly string[]).includes(change.field))
