// The document library's vocabulary: kinds and access levels, shared by the admin, the portal
// and the public API.
import { labelOf } from '@/utilities/options'

export const DOCUMENT_KINDS = [
  { value: 'audit-report', label: 'Audit report' },
  { value: 'certificate', label: 'Certificate' },
  { value: 'penetration-test', label: 'Penetration test summary' },
  { value: 'policy', label: 'Policy' },
  { value: 'questionnaire', label: 'Security questionnaire' },
  { value: 'legal', label: 'Legal' },
  { value: 'other', label: 'Other' },
] as const
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]['value']

export const ACCESS_LEVELS = [
  { value: 'public', label: 'Public: anyone can download it' },
  { value: 'nda', label: 'NDA: released once the visitor accepts the NDA' },
  {
    value: 'approval',
    label: 'Approval: the visitor accepts the NDA, then a member of staff approves',
  },
] as const
export type AccessLevel = (typeof ACCESS_LEVELS)[number]['value']

/** The short words the portal and the API use for each level. */
export const ACCESS_LEVEL_NAMES: Record<AccessLevel, string> = {
  public: 'Public',
  nda: 'Requires NDA',
  approval: 'Requires NDA and approval',
}

export const documentKindLabel = (kind: string) => labelOf(DOCUMENT_KINDS, kind)

export const isGated = (level: AccessLevel) => level !== 'public'
