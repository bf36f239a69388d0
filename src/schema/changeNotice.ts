import { materialFieldWords } from './subprocessor'

export const changeKinds = [
  { value: 'addition', label: 'Addition: we start using a new subprocessor' },
  { value: 'replacement', label: 'Replacement: a new subprocessor takes over from another' },
  { value: 'removal', label: 'Removal: we stop using a subprocessor' },
  { value: 'material-edit', label: `Change: new ${materialFieldWords}` },
] as const

export const changeStatuses = [
  { value: 'draft', label: 'Not announced yet' },
  { value: 'announced', label: 'Announced: customers notified' },
  { value: 'effective', label: 'In effect' },
  { value: 'cancelled', label: 'Cancelled' },
  { value: 'failed', label: 'Could not take effect: needs an administrator' },
] as const

export type ChangeKind = (typeof changeKinds)[number]['value']
export type ChangeStatus = (typeof changeStatuses)[number]['value']

/** Only these are public: a draft or cancelled change is never shown or served. */
export const publicChangeStatuses = [
  'announced',
  'effective',
] as const satisfies readonly ChangeStatus[]
export type PublicChangeStatus = (typeof publicChangeStatuses)[number]

/**
 * Stored statuses a visitor may read. A change that failed to take effect on its date was still
 * announced to customers, and still will take effect once an administrator fixes it: the public
 * sees it as announced (see `publicStatusOf`).
 */
export const readableChangeStatuses = [
  ...publicChangeStatuses,
  'failed',
] as const satisfies readonly ChangeStatus[]

export const publicStatusOf = (status: string): PublicChangeStatus | null =>
  status === 'failed' ? 'announced' : isPublicChangeStatus(status) ? status : null

/**
 * Written only by the trust center, never by a person (REST, GraphQL or the admin): the
 * announcement's record, and what happened on the effective date.
 */
export const systemChangeFields = {
  title: 'Title',
  slug: 'Web address name (slug)',
  announcedAt: 'Announced on',
  noticePeriodDays: 'Notice period (days)',
  fieldChanges: 'Field changes',
  fieldChangesText: 'What changes, field by field',
  versionRefs: 'Version references',
  appliedAt: 'Took effect on',
  failedAt: 'Failed on',
  failureReason: 'Why it could not take effect',
} as const

/** What a person fills in; frozen once the change is announced. */
export const announcedChangeFields = {
  kind: 'What is changing?',
  subprocessor: 'Subprocessor',
  replaces: 'Replaces',
  reason: 'Why',
  effectiveDate: 'Effective date',
  urgentReason: 'Reason for a shorter notice',
} as const

export const isPublicChangeStatus = (status: string): status is PublicChangeStatus =>
  (publicChangeStatuses as readonly string[]).includes(status)
