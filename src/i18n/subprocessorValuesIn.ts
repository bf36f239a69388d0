// A subprocessor's values in words in a language, for visitors: the option words (relationship,
// yes and no, transfer mechanisms and the module of the clauses) of ./subprocessorWords.ts around
// the texts as read in that language. One place for the CSV (src/public-api/csvWords.ts), the DPA
// annex and the pages. Display only: what notices compare and record (`snapshotOf`,
// src/changes/fields.ts) stays in the source language, and in the source language these words are
// exactly those of src/schema/subprocessorValues.ts.
import { snapshotOf, type Snapshot } from '@/changes/fields'
import {
  subprocessorFields,
  type SubprocessorFieldDefinition,
  type SubprocessorFieldName,
} from '@/schema/subprocessor'
import {
  readableApiValue,
  specialCategoriesOf,
  withCurrentShape,
  type ContactPerson,
  type Lookups,
  type ReadableValue,
  type SpecialCategories,
} from '@/schema/subprocessorValues'
import {
  sccModuleOptions,
  servedTransferPath,
  transferMechanismOptions,
  transferMechanismsOf,
  transferMechanismText,
  type TransferMechanism,
} from '@/schema/transfers'
import { DEFAULT_LOCALE, type Locale } from './locales'
import { isUntranslated, type Untranslated } from './resolve'
import { optionLabelIn } from './subprocessorWords'

/** "EU-Standardvertragsklauseln (2021) – Modul 3 (Auftragsverarbeiter an Auftragsverarbeiter) – …" */
export function transferMechanismTextIn(mechanism: TransferMechanism, locale: Locale): string {
  if (locale === DEFAULT_LOCALE) return transferMechanismText(mechanism)
  const { code, sccModule, note } = mechanism
  const parts = [
    optionLabelIn('transferMechanisms.mechanism', transferMechanismOptions, code, locale),
  ]
  if (sccModule !== null) {
    const words = optionLabelIn(
      'transferMechanisms.sccModule',
      sccModuleOptions,
      String(sccModule),
      locale,
    )
    const [number, roles] = words.split(': ')
    parts.push(roles ? `${number} (${roles})` : number)
  }
  if (note) parts.push(note)
  return parts.join(' – ')
}

/**
 * A value as the API serves it (src/public-api/serialize.ts), in words in `locale`: what the CSV,
 * the annex and (from a document, `shownValuesIn`) the pages show.
 */
export function readableApiValueIn(
  field: SubprocessorFieldDefinition,
  value: unknown,
  scopeName: (slug: string) => string,
  locale: Locale,
): ReadableValue {
  if (locale === DEFAULT_LOCALE) return readableApiValue(field, value, scopeName)
  switch (field.type) {
    case 'select':
      return value ? optionLabelIn(field.name, field.options, String(value), locale) : null
    case 'yesNoList': {
      const { processed, which } = value as SpecialCategories
      if (processed === null) return null
      const answer = optionLabelIn(
        `${field.name}.processed`,
        field.parts?.[0]?.options,
        processed ? 'yes' : 'no',
        locale,
      )
      return processed && which.length ? `${answer}: ${which.join(', ')}` : answer
    }
    case 'transfers': {
      const rows = (value as TransferMechanism[]).map((row) => transferMechanismTextIn(row, locale))
      return rows.length ? rows : null
    }
    default:
      return readableApiValue(field, value as ContactPerson, scopeName)
  }
}

/**
 * For each item of a value in words, the end of its text still in the source language for want
 * of a translation (a transfer mechanism's note, which special categories), or null; `untranslated`
 * names paths as the API does. Undefined for a field with no such parts: it is translated, or
 * not, as a whole.
 */
export function sourceEndsOf(
  field: SubprocessorFieldDefinition,
  value: unknown,
  untranslated: Untranslated | undefined,
): Array<string | null> | undefined {
  switch (field.type) {
    case 'transfers':
      return (value as TransferMechanism[]).map(({ note }, index) =>
        note && isUntranslated(untranslated, `${field.name}.${index}.note`) ? note : null,
      )
    case 'yesNoList': {
      const { processed, which } = value as SpecialCategories
      return [
        processed && which.length && isUntranslated(untranslated, `${field.name}.which`)
          ? which.join(', ')
          : null,
      ]
    }
    default:
      return undefined
  }
}

/** Per field, per item: the end of the item still in the source language (`sourceEndsOf`). */
export type SourceEnds = Partial<Record<SubprocessorFieldName, Array<string | null>>>

/** What the pages show of a subprocessor: its values in words, and what of them is in English. */
export type ShownValues = { values: Snapshot; sourceEnds: SourceEnds }

// The fields whose words are not the document's own texts: option words around them.
const withOptionWords = (subprocessorFields as readonly SubprocessorFieldDefinition[]).filter(
  (field) => field.type === 'select' || field.type === 'yesNoList' || field.type === 'transfers',
)

/** A stored value of those fields as the API serves it (without the API's relabelling). */
function servedValueOf(field: SubprocessorFieldDefinition, stored: unknown): unknown {
  if (field.type === 'yesNoList') return specialCategoriesOf(stored)
  if (field.type === 'transfers') return transferMechanismsOf(stored)
  return typeof stored === 'string' && stored !== '' ? stored : null
}

/**
 * A subprocessor document (read in `locale`, with its `untranslated` paths) as the pages show it:
 * `snapshotOf` the document, with the option words in `locale`, and for each item the end still
 * in English. In the source language, `snapshotOf` itself.
 */
export function shownValuesIn(
  document: object & { untranslated?: Untranslated },
  locale: Locale,
  lookups: Lookups = {},
): ShownValues {
  const values = snapshotOf(document, lookups) ?? {}
  if (locale === DEFAULT_LOCALE) return { values, sourceEnds: {} }
  const doc = withCurrentShape(document) as Record<string, unknown>
  // Payload names a mechanism's note by its stored row; the API by its place among the served rows
  const rename = servedTransferPath((document as Record<string, unknown>).transferMechanisms)
  const untranslated = document.untranslated
    ?.map(rename)
    .filter((path): path is string => path !== null)
  const sourceEnds: SourceEnds = {}
  for (const field of withOptionWords) {
    const name = field.name as SubprocessorFieldName
    const value = servedValueOf(field, doc[name])
    values[name] = readableApiValueIn(field, value, (slug) => slug, locale)
    const ends = sourceEndsOf(field, value, untranslated)
    if (ends) sourceEnds[name] = ends
  }
  return { values, sourceEnds }
}
