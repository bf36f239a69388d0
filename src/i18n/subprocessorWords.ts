// The subprocessor's field labels and option words in each language beside the source (whose
// words are in src/schema/subprocessor.ts and src/schema/transfers.ts, with the definitions).
// Used wherever visitors read them: the pages, the CSV and annex, notices; and, with the help
// texts and the form's sections, in the admin. A word missing here reads as the English one.
import {
  formSections,
  materialFieldWords,
  partOf,
  subprocessorFields,
  type SubprocessorFieldDefinition,
  type SubprocessorFieldName,
} from '@/schema/subprocessor'
import { labelIn, labelOf, type Option } from '@/utilities/options'
import { DEFAULT_LOCALE, type Locale } from './locales'

type FieldWords = {
  label: string
  pageLabel?: string | readonly [string, string]
  phrase?: string
  /** What an empty value means, where it means something (the field's `emptyText`). */
  emptyText?: string
  /** The help under the field in the admin form. */
  help: string
}

type Words = {
  fields: Partial<Record<SubprocessorFieldName, FieldWords>>
  /** The parts of structured fields in the admin form, by `field.part`. */
  parts: Record<string, { label: string; help: string }>
  /** The admin form's collapsible sections. */
  sections: Record<keyof typeof formSections, string>
  /** Joins the last item of a list: "a, b or c". */
  or: string
  /** Option words by field (or `field.part`) and stored code. */
  options: Record<string, Record<string, string>>
}

