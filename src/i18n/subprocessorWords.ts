// The subprocessor's field labels and option words in each language beside the source (whose
// words are in src/schema/subprocessor.ts and src/schema/transfers.ts, with the definitions).
// Used wherever visitors read them: the pages, the CSV and annex, notices. A word missing here
// reads as the English one.
import type { SubprocessorFieldDefinition, SubprocessorFieldName } from '@/schema/subprocessor'
import { labelOf, type Option } from '@/utilities/options'
import { DEFAULT_LOCALE, type Locale } from './locales'

type FieldWords = {
  label: string
  pageLabel?: string | readonly [string, string]
  phrase?: string
  /** What an empty value means, where it means something (the field's `emptyText`). */
  emptyText?: string
}

type Words = {
  fields: Partial<Record<SubprocessorFieldName, FieldWords>>
  /** Option words by field (or `field.part`; `scopes.kind`: what a scope is) and stored code. */
  options: Record<string, Record<string, string>>
}

const de: Words = {
  fields: {
    name: { label: 'Name' },
    legalEntity: { label: 'Juristische Person', phrase: 'die juristische Person' },
    category: { label: 'Kategorie' },
    purpose: { label: 'Zweck', phrase: 'den Zweck' },
    dataProcessed: { label: 'Verarbeitete Daten', phrase: 'die verarbeiteten Daten' },
    locations: {
      label: 'Standorte',
      pageLabel: ['Standort', 'Standorte'],
      phrase: 'die Standorte',
    },
    nature: { label: 'Art der Verarbeitung' },
    dataSubjects: { label: 'Betroffene Personen', phrase: 'die betroffenen Personen' },
    specialCategories: {
      label: 'Besondere Kategorien personenbezogener Daten',
      phrase: 'die besonderen Kategorien personenbezogener Daten',
    },
    retention: { label: 'Aufbewahrung' },
    transferMechanisms: {
      label: 'Übermittlungsmechanismen',
      pageLabel: 'Garantien für Übermittlungen aus dem EWR',
      phrase: 'die Übermittlungsmechanismen',
    },
    scopes: {
      label: 'Gilt für',
      phrase: 'die Kunden, für die er gilt',
      emptyText: 'Alle Kunden',
    },
    relationship: { label: 'Beziehung' },
    address: { label: 'Eingetragene Anschrift' },
    contact: { label: 'Kontaktperson', pageLabel: 'Kontakt' },
    securityUrl: { label: 'Sicherheitsinformationen' },
    websiteUrl: { label: 'Website' },
    onwardSubprocessorsUrl: { label: 'Eigene Unterauftragsverarbeiter' },
    notes: { label: 'Hinweise' },
  },
  options: {
    relationship: {
      affiliate: 'Verbundenes Unternehmen (Teil unserer Unternehmensgruppe)',
      'third-party': 'Dritter',
    },
    'specialCategories.processed': { yes: 'Ja', no: 'Nein' },
    'transferMechanisms.mechanism': {
      adequacy: 'Angemessenheitsbeschluss der EU',
      'eu-us-dpf': 'EU-US Data Privacy Framework',
      'eu-sccs': 'EU-Standardvertragsklauseln (2021)',
      'uk-idta': 'UK International Data Transfer Agreement (IDTA)',
      'uk-addendum': 'UK Addendum zu den EU-Standardvertragsklauseln',
      'swiss-addendum': 'Schweizer Nachtrag zu den EU-Standardvertragsklauseln',
      'swiss-us-dpf': 'Swiss-US Data Privacy Framework',
      bcrs: 'Verbindliche interne Datenschutzvorschriften (BCR)',
      'not-applicable': 'Nicht anwendbar: Die Daten bleiben im EWR',
    },
    'scopes.kind': { product: 'Produkt', region: 'Region', feature: 'Optionale Funktion' },
    'transferMechanisms.sccModule': {
      '1': 'Modul 1: Verantwortlicher an Verantwortlichen',
      '2': 'Modul 2: Verantwortlicher an Auftragsverarbeiter',
      '3': 'Modul 3: Auftragsverarbeiter an Auftragsverarbeiter',
      '4': 'Modul 4: Auftragsverarbeiter an Verantwortlichen',
    },
  },
}

const WORDS: Partial<Record<Locale, Words>> = { de }

const wordsFor = (field: SubprocessorFieldDefinition, locale: Locale) =>
  locale === DEFAULT_LOCALE ? undefined : WORDS[locale]?.fields[field.name as SubprocessorFieldName]

/** The field's label for visitors, in `locale`. */
export const fieldLabelIn = (field: SubprocessorFieldDefinition, locale: Locale): string =>
  wordsFor(field, locale)?.label ?? field.label

/** The field's term on the pages in `locale`, for a value with `count` items. */
export function pageLabelIn(field: SubprocessorFieldDefinition, locale: Locale, count = 1): string {
  const words = wordsFor(field, locale)
  const pageLabel = words ? (words.pageLabel ?? words.label) : (field.pageLabel ?? field.label)
  return typeof pageLabel === 'string' ? pageLabel : pageLabel[count === 1 ? 0 : 1]
}

/** The field inside a sentence, in `locale`. */
export const phraseIn = (field: SubprocessorFieldDefinition, locale: Locale): string =>
  wordsFor(field, locale)?.phrase ?? field.phrase ?? fieldLabelIn(field, locale).toLowerCase()

/** An empty value of the field in words in `locale`, where empty means something. */
export const emptyTextIn = (
  field: SubprocessorFieldDefinition,
  locale: Locale,
): string | undefined =>
  field.emptyText === undefined
    ? undefined
    : (wordsFor(field, locale)?.emptyText ?? field.emptyText)

/**
 * A stored option code in words in `locale` (`key`: the field's name, or `field.part`), from
 * `options` (the source words) when `locale` has none.
 */
export function optionLabelIn(
  key: string,
  options: readonly Option[] | undefined,
  code: string,
  locale: Locale,
): string {
  const own = locale === DEFAULT_LOCALE ? undefined : WORDS[locale]?.options[key]?.[code]
  return own ?? labelOf(options, code)
}
