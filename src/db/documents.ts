/** A document as the database adapter returns it, before Payload's hooks. */
export type RawDoc = { id: string | number; [field: string]: unknown }

/** The id of a relationship value, whether it is populated (an object) or not (an id). */
export const idOf = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id)
  return String(value)
}
