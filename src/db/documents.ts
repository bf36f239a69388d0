/** The id of a relationship value, whether it is populated (an object) or not (an id). */
export const idOf = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object' && 'id' in value) return String(value.id)
  return String(value)
}
