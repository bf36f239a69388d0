import type { DateFieldValidation } from 'payload'

/** "Valid until" must not come before "Valid from". */
export const validUntilAfterFrom: DateFieldValidation = (value, { siblingData }) => {
  const from = (siblingData as { validFrom?: string | null }).validFrom
  if (!value || !from) return true
  return String(value).slice(0, 10) >= String(from).slice(0, 10)
    ? true
    : '"Valid until" is before "Valid from". Check both days.'
}
