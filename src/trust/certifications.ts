// A certification's status, as staff set it and as the portal shows it.
import type { TranslatedOption } from '@/utilities/options'

export const CERTIFICATION_STATUSES = [
  { value: 'planned', label: 'Planned', de: 'Geplant' },
  { value: 'in-progress', label: 'In progress', de: 'In Arbeit' },
  { value: 'achieved', label: 'Achieved', de: 'Erreicht' },
  { value: 'expired', label: 'Expired', de: 'Abgelaufen' },
] as const satisfies readonly TranslatedOption[]
export type CertificationStatus = (typeof CERTIFICATION_STATUSES)[number]['value']

/**
 * The status to show on a given day: an achieved certification whose validity ended before that
 * day is shown as expired, whatever staff last set (nobody has to remember to change it).
 */
export function effectiveStatus(
  status: CertificationStatus,
  validUntil: string | null | undefined,
  today: string,
): CertificationStatus {
  if (status === 'achieved' && validUntil && validUntil.slice(0, 10) < today) return 'expired'
  return status
}
