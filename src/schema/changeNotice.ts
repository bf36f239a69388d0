export const changeKinds = [
  { value: 'addition', label: 'Addition: we start using a new subprocessor' },
  { value: 'replacement', label: 'Replacement: a new subprocessor takes over from another' },
  { value: 'removal', label: 'Removal: we stop using a subprocessor' },
  { value: 'material-edit', label: 'Change: new purpose, data processed or location' },
] as const

export const changeStatuses = [
  { value: 'draft', label: 'Not announced yet' },
  { value: 'announced', label: 'Announced: customers notified' },
  { value: 'effective', label: 'In effect' },
  { value: 'cancelled', label: 'Cancelled' },
] as const

export type ChangeKind = (typeof changeKinds)[number]['value']
export type ChangeStatus = (typeof changeStatuses)[number]['value']

/** Only these are public: a draft or cancelled change is never shown or served. */
export const publicChangeStatuses = [
  'announced',
  'effective',
] as const satisfies readonly ChangeStatus[]
export type PublicChangeStatus = (typeof publicChangeStatuses)[number]

export const isPublicChangeStatus = (status: string): status is PublicChangeStatus =>
  (publicChangeStatuses as readonly string[]).includes(status)
