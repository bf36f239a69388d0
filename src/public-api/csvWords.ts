// The CSV export's words in a language: the header and its cells, each value in words as
// src/i18n/subprocessorValuesIn.ts writes it for the annex and the pages too (yes and no, option
// labels, the module of the clauses, what an empty value means). The texts themselves come
// translated from the API item; in the source language the words are those of
// src/schema/subprocessorValues.ts, unchanged.
import { DEFAULT_LOCALE, type Locale } from '@/i18n/locales'
import { emptyTextIn, fieldLabelIn } from '@/i18n/subprocessorWords'
import { readableApiValueIn } from '@/i18n/subprocessorValuesIn'
import { subprocessorFields, type SubprocessorFieldDefinition } from '@/schema/subprocessor'

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

/** One cell: a field's value (as the API item holds it) in words in `locale`, lists joined. */
export function csvCellIn(
  field: SubprocessorFieldDefinition,
  value: unknown,
  scopeName: (slug: string) => string,
  locale: Locale,
): string {
  const words = readableApiValueIn(field, value, scopeName, locale)
  if (words === null) return emptyTextIn(field, locale) ?? ''
  return Array.isArray(words) ? words.join('; ') : words
}
