// The portal's own words (headings, navigation, buttons) in each language beside the source.
// Content comes from the CMS in its language; these are the frame around it. A word missing in a
// language reads as the English.
import { DEFAULT_LOCALE, type Locale } from './locales'

const en = {
  skipToContent: 'Skip to content',
  mainNavigation: 'Main',
  languages: 'Language',
  overview: 'Overview',
  security: 'Security',
  compliance: 'Compliance',
  documents: 'Documents',
  subprocessors: 'Subprocessors',
  changes: 'Changes',
  footerQuestions: 'Questions about subprocessors or data handling?',
  footerApi: 'API for developers',
  footerSecurityPolicy: 'Security policy and how to report a vulnerability',
  inEnglish: 'in English',
  untranslatedNote: 'Not yet translated: shown in English.',
}

export type PortalWords = typeof en

const de: Partial<PortalWords> = {
  skipToContent: 'Zum Inhalt springen',
  mainNavigation: 'Hauptnavigation',
  languages: 'Sprache',
  overview: 'Übersicht',
  security: 'Sicherheit',
  compliance: 'Compliance',
  documents: 'Dokumente',
  subprocessors: 'Unterauftragsverarbeiter',
  changes: 'Änderungen',
  footerQuestions: 'Fragen zu Unterauftragsverarbeitern oder zum Umgang mit Daten?',
  footerApi: 'API für Entwickler',
  footerSecurityPolicy: 'Sicherheitsrichtlinie und Meldung von Schwachstellen',
  inEnglish: 'auf Englisch',
  untranslatedNote: 'Noch nicht übersetzt: auf Englisch angezeigt.',
}

const WORDS: Partial<Record<Locale, Partial<PortalWords>>> = { de }

/** The portal's words in `locale`. */
export const portalWords = (locale: Locale): PortalWords =>
  locale === DEFAULT_LOCALE ? en : { ...en, ...WORDS[locale] }
