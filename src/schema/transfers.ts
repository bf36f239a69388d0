// How a subprocessor's transfers of personal data out of the European Economic Area are made
// lawful (GDPR Chapter V): the fixed vocabulary of `transferMechanisms`, the module of the EU
// Standard Contractual Clauses, and the older `transferSafeguards` codes that API v1 still serves.
import { labelOf } from '@/utilities/options'

export const transferMechanismOptions = [
  { value: 'adequacy', label: 'EU adequacy decision' },
  { value: 'eu-us-dpf', label: 'EU-US Data Privacy Framework' },
  { value: 'eu-sccs', label: 'EU Standard Contractual Clauses (2021)' },
  { value: 'uk-idta', label: 'UK International Data Transfer Agreement (IDTA)' },
  { value: 'uk-addendum', label: 'UK Addendum to the EU Standard Contractual Clauses' },
  { value: 'swiss-addendum', label: 'Swiss addendum to the EU Standard Contractual Clauses' },
  // Not in issue 13's list, which the vocabulary "covers": kept because entries made before it
  // may name it (the old `transferSafeguards` offered it), and it is a real basis for Swiss data.
  { value: 'swiss-us-dpf', label: 'Swiss-US Data Privacy Framework' },
  { value: 'bcrs', label: 'Binding Corporate Rules' },
  { value: 'not-applicable', label: 'Not applicable: data stays in the EEA' },
] as const

export type TransferMechanismCode = (typeof transferMechanismOptions)[number]['value']

/** The mechanism whose module must be named: the 2021 clauses come in four modules. */
export const SCC_MECHANISM = 'eu-sccs' satisfies TransferMechanismCode
export const NOT_APPLICABLE = 'not-applicable' satisfies TransferMechanismCode

/** The modules of the EU Standard Contractual Clauses (Commission Decision 2021/914). */
export const sccModuleOptions = [
  { value: '1', label: 'Module 1: controller to controller' },
  { value: '2', label: 'Module 2: controller to processor' },
  { value: '3', label: 'Module 3: processor to processor' },
  { value: '4', label: 'Module 4: processor to controller' },
] as const

export type SccModule = 1 | 2 | 3 | 4

/** One transfer mechanism, as the API serves it and every view reads it. */
export type TransferMechanism = {
  code: TransferMechanismCode
  label: string
  /** The module of the EU Standard Contractual Clauses; null for any other mechanism. */
  sccModule: SccModule | null
  note: string | null
}

const moduleNumber = (value: unknown): SccModule | null => {
  const number = Number(value)
  return number === 1 || number === 2 || number === 3 || number === 4 ? number : null
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null

/** A stored row's mechanism; null for a row without one, which is left out of every view. */
function mechanismOf(row: unknown): string | null {
  if (!row || typeof row !== 'object') return null
  const { mechanism } = row as Record<string, unknown>
  return typeof mechanism === 'string' && mechanism !== '' ? mechanism : null
}

/** The stored rows (`{ mechanism, sccModule, note }`) as mechanisms; empty rows left out. */
export function transferMechanismsOf(rows: unknown): TransferMechanism[] {
  if (!Array.isArray(rows)) return []
  return rows.flatMap((row) => {
    const mechanism = mechanismOf(row)
    if (mechanism === null) return []
    const { sccModule, note } = row as Record<string, unknown>
    return [
      {
        code: mechanism as TransferMechanismCode,
        label: labelOf(transferMechanismOptions, mechanism),
        sccModule: mechanism === SCC_MECHANISM ? moduleNumber(sccModule) : null,
        note: text(note),
      },
    ]
  })
}

/**
 * A path into the stored rows (`transferMechanisms.<row>.note`, as Payload and `untranslated` name
 * it) as a path into the served mechanisms (`transferMechanisms.<place>.note`, rows without a
 * mechanism being left out); null for a path into such a row. Other paths as they are.
 */
export function servedTransferPath(rows: unknown): (path: string) => string | null {
  const served = new Map<string, number>()
  if (Array.isArray(rows))
    rows.forEach((row, index) => {
      if (mechanismOf(row) !== null) served.set(String(index), served.size)
    })
  return (path) => {
    const [name, index, ...rest] = path.split('.')
    if (name !== 'transferMechanisms' || index === undefined) return path
    const at = served.get(index)
    return at === undefined ? null : [name, at, ...rest].join('.')
  }
}

/** One line: "EU Standard Contractual Clauses (2021) – Module 3 (processor to processor) – note". */
export function transferMechanismText({ label, sccModule, note }: TransferMechanism): string {
  const sccModuleOption = sccModuleOptions.find((option) => option.value === String(sccModule))
  const parts = [label]
  if (sccModuleOption) {
    const [number, roles] = sccModuleOption.label.split(': ')
    parts.push(`${number} (${roles})`)
  }
  if (note) parts.push(note)
  return parts.join(' – ')
}

// API v1 before issue 13: `transferSafeguards`, a list of codes. Still served, derived from the
// mechanisms, so clients written against it keep working (docs/api.md, "Changes to the API").

export const transferSafeguardOptions = [
  { value: 'eu-sccs', label: 'EU Standard Contractual Clauses (SCCs)' },
  { value: 'eu-us-dpf', label: 'EU-US Data Privacy Framework' },
  { value: 'uk-idta', label: 'UK International Data Transfer Addendum' },
  { value: 'swiss-us-dpf', label: 'Swiss-US Data Privacy Framework' },
  { value: 'adequacy', label: 'Adequacy decision' },
  { value: 'bcrs', label: 'Binding Corporate Rules' },
  { value: 'not-applicable', label: 'Not applicable: data stays in the EEA' },
] as const

export type TransferSafeguardCode = (typeof transferSafeguardOptions)[number]['value']

/**
 * The old code of each mechanism. The old "UK International Data Transfer Addendum" stood for
 * both UK instruments; the Swiss addendum had no code, so it has none here.
 */
const safeguardOfMechanism: Record<TransferMechanismCode, TransferSafeguardCode | null> = {
  adequacy: 'adequacy',
  'eu-us-dpf': 'eu-us-dpf',
  'eu-sccs': 'eu-sccs',
  'uk-idta': 'uk-idta',
  'uk-addendum': 'uk-idta',
  'swiss-addendum': null,
  'swiss-us-dpf': 'swiss-us-dpf',
  bcrs: 'bcrs',
  'not-applicable': 'not-applicable',
}

/** The deprecated `transferSafeguards` of API v1, derived from the mechanisms. */
export function transferSafeguardsOf(
  mechanisms: TransferMechanism[],
): Array<{ code: TransferSafeguardCode; label: string }> {
  const codes = [
    ...new Set(
      mechanisms.flatMap(({ code }) => {
        const safeguard = safeguardOfMechanism[code]
        return safeguard ? [safeguard] : []
      }),
    ),
  ]
  return codes.map((code) => ({
    code,
    label: labelOf(transferSafeguardOptions, code),
  }))
}

/**
 * The rows an old `transferSafeguards` list stands for: every old code is also a mechanism code,
 * with the same meaning (since 27 December 2022 the only EU clauses in force are those of 2021).
 * The module was never recorded, so it stays empty.
 */
export const mechanismRowsOfSafeguards = (codes: unknown): Array<{ mechanism: string }> =>
  Array.isArray(codes)
    ? codes
        .filter((code): code is string => typeof code === 'string' && code !== '')
        .map((mechanism) => ({ mechanism }))
    : []
