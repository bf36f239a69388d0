import type { DateFieldValidation } from 'payload'
import { adminLanguage } from '@/i18n/adminWords'

/** "Valid until" must not come before "Valid from". */
export const validUntilAfterFrom: DateFieldValidation = (value, { req, siblingData }) => {
  const from = (siblingData as { validFrom?: string | null }).validFrom
  if (!value || !from) return true
  return String(value).slice(0, 10) >= String(from).slice(0, 10)
    ? true
    : adminLanguage(req?.i18n).t('trust:messages:validUntil')
}
