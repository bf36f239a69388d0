// Where an access request stands. It moves forward only:
// unconfirmed → (email confirmed and NDA accepted) → granted, or awaiting-approval → granted | denied.
import type { TranslatedOption } from '@/utilities/options'

export const REQUEST_STATUSES = [
  {
    value: 'unconfirmed',
    label: 'Waiting for the visitor to confirm their email and accept the NDA',
    de: 'Wartet darauf, dass die anfragende Person ihre E-Mail-Adresse bestätigt und die NDA akzeptiert',
  },
  { value: 'awaiting-approval', label: 'Waiting for approval', de: 'Wartet auf Freigabe' },
  { value: 'granted', label: 'Access given', de: 'Zugang gewährt' },
  { value: 'denied', label: 'Denied', de: 'Abgelehnt' },
] as const satisfies readonly TranslatedOption[]
export type RequestStatus = (typeof REQUEST_STATUSES)[number]['value']
