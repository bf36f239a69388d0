// The CSV export's words in a language: the header and the words of its cells (yes and no, option
// labels, the module of the clauses, what an empty value means). The texts themselves come
// translated from the API item; in the source language the words are those of
// src/schema/subprocessorValues.ts, unchanged.
import { DEFAULT_LOCALE, type Locale } from '@/i18n/locales'
import { emptyTextIn, fieldLabelIn, optionLabelIn } from '@/i18n/subprocessorWords'
import { subprocessorFields, type SubprocessorFieldDefinition } from '@/schema/subprocessor'
import {
  readableApiValue,
  valueInWords,
  type ContactPerson,
  type SpecialCategories,
} from '@/schema/subprocessorValues'
import { sccModuleOptions, type TransferMechanism } from '@/schema/transfers'

export const csvFields = subprocessorFields as readonly SubprocessorFieldDefinition[]

const CLOSING_COLUMNS: Record<Locale, readonly [string, string]> = {
  en: ['Last updated', 'Slug'],
  de: ['Zuletzt aktualisiert', 'Slug'],
}

/** The header row in `locale`: a field's CSV header in the source language, its label in others. */
export const csvHeaderIn = (locale: Locale): string[] => [
  ...csvFields.map((field) =>
    locale === DEFAULT_LOCALE ? (field.csvHeader ?? field.label) : fieldLabelIn(field, locale),
  ),
  ...(CLOSING_COLUMNS[locale] ?? CLOSING_COLUMNS[DEFAULT_LOCALE]),
]

/** "Modul 3 (Auftragsverarbeiter an Auftragsverarbeiter)", as transferMechanismText writes it. */
function transferIn({ label, sccModule, note }: TransferMechanism, locale: Locale): string {
  const parts = [label]
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

/** One cell: a field's value (as the API item holds it) in words in `locale`. */
export function csvCellIn(
  field: SubprocessorFieldDefinition,
  value: unknown,
  scopeName: (slug: string) => string,
  locale: Locale,
): string {
  if (locale === DEFAULT_LOCALE) {
    const readable = readableApiValue(field, value, scopeName)
    if (readable === null) return field.emptyText ?? ''
    return Array.isArray(readable) ? readable.join('; ') : valueInWords(readable)
  }
  const words = (() => {
    switch (field.type) {
      case 'select':
        return value ? optionLabelIn(field.name, field.options, String(value), locale) : null
      case 'yesNoList': {
        const { processed, which } = value as SpecialCategories
        if (processed === null) return null
        const answer = optionLabelIn(
          'specialCategories.processed',
          field.parts?.[0]?.options,
          processed ? 'yes' : 'no',
          locale,
        )
        return processed && which.length ? `${answer}: ${which.join(', ')}` : answer
      }
      case 'transfers': {
        const rows = (value as TransferMechanism[]).map((row) => transferIn(row, locale))
        return rows.length ? rows : null
      }
      default:
        return readableApiValue(field, value as ContactPerson, scopeName)
    }
  })()
  if (words === null) return emptyTextIn(field, locale) ?? ''
  return Array.isArray(words) ? words.join('; ') : words
}
