import {
  materialFields,
  retiredFields,
  subprocessorFields,
  type SubprocessorFieldName,
} from '@/schema/subprocessor'
import {
  readableValue,
  valueInWords,
  withCurrentShape,
  type Lookups,
  type ReadableValue,
} from '@/schema/subprocessorValues'

// The public fields of a subprocessor (src/schema/subprocessor.ts), in the order a notice lists
// them, as values in words (src/schema/subprocessorValues.ts): what a notice compares and shows,
// and what the history records. A change to a material field needs a notice (GDPR Art. 28).
// Recorded snapshots and field changes are evidence: they keep the shape they were recorded in,
// and their readers understand every shape (a field retired since, `transferSafeguards`, too).

export type FieldValue = ReadableValue
export type Snapshot = Partial<Record<SubprocessorFieldName, FieldValue>> & { slug?: string }

/** A field a change record may name: a current one, or one retired since it was recorded. */
export type RecordedFieldName = SubprocessorFieldName | (typeof retiredFields)[number]['name']

export type FieldChange = {
  subprocessor: string
  subprocessorName: string
  field: RecordedFieldName
  label: string
  before: FieldValue
  after: FieldValue
}

/**
 * The public part of a subprocessor document (or a version of any age), in words. Without
 * `lookups`, the category and scopes are ids (enough to compare); with them, their names.
 */
export function snapshotOf(
  document: object | null | undefined,
  lookups: Lookups = {},
): Snapshot | null {
  if (!document) return null
  const doc = withCurrentShape(document) as Record<string, unknown>
  const snapshot: Snapshot = { slug: typeof doc.slug === 'string' ? doc.slug : undefined }
  for (const field of subprocessorFields)
    snapshot[field.name] = readableValue(field, doc[field.name], lookups)
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

/**
 * A value as people read it: lists joined with commas, nothing as "(none)", or as what an empty
 * value of `field` means ("All customers" for no scopes).
 */
export const showValue = (value: FieldValue, field?: string) => valueInWords(value, field)

/** One line per field: `Stripe, Purpose: old → new`. */
export const describeFieldChange = (c: FieldChange) =>
  `${c.subprocessorName}, ${c.label}: ${showValue(c.before, c.field)} → ${showValue(c.after, c.field)}`

export const isMaterial = (changes: FieldChange[]) =>
  changes.some((change) => (materialFields as readonly string[]).includes(change.field))
