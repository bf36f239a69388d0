// The document library's vocabulary: kinds and access levels, shared by the admin, the portal
// and the public API.
import type { TranslatedOption } from '@/utilities/options'

export const DOCUMENT_KINDS = [
  { value: 'audit-report', label: 'Audit report', de: 'Prüfbericht' },
  { value: 'certificate', label: 'Certificate', de: 'Zertifikat' },
  {
    value: 'penetration-test',
    label: 'Penetration test summary',
    de: 'Zusammenfassung eines Penetrationstests',
  },
  { value: 'policy', label: 'Policy', de: 'Richtlinie' },
  { value: 'questionnaire', label: 'Security questionnaire', de: 'Sicherheitsfragebogen' },
  { value: 'legal', label: 'Legal', de: 'Rechtliches' },
  { value: 'other', label: 'Other', de: 'Sonstiges' },
] as const satisfies readonly TranslatedOption[]
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]['value']

export const ACCESS_LEVELS = [
  {
    value: 'public',
    label: 'Public: anyone can download it',
    de: 'Öffentlich: Jede Person kann es herunterladen',
  },
  {
    value: 'nda',
    label: 'NDA: released once the visitor accepts the NDA',
    de: 'NDA: freigegeben, sobald die anfragende Person die NDA akzeptiert',
  },
  {
    value: 'approval',
    label: 'Approval: the visitor accepts the NDA, then a member of staff approves',
    de: 'Freigabe: Die anfragende Person akzeptiert die NDA, danach gibt jemand aus dem Team frei',
  },
] as const satisfies readonly TranslatedOption[]
export type AccessLevel = (typeof ACCESS_LEVELS)[number]['value']

/** The short words the portal and the API use for each level. */
export const ACCESS_LEVEL_NAMES: Record<AccessLevel, string> = {
  public: 'Public',
  nda: 'Requires NDA',
  approval: 'Requires NDA and approval',
}

export const isGated = (level: AccessLevel) => level !== 'public'
