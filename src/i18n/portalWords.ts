// The portal's own words (headings, navigation, buttons) in each language beside the source.
// Content comes from the CMS in its language; these are the frame around it. A word missing in a
// language reads as the English.
import { DEFAULT_LOCALE, type Locale } from './locales'
import { requestLocale } from './request'

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
  lastUpdated: 'Last updated',
  getNotified: 'Get notified',
  securityOverview: 'Security overview',
  questionsAndAnswers: 'Questions and answers',
  // the list
  filterLabel: 'Filter subprocessors',
  search: 'Search',
  searchHint: 'Name, legal entity, purpose or data processed',
  category: 'Category',
  allCategories: 'All categories',
  location: 'Location',
  locationHint: 'Part of a place, for example a country',
  asOfLabel: 'List as it stood on',
  asOfHint: 'A past day, as YYYY-MM-DD. Leave empty for the current list.',
  applyFilters: 'Apply filters',
  clearFilters: 'Clear filters',
  viewsLabel: 'How to show the list',
  byCategory: 'By category',
  asTable: 'As a table',
  listCount: (subprocessors: number, categories: number) =>
    `${subprocessors} ${subprocessors === 1 ? 'subprocessor' : 'subprocessors'} in ${categories} ${categories === 1 ? 'category' : 'categories'}.`,
  showingOf: (shown: number, total: number) => `Showing ${shown} of ${total} subprocessors.`,
  noneListedYet: 'No subprocessors are listed yet.',
  noMatches: 'No matches',
  // upcoming changes
  upcomingChanges: 'Upcoming changes',
  noUpcoming: 'No changes are announced. The list below is up to date.',
  takesEffectOn: 'Takes effect on',
  notYetInList: 'Until then it is not part of the list below.',
  everyChange: 'Every change so far',
  emailEachChange: 'Get an email about each change',
  // subscribing
  emailAddress: 'Email address',
  subscribeHint:
    'We email you a link to confirm. After that, one email per change; each has an unsubscribe link.',
  leaveEmpty: 'Leave this empty',
  subscribe: 'Subscribe',
  compliancePage: {
    lead: 'The certifications, attestations and frameworks we hold or work towards, with their status and period of validity.',
    reportsIn: 'Reports and certificates are in the',
    library: 'document library',
    nothing: 'Certifications and attestations',
  },
  securityPage: {
    title: 'Security overview',
    lead: 'How we protect your data, topic by topic, in plain words.',
    moreIn: 'More in the',
    qa: 'questions and answers',
    topicsLabel: 'Topics on this page',
    nothing: 'Security topics',
  },
  notFound: {
    title: 'Page not found',
    text: 'This page does not exist, or it is no longer published.',
    home: 'Go to the home page',
    see: 'See the',
  },
  nothingPublished: 'Nothing is published here yet',
  willAppear: 'will appear on this page once they are published. Meanwhile,',
  theOverview: 'the overview',
  showsEverything: 'shows everything this trust center offers.',
  home: {
    inThisTrustCenter: 'In this trust center',
    and: 'and',
    more: (n: number) => `${n} more`,
    howWeProtect: 'How we protect your data:',
    questionsAnswered: (n: number) => `${n} ${n === 1 ? 'question' : 'questions'} answered`,
    forReviewers: 'for security reviewers.',
    workingTowards: 'Certifications and frameworks we work towards.',
    achieved: (n: number, inProgress: number) =>
      `${n} ${n === 1 ? 'certification' : 'certifications'} achieved${inProgress ? `, ${inProgress} in progress` : ''}.`,
    documents: (n: number, open: number) =>
      `${n} ${n === 1 ? 'document' : 'documents'} for your security review${open === n ? ', all public.' : open > 0 ? `: ${open} public, the others on request under NDA.` : ', on request under NDA.'}`,
    subprocessors: (n: number) =>
      `${n} ${n === 1 ? 'subprocessor' : 'subprocessors'}: who they are, what they process and where.`,
    changesTitle: 'Subprocessor changes',
    latest: 'Latest:',
    announced: 'announced',
    upcoming: (n: number) => ` (${n} ${n === 1 ? 'change' : 'changes'} upcoming)`,
    everyChange: 'Every change we announce to the list, before it takes effect.',
    emailEach: 'Get an email about each one',
    contact: 'Contact',
    contactText: 'Questions about security, subprocessors or how your data is handled? Write to',
  },
  // documents, the FAQ, access, the security policy (their words go below this line)

  // changes, subscribing, objecting, policies (their words go below this line)

  // annex, table, developers, page titles (their words go below this line)
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
  lastUpdated: 'Zuletzt aktualisiert',
  getNotified: 'Benachrichtigungen',
  securityOverview: 'Sicherheitsüberblick',
  questionsAndAnswers: 'Fragen und Antworten',
  filterLabel: 'Unterauftragsverarbeiter filtern',
  search: 'Suche',
  searchHint: 'Name, juristische Person, Zweck oder verarbeitete Daten',
  category: 'Kategorie',
  allCategories: 'Alle Kategorien',
  location: 'Standort',
  locationHint: 'Teil eines Ortsnamens, zum Beispiel ein Land',
  asOfLabel: 'Liste mit Stand vom',
  asOfHint: 'Ein vergangener Tag im Format JJJJ-MM-TT. Leer lassen für die aktuelle Liste.',
  applyFilters: 'Filter anwenden',
  clearFilters: 'Filter zurücksetzen',
  viewsLabel: 'Darstellung der Liste',
  byCategory: 'Nach Kategorie',
  asTable: 'Als Tabelle',
  listCount: (subprocessors: number, categories: number) =>
    `${subprocessors} Unterauftragsverarbeiter in ${categories} ${categories === 1 ? 'Kategorie' : 'Kategorien'}.`,
  showingOf: (shown: number, total: number) =>
    `${shown} von ${total} Unterauftragsverarbeitern angezeigt.`,
  noneListedYet: 'Noch sind keine Unterauftragsverarbeiter aufgeführt.',
  noMatches: 'Keine Treffer',
  upcomingChanges: 'Angekündigte Änderungen',
  noUpcoming: 'Es sind keine Änderungen angekündigt. Die folgende Liste ist aktuell.',
  takesEffectOn: 'Wirksam ab',
  notYetInList: 'Bis dahin ist sie nicht Teil der folgenden Liste.',
  everyChange: 'Alle bisherigen Änderungen',
  emailEachChange: 'Eine E-Mail zu jeder Änderung erhalten',
  emailAddress: 'E-Mail-Adresse',
  subscribeHint:
    'Wir senden Ihnen einen Link zur Bestätigung. Danach eine E-Mail pro Änderung, jede mit einem Link zum Abbestellen.',
  leaveEmpty: 'Dieses Feld leer lassen',
  subscribe: 'Abonnieren',
  compliancePage: {
    lead: 'Die Zertifizierungen, Testate und Rahmenwerke, die wir haben oder anstreben, mit ihrem Status und ihrer Gültigkeit.',
    reportsIn: 'Berichte und Zertifikate finden Sie in der',
    library: 'Dokumentenbibliothek',
    nothing: 'Zertifizierungen und Testate',
  },
  securityPage: {
    title: 'Sicherheitsüberblick',
    lead: 'Wie wir Ihre Daten schützen, Thema für Thema, in einfachen Worten.',
    moreIn: 'Mehr in den',
    qa: 'Fragen und Antworten',
    topicsLabel: 'Themen auf dieser Seite',
    nothing: 'Sicherheitsthemen',
  },
  notFound: {
    title: 'Seite nicht gefunden',
    text: 'Diese Seite gibt es nicht, oder sie ist nicht mehr veröffentlicht.',
    home: 'Zur Startseite',
    see: 'Zur Liste:',
  },
  nothingPublished: 'Hier ist noch nichts veröffentlicht',
  willAppear: 'erscheinen auf dieser Seite, sobald sie veröffentlicht sind. Bis dahin zeigt',
  theOverview: 'die Übersicht',
  showsEverything: 'alles, was dieses Trust Center bietet.',
  home: {
    inThisTrustCenter: 'In diesem Trust Center',
    and: 'und',
    more: (n: number) => `${n} weitere`,
    howWeProtect: 'So schützen wir Ihre Daten:',
    questionsAnswered: (n: number) => `${n} ${n === 1 ? 'Frage' : 'Fragen'} beantwortet`,
    forReviewers: 'für Sicherheitsprüfungen.',
    workingTowards: 'Zertifizierungen und Rahmenwerke, auf die wir hinarbeiten.',
    achieved: (n: number, inProgress: number) =>
      `${n} ${n === 1 ? 'Zertifizierung' : 'Zertifizierungen'} erreicht${inProgress ? `, ${inProgress} in Arbeit` : ''}.`,
    documents: (n: number, open: number) =>
      `${n} ${n === 1 ? 'Dokument' : 'Dokumente'} für Ihre Sicherheitsprüfung${open === n ? ', alle öffentlich.' : open > 0 ? `: ${open} öffentlich, die übrigen auf Anfrage unter NDA.` : ', auf Anfrage unter NDA.'}`,
    subprocessors: (n: number) =>
      `${n} Unterauftragsverarbeiter: wer sie sind, was sie verarbeiten und wo.`,
    changesTitle: 'Änderungen bei Unterauftragsverarbeitern',
    latest: 'Zuletzt:',
    announced: 'angekündigt am',
    upcoming: (n: number) => ` (${n} ${n === 1 ? 'Änderung' : 'Änderungen'} angekündigt)`,
    everyChange: 'Jede Änderung der Liste, angekündigt bevor sie wirksam wird.',
    emailEach: 'Eine E-Mail zu jeder Änderung erhalten',
    contact: 'Kontakt',
    contactText:
      'Fragen zur Sicherheit, zu Unterauftragsverarbeitern oder zum Umgang mit Ihren Daten? Schreiben Sie an',
  },
  // documents, the FAQ, access, the security policy (their words go below this line)

  // changes, subscribing, objecting, policies (their words go below this line)

  // annex, table, developers, page titles (their words go below this line)
}

const WORDS: Partial<Record<Locale, Partial<PortalWords>>> = { de }

/** The portal's words in `locale`. */
export const portalWords = (locale: Locale): PortalWords =>
  locale === DEFAULT_LOCALE ? en : { ...en, ...WORDS[locale] }

/** The portal's words in the language of the page being rendered. */
export const pageWords = (): PortalWords => portalWords(requestLocale())
