// Where an access request stands. It moves forward only:
// unconfirmed → (email confirmed and NDA accepted) → granted, or awaiting-approval → granted | denied.
export const REQUEST_STATUSES = [
  {
    value: 'unconfirmed',
    label: 'Waiting for the visitor to confirm their email and accept the NDA',
  },
  { value: 'awaiting-approval', label: 'Waiting for approval' },
  { value: 'granted', label: 'Access given' },
  { value: 'denied', label: 'Denied' },
] as const
export type RequestStatus = (typeof REQUEST_STATUSES)[number]['value']