const de: Words = {
  fields: {
    name: {
      label: 'Name',
      help: 'Der Name, unter dem Kunden den Anbieter kennen, zum Beispiel „Amazon Web Services (AWS)“.',
    },
    legalEntity: {
      label: 'Juristische Person',
      phrase: 'die juristische Person',
      help: 'Das Unternehmen, das den Vertrag unterzeichnet, wenn es anders heißt, zum Beispiel „Divisible Inc.“ für Dots.',
    },
    category: {
      label: 'Kategorie',
      help: 'Die Gruppe, unter der dieser Unterauftragsverarbeiter aufgeführt wird.',
    },
    purpose: {
      label: 'Zweck',
      phrase: 'den Zweck',
      help: 'Was dieser Anbieter für uns tut, in einem Satz.',
    },
    dataProcessed: {
      label: 'Verarbeitete Daten',
      phrase: 'die verarbeiteten Daten',
      help: 'Jede Art von Daten, die der Anbieter verarbeitet, einzeln (eingeben und Enter drücken), zum Beispiel „Rechnungsdaten“.',
    },
    locations: {
      label: 'Standorte',
      pageLabel: ['Standort', 'Standorte'],
      phrase: 'die Standorte',
      help: 'Wo die Daten verarbeitet werden. Fügen Sie je Ort einen Eintrag hinzu und nennen Sie das Land auf Englisch, zum Beispiel „United States (primary), global infrastructure“ oder „Germany (Frankfurt)“. Ein Ort außerhalb des Europäischen Wirtschaftsraums braucht unten einen Übermittlungsmechanismus.',
    },
    nature: {
      label: 'Art der Verarbeitung',
      help: 'Optional. Was der Anbieter mit den Daten tut, in einer Zeile, zum Beispiel „Speicherung und Hosting“ oder „Versand von SMS“.',
    },
    dataSubjects: {
      label: 'Betroffene Personen',
      phrase: 'die betroffenen Personen',
      help: 'Optional. Die Personengruppen, deren personenbezogene Daten der Anbieter verarbeitet, einzeln (eingeben und Enter drücken), zum Beispiel „Endnutzer unserer Kunden“ oder „Unsere Beschäftigten“.',
    },
    specialCategories: {
      label: 'Besondere Kategorien personenbezogener Daten',
      phrase: 'die besonderen Kategorien personenbezogener Daten',
      help: 'Optional. Verarbeitet der Anbieter besondere Kategorien personenbezogener Daten (Art. 9 DSGVO): Gesundheitsdaten, genetische oder biometrische Daten, rassische oder ethnische Herkunft, politische Meinungen, religiöse oder weltanschauliche Überzeugungen, Gewerkschaftszugehörigkeit, Sexualleben oder sexuelle Orientierung?',
    },
    retention: {
      label: 'Aufbewahrung',
      help: 'Optional. Wie lange der Anbieter die Daten aufbewahrt oder wie das festgelegt wird, zum Beispiel „Für die Vertragslaufzeit, danach Löschung innerhalb von 30 Tagen“.',
    },
    transferMechanisms: {
      label: 'Übermittlungsmechanismen',
      pageLabel: 'Garantien für Übermittlungen aus dem EWR',
      phrase: 'die Übermittlungsmechanismen',
      help: 'Nötig, wenn ein Standort außerhalb des Europäischen Wirtschaftsraums (EWR) liegt: eine Zeile je Rechtsgrundlage, zum Beispiel die EU-Standardvertragsklauseln (2021) mit ihrem Modul. Bleiben die Daten im EWR, wählen Sie „Nicht anwendbar“. Einträge, die vor dieser Regel gespeichert wurden, bleiben unverändert, bis sich ihre Standorte oder Mechanismen ändern.',
    },
    scopes: {
      label: 'Gilt für',
      phrase: 'die Kunden, für die er gilt',
      emptyText: 'Alle Kunden',
      help: 'Leer lassen, wenn der Anbieter für alle Kunden eingesetzt wird. Sonst wählen Sie die Produkte, Regionen oder optionalen Funktionen, für die er eingesetzt wird: Kunden, die keine davon nutzen, sind nicht betroffen. Geltungsbereiche legen Sie unter Trust Center → Geltungsbereiche an.',
    },
    relationship: {
      label: 'Beziehung',
      help: 'Optional. Gehört der Anbieter zu unserer eigenen Unternehmensgruppe (verbundenes Unternehmen) oder ist er ein anderes Unternehmen (Dritter)?',
    },
    address: {
      label: 'Eingetragene Anschrift',
      help: 'Optional. Die eingetragene Geschäftsanschrift des Anbieters, wie im Vertrag.',
    },
    contact: {
      label: 'Kontaktperson',
      pageLabel: 'Kontakt',
      help: 'Optional. Die Ansprechperson des Anbieters für Datenschutzfragen, oft die oder der Datenschutzbeauftragte.',
    },
    securityUrl: {
      label: 'Sicherheitsinformationen',
      help: 'Link zur Sicherheits- oder Compliance-Seite des Anbieters.',
    },
    websiteUrl: { label: 'Website', help: 'Die Website des Anbieters.' },
    onwardSubprocessorsUrl: {
      label: 'Eigene Unterauftragsverarbeiter',
      help: 'Optional. Link zur eigenen Liste der Unterauftragsverarbeiter des Anbieters, falls er eine veröffentlicht.',
    },
    notes: {
      label: 'Hinweise',
      help: 'Optional. Alles Weitere, was Besucher über diesen Anbieter wissen sollten.',
    },
  },
  parts: {
    'specialCategories.processed': {
      label: 'Besondere Kategorien verarbeitet?',
      help: 'Leer lassen, wenn Sie es noch nicht wissen.',
    },
    'specialCategories.which': {
      label: 'Welche besonderen Kategorien',
      help: 'Nur bei Ja: jede einzeln (eingeben und Enter drücken), zum Beispiel „Gesundheitsdaten“.',
    },
    'transferMechanisms.mechanism': {
      label: 'Mechanismus',
      help: 'Die Rechtsgrundlage der Übermittlung.',
    },
    'transferMechanisms.sccModule': {
      label: 'Modul',
      help: 'Welches Modul der Standardvertragsklauseln gilt: meist Modul 3, da der Anbieter die Daten unserer Kunden in unserem Auftrag verarbeitet. Die Übersicht nennt Klauseln ohne Modul.',
    },
    'transferMechanisms.note': {
      label: 'Hinweis',
      help: 'Optional, zum Beispiel „Unterzeichnet mit dem AVV vom 1. März 2024“ oder das Land des Angemessenheitsbeschlusses.',
    },
    'contact.name': { label: 'Name', help: 'Zum Beispiel „Erika Mustermann“.' },
    'contact.role': { label: 'Funktion', help: 'Zum Beispiel „Datenschutzbeauftragte“.' },
    'contact.email': { label: 'E-Mail', help: 'Zum Beispiel „privacy@vendor.example“.' },
  },
  sections: {
    processing: 'Was verarbeitet wird, und wie',
    transfers: 'Übermittlungen aus dem EWR',
    scopes: 'Für welche Kunden er gilt',
    company: 'Unternehmen und Kontakt',
  },
  or: 'oder',
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
 * A stored option code in words in `locale` (`key`: the field's name, or `field.part`): the words
 * here, else those an option carries beside its English (`{ value, label, de }`, shared with the
 * admin), else the source words.
 */
export function optionLabelIn(
  key: string,
  options: readonly Option[] | undefined,
  code: string,
  locale: Locale,
): string {
  if (locale === DEFAULT_LOCALE) return labelOf(options, code)
  return WORDS[locale]?.options[key]?.[code] ?? labelIn(options, code, locale)
}

/** The field's help in the admin form, in `locale`. */
export const helpIn = (field: SubprocessorFieldDefinition, locale: Locale): string =>
  wordsFor(field, locale)?.help ?? field.help

/** A part of a structured field (`contact`'s `name`…) in the admin form, in `locale`. */
export function partWordsIn(
  field: SubprocessorFieldDefinition,
  part: string,
  locale: Locale,
): { label: string; help: string } {
  const own = locale === DEFAULT_LOCALE ? undefined : WORDS[locale]?.parts[`${field.name}.${part}`]
  return own ?? partOf(field, part)
}

/** A collapsible section of the admin form, in `locale`. */
export const sectionIn = (section: keyof typeof formSections, locale: Locale): string =>
  (locale === DEFAULT_LOCALE ? undefined : WORDS[locale]?.sections[section]) ??
  formSections[section]

/** The material fields in words in `locale`: "the legal entity, the purpose, … or …". */
export function materialFieldWordsIn(locale: Locale): string {
  const words = locale === DEFAULT_LOCALE ? undefined : WORDS[locale]
  if (!words) return materialFieldWords
  const phrases = (subprocessorFields as readonly SubprocessorFieldDefinition[])
    .filter((field) => field.material)
    .map((field) => phraseIn(field, locale))
  return `${phrases.slice(0, -1).join(', ')} ${words.or} ${phrases.at(-1)}`
}
