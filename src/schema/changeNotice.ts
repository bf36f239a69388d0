import { materialFieldWords } from './subprocessor'
import { materialFieldWordsIn } from '@/i18n/subprocessorWords'
import type { TranslatedOption } from '@/utilities/options'

export const changeKinds = [
  {
    value: 'addition',
    label: 'Addition: we start using a new subprocessor',
    de: 'Neuaufnahme: Wir setzen einen neuen Unterauftragsverarbeiter ein',
  },
  {
    value: 'replacement',
    label: 'Replacement: a new subprocessor takes over from another',
    de: 'Ersetzung: Ein neuer Unterauftragsverarbeiter übernimmt von einem anderen',
  },
  {
    value: 'removal',
    label: 'Removal: we stop using a subprocessor',
    de: 'Entfernung: Wir setzen einen Unterauftragsverarbeiter nicht mehr ein',
  },
  {
    value: 'material-edit',
    label: `Change: new ${materialFieldWords}`,
    de: `Änderung: neue Angaben für ${materialFieldWordsIn('de')}`,
  },
] as const satisfies readonly TranslatedOption[]

export const changeStatuses = [
  { value: 'draft', label: 'Not announced yet', de: 'Noch nicht angekündigt' },
  {
    value: 'announced',
    label: 'Announced: customers notified',
    de: 'Angekündigt: Kunden benachrichtigt',
  },
  { value: 'effective', label: 'In effect', de: 'Wirksam' },
  { value: 'cancelled', label: 'Cancelled', de: 'Zurückgezogen' },
  {
    value: 'failed',
    label: 'Could not take effect: needs an administrator',
    de: 'Konnte nicht wirksam werden: braucht einen Administrator',
  },
] as const satisfies readonly TranslatedOption[]

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

type ChangeField = keyof typeof systemChangeFields | keyof typeof announcedChangeFields

/** The same fields in German, for the admin. */
const changeFieldsDe: Record<ChangeField, string> = {
  title: 'Titel',
  slug: 'Name in der Webadresse (Slug)',
  announcedAt: 'Angekündigt am',
  noticePeriodDays: 'Ankündigungsfrist (Tage)',
  fieldChanges: 'Feldänderungen',
  fieldChangesText: 'Was sich ändert, Feld für Feld',
  versionRefs: 'Versionsverweise',
  appliedAt: 'Wirksam geworden am',
  failedAt: 'Fehlgeschlagen am',
  failureReason: 'Warum sie nicht wirksam werden konnte',
  kind: 'Was ändert sich?',
  subprocessor: 'Unterauftragsverarbeiter',
  replaces: 'Ersetzt',
  reason: 'Warum',
  effectiveDate: 'Wirksam ab',
  urgentReason: 'Grund für eine kürzere Frist',
}

/** A change notice's field label in the admin's languages. */
export const changeFieldLabel = (field: ChangeField) => ({
  en: { ...systemChangeFields, ...announcedChangeFields }[field],
  de: changeFieldsDe[field],
})

export const isPublicChangeStatus = (status: string): status is PublicChangeStatus =>
  (publicChangeStatuses as readonly string[]).includes(status)

/** The saved versions a change notice names (`versionRefs`), in the admin's languages. */
export const versionRefLabels = {
  before: { en: 'Published version before', de: 'Bisher veröffentlichte Version' },
  after: { en: 'Version that takes effect', de: 'Version, die wirksam wird' },
  replaced: {
    en: 'Published version of the replaced subprocessor',
    de: 'Veröffentlichte Version des ersetzten Unterauftragsverarbeiters',
  },
} as const
