// The portal's own words (headings, navigation, buttons) in each language beside the source.
// Content comes from the CMS in its language; these are the frame around it. A word missing in a
// language reads as the English.
import type { API_LIMITS } from '@/api-safety/limits'
import type { PROBLEM_TYPES } from '@/public-api/problem'
import type { annexColumns } from '@/schema/subprocessor'
import { DEFAULT_LOCALE, type Locale } from './locales'
import { requestLocale } from './request'

type AnnexHeading = (typeof annexColumns)[number]['heading']
type ProblemType = keyof typeof PROBLEM_TYPES

/** "a", "a or b", "a, b or c" (`word`: "or" in the language). */
const joined = (items: string[], word: string) =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${word} ${items.at(-1)}`

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
  draft: 'Draft',
  scopeChoice: {
    legend: 'What the customer uses',
    hint: 'Subprocessors for all customers are always included. Choose none for the whole list.',
    show: 'Show this list',
    all: 'All subprocessors',
    forScopes: (names: string[]) =>
      `Subprocessors for all customers, and those for ${joined(names, 'or')}.`,
    unknownTitle: 'Some of the chosen scopes do not exist',
    unknown: (slugs: string[]) =>
      `There is no scope ${slugs.map((slug) => `“${slug}”`).join(', ')}: it was left out. Choose from the list of what a customer uses.`,
  },
  listPage: {
    description: (company: string | null | undefined) =>
      `The third-party subprocessors${company ? ` ${company} uses` : ''}: what each one processes, where, and how transfers are safeguarded.`,
    otherFormats: 'This list in other formats',
    csv: 'Download as CSV',
    annex: 'Printable annex for your DPA',
    changeLog: 'Change log',
    futureTitle: 'That day is in the future',
    future:
      'The history covers past days only. Below is the current list; announced changes to it are under "Upcoming changes".',
    invalidTitle: 'That is not a date we can read',
    invalid: (raw: string, today: string) =>
      `“${raw}” is not a day. Choose one with the date field, or write it as YYYY-MM-DD, for example ${today}. Below is the current list.`,
    noMatchesBefore: 'No subprocessor matches these filters. Try fewer or shorter words, or ',
    showAll: 'show all subprocessors',
    pastDay: {
      asItStood: 'The list as it stood on',
      endOfDay: '(at the end of the day, UTC).',
      back: 'Back to the current list',
      /** Said on a page in another language: the recorded values are in English. */
      recordNote: '',
      noneListed: 'No subprocessors listed',
      noRecord: 'We have no record of the list on that day.',
      recordsStart: 'Records of the published list start on',
      changeLogBefore: 'The ',
      changeLog: 'change log',
      changeLogAfter: ' lists every announced change.',
      noneThatDay: 'No subprocessor was listed at the end of that day.',
      noMatches: 'No subprocessor on that day matches these filters. Try fewer or shorter words.',
    },
  },
  subprocessorTable: {
    subprocessor: 'Subprocessor',
    caption: 'Subprocessors, one per row',
  },
  tablePage: {
    title: (list: string) => `${list} (table)`,
    description: (list: string) =>
      `The ${list} as one table: each subprocessor's category, purpose, data processed and locations.`,
    scopeForm: 'Show the subprocessors of a customer',
    count: (n: number) => (n === 1 ? '1 subprocessor.' : `${n} subprocessors.`),
    countOf: (n: number, total: number) => `${n} of ${total} subprocessors.`,
  },
  annexPage: {
    title: 'Subprocessor annex',
    description: (company: string | null | undefined) =>
      `The list of subprocessors${company ? ` of ${company}` : ''}, laid out as an annex to a data processing agreement.`,
    heading: 'Annex: list of subprocessors',
    introStart: (company: string) =>
      `The subprocessors ${company} engages to process personal data on behalf of its customers`,
    asOf: ', as of',
    introEnd: '. The current list is always at',
    forCustomer: (names: string[]) => `For a customer using ${names.join(', ')}:`,
    scopeForm: 'Make the annex for a customer',
    print:
      'Print this page, or save it as PDF, to attach it to an agreement. The same list as a spreadsheet:',
    orAs: ', or as',
    none: 'No subprocessors are listed.',
    caption: (n: number) => `${n} ${n === 1 ? 'subprocessor' : 'subprocessors'}, by name`,
    /** The columns' headings (src/schema/subprocessor.ts, `annexColumns`) in another language. */
    columns: {} as Partial<Record<AnnexHeading, string>>,
    questions: 'Questions about this annex:',
  },
  developersPage: {
    title: 'Developers',
    description:
      'The public API of the trust center: subprocessors, categories, announced changes and policies as JSON, with an OpenAPI 3.1 description, and signed webhooks for each change.',
    lead: 'Read the subprocessor list, the changes announced to it and the data-handling policies from your own tools: a vendor-risk platform, a sales portal, a status page or a DPA generator. The API is read-only, needs no key and serves published content only.',
    contents: 'On this page',
    sections: {
      start: 'Getting started',
      conventions: 'Conventions',
      errors: 'Errors',
      downloads: 'Downloads and discovery',
      webhooks: 'Webhooks',
      generatedApis: "The CMS's own REST and GraphQL APIs",
      endpoints: 'Endpoints',
      schemas: 'Schemas',
    },
    /** Said in another language: the generated reference and the code are in English. */
    referenceNote: '',
    start: (base: string, openApi: string) =>
      `The base address is \`${base}\`. The whole contract is described in [OpenAPI 3.1](${openApi}): load it into your client generator or API tool.`,
    exampleRequests: 'Example requests',
    conventions: {
      versions: 'Versions',
      versionsText:
        'The version is in the path (`/v1/`). Within v1 fields and endpoints may be added, never renamed, retyped or removed; clients should ignore fields they do not know.',
      identifiers: 'Identifiers',
      identifiersText:
        'Entries are identified by their slug (for example `stripe`), never by a database id.',
      pagination: 'Pagination',
      paginationText: (max: number, byDefault: number) =>
        `Lists take \`limit\` (1 to ${max}, default ${byDefault}) and \`page\` (from 1), and answer with \`pagination\` totals and \`links.next\` / \`links.prev\`.`,
      filters: 'Filters',
      filtersText:
        '`updatedSince` on every list (ISO 8601 date or date-time with a time zone); `category` (a category slug) and `location` (text contained in a location, any case) on subprocessors; `kind`, `status`, `subprocessor` (a subprocessor slug) and `since` (announced at or after) on changes. An unknown or repeated parameter is an error, never ignored.',
      languages: 'Languages',
      languagesText: (codes: string[]) =>
        `\`locale\` (${codes.map((code) => `\`${code}\``).join(', ')}) on every resource and on the CSV and JSON exports; \`Content-Language\` says the answer's language. A text without a translation is given in English and named in the item's \`untranslated\`. Change notices stay in English: they are the record of what was announced.`,
      caching: 'Caching',
      cachingText: (cacheControl: string) =>
        `Every answer has a strong \`ETag\` (and \`Last-Modified\` for content). Send it back in \`If-None-Match\` (or \`If-Modified-Since\`) to get \`304 Not Modified\` with no body while nothing changed. \`Cache-Control: ${cacheControl}\` lets a CDN serve the API.`,
      browsers: 'Browsers',
      browsersText:
        'CORS is open for reading: `Access-Control-Allow-Origin: *` on GET, HEAD and OPTIONS. Other methods are refused with 405.',
      formats: 'Formats',
      formatsText:
        "JSON in UTF-8; times in UTC (ISO 8601). Policy text comes as HTML, plain text and the editor's Lexical JSON.",
      changeNotices: 'Change notices',
      changeNoticesText: (changes: string) =>
        `A new subprocessor, a replacement, a removal or a change to what one does is announced before it takes effect. \`${changes}\` lists announced and effective changes, newest first, with every public field before and after; drafts and cancelled changes are never served. The same changes are in the [RSS](/changes/rss.xml), [Atom](/changes/atom.xml) and [JSON Feed](/changes/feed.json) feeds.`,
    },
    errors:
      'Errors are `application/problem+json` (RFC 9457): `type`, `title`, `status` and a `detail` written for a person.',
    problems: {
      'invalid-parameter':
        'A query parameter is unknown, given twice or malformed. invalidParams lists each one with the reason; fix them and send the request again.',
      'not-found':
        'Nothing is published at this address: check the slug against the list, or the path against this page.',
      gone: 'The subprocessor was taken off the list by a change notice that is in effect. removal gives its name, the date, the reason and the change (in this API and on the portal); the slug is never reused.',
      'method-not-allowed': 'The API is read-only: only GET, HEAD and OPTIONS are answered.',
      'server-error': 'Something failed on our side. Retry later; the request itself may be fine.',
    } as Record<ProblemType, string>,
    /** The downloads' names (src/public-api/resources.ts, `DISCOVERABLE_FORMATS`) by path. */
    formatTitles: {} as Partial<Record<string, string>>,
    wellKnown: ': where the list, the API and these formats are, for machines',
    securityTxt: ': where to report a vulnerability (RFC 9116)',
    generatedApis: (base: string, limits: typeof API_LIMITS) =>
      `\`/api/<collection>\` and \`/api/graphql\` mirror the CMS's internal schema and change with it: build integrations on \`${base}\` instead. For anonymous clients they serve published content only, never drafts, team members or subscribers, and they refuse with a 400: more than ${limits.maxLimit} documents per page, \`pagination=false\`, a depth above the configured maximum, a \`where\` nested more than ${limits.maxWhereDepth} levels or with more than ${limits.maxWhereConditions} conditions, and more than ${limits.maxGraphqlRootFields} root fields in one GraphQL operation. GraphQL introspection is disabled in production; refused GraphQL queries get a 400 unless the client asks only for \`application/json\`, which by the GraphQL over HTTP specification is answered 200 with \`errors\`.`,
    webhooks: {
      intro:
        "Rather than polling `/changes`, have the trust center's administrators register an `https://` address of yours. Each time a change is announced, cancelled or takes effect, it is POSTed there as JSON, signed as the [Standard Webhooks](https://www.standardwebhooks.com/) specification says, so any of its libraries verifies it. They give you the endpoint's secret (`whsec_…`) and can send a test event.",
      events: 'Events',
      when: 'When',
      whenEvent: {
        'change.announced':
          'A change notice is announced to customers: a new, replaced or removed subprocessor, or a change to what one does. Sent at the same time as the notice emails.',
        'change.cancelled':
          'An announced change is cancelled before it took effect. It leaves the change log; data.status is "cancelled".',
        'change.effective': 'An announced change takes effect on its date: the list has changed.',
      } as Record<string, string>,
      testEvent:
        "Sent only when an administrator presses “Send a test event”; never retried. `data` holds a message and your endpoint's address.",
      message: 'The message',
      messageText: '`POST` with `Content-Type: application/json` and these headers:',
      id: "The event's id, such as `evt_6650f0c2a1b2c3d4e5f60718_announced`: one per change and event, the same on every retry and redelivery. Keep the ids you have handled and ignore a message whose id you already have.",
      timestamp: 'When this attempt was signed, in seconds since 1970 (UTC).',
      signature:
        '`v1,` then the base64 HMAC-SHA256 of `${webhook-id}.${webhook-timestamp}.${body}`, keyed with the secret (the base64 after `whsec_`, decoded). For a day after a secret is replaced there are two, separated by a space: one matching is enough.',
      body: 'The body has three members: `type`, `timestamp` (when it happened) and `data`, the change exactly as `/changes/{slug}` serves it ([Change](#schema-Change)).',
      exampleBody: 'Example webhook body',
      verify: 'Verifying a webhook',
      verifyText:
        'Check the signature over the body exactly as received, before parsing it, and refuse a timestamp more than five minutes away from now. With Node.js and nothing but `node:crypto`:',
      verifyExample: 'Verifying a webhook with node:crypto',
      receiver: 'A receiver using it:',
      receiverExample: 'A webhook receiver in Node.js',
      library:
        "Or with the specification's own library (`npm install standardwebhooks`): `new Webhook(secret).verify(rawBody, headers)` returns the event or throws.",
      delivery: 'Delivery and retries',
      answer: (timeout: number, kilobytes: number) =>
        `Answer with any \`2xx\` within ${timeout} seconds; do the work afterwards. Anything else is a failure: another status, no answer in time, a refused connection. Redirects are not followed. Only the first ${kilobytes} KB of your answer are read, and kept in the delivery log.`,
      retries: (schedule: string, attempts: number, hours: number) =>
        `A failed delivery is tried again after ${schedule}: ${attempts} attempts over about ${hours} hours. The administrators see every attempt and can send a delivery again at any time.`,
      atLeastOnce:
        'Delivery is at least once: a message can arrive twice (a retry after your answer was lost, a redelivery), always with the same `webhook-id`. Messages can arrive out of order; `timestamp` and `data.status` say which state is newer.',
      switchedOff:
        'After repeated failures (three deliveries in a row that failed every attempt) your endpoint is switched off, and the administrators are told. Nothing is sent to it until they switch it back on.',
    },
  },
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
  draft: 'Entwurf',
  scopeChoice: {
    legend: 'Was der Kunde nutzt',
    hint: 'Unterauftragsverarbeiter für alle Kunden sind immer enthalten. Wählen Sie nichts aus, um die ganze Liste zu sehen.',
    show: 'Diese Liste anzeigen',
    all: 'Alle Unterauftragsverarbeiter',
    forScopes: (names: string[]) =>
      `Unterauftragsverarbeiter für alle Kunden sowie die für ${joined(names, 'oder')}.`,
    unknownTitle: 'Einige der gewählten Bereiche gibt es nicht',
    unknown: (slugs: string[]) =>
      `${slugs.length === 1 ? 'Den Bereich' : 'Die Bereiche'} ${slugs.map((slug) => `„${slug}“`).join(', ')} gibt es nicht; ${slugs.length === 1 ? 'er wurde' : 'sie wurden'} weggelassen. Wählen Sie aus der Liste dessen, was ein Kunde nutzt.`,
  },
  listPage: {
    description: (company: string | null | undefined) =>
      `Die Unterauftragsverarbeiter${company ? `, die ${company} einsetzt` : ''}: was jeder von ihnen verarbeitet, wo, und wie Übermittlungen abgesichert sind.`,
    otherFormats: 'Diese Liste in anderen Formaten',
    csv: 'Als CSV herunterladen',
    annex: 'Druckbarer Anhang für Ihren Auftragsverarbeitungsvertrag',
    changeLog: 'Änderungsprotokoll',
    futureTitle: 'Dieser Tag liegt in der Zukunft',
    future:
      'Der Verlauf umfasst nur vergangene Tage. Unten steht die aktuelle Liste; angekündigte Änderungen finden Sie unter „Angekündigte Änderungen“.',
    invalidTitle: 'Dieses Datum können wir nicht lesen',
    invalid: (raw: string, today: string) =>
      `„${raw}“ ist kein Tag. Wählen Sie einen Tag im Datumsfeld, oder schreiben Sie ihn als JJJJ-MM-TT, zum Beispiel ${today}. Unten steht die aktuelle Liste.`,
    noMatchesBefore:
      'Kein Unterauftragsverarbeiter entspricht diesen Filtern. Versuchen Sie es mit weniger oder kürzeren Wörtern, oder ',
    showAll: 'zeigen Sie alle Unterauftragsverarbeiter an',
    pastDay: {
      asItStood: 'Die Liste mit Stand vom',
      endOfDay: '(am Ende des Tages, UTC).',
      back: 'Zurück zur aktuellen Liste',
      recordNote:
        'Die Angaben unten sind die Aufzeichnung dieses Tages und stehen so, wie sie aufgezeichnet wurden, auf Englisch.',
      noneListed: 'Keine Unterauftragsverarbeiter aufgeführt',
      noRecord: 'Für diesen Tag liegt keine Aufzeichnung der Liste vor.',
      recordsStart: 'Die Aufzeichnungen der veröffentlichten Liste beginnen am',
      changeLogBefore: 'Das ',
      changeLog: 'Änderungsprotokoll',
      changeLogAfter: ' führt jede angekündigte Änderung auf.',
      noneThatDay: 'Am Ende dieses Tages war kein Unterauftragsverarbeiter aufgeführt.',
      noMatches:
        'Kein Unterauftragsverarbeiter dieses Tages entspricht diesen Filtern. Versuchen Sie es mit weniger oder kürzeren Wörtern.',
    },
  },
  subprocessorTable: {
    subprocessor: 'Unterauftragsverarbeiter',
    caption: 'Unterauftragsverarbeiter, einer pro Zeile',
  },
  tablePage: {
    title: (list: string) => `${list} (Tabelle)`,
    description: (list: string) =>
      `${list} als eine Tabelle: Kategorie, Zweck, verarbeitete Daten und Standorte jedes Unterauftragsverarbeiters.`,
    scopeForm: 'Die Unterauftragsverarbeiter eines Kunden anzeigen',
    count: (n: number) => `${n} Unterauftragsverarbeiter.`,
    countOf: (n: number, total: number) => `${n} von ${total} Unterauftragsverarbeitern.`,
  },
  // The annex is a legal document: the terms of the EU Standard Contractual Clauses (2021/914) in
  // their German version (Anhang III "Liste der Unterauftragsverarbeiter", Anhang I.B).
  annexPage: {
    title: 'Anhang: Liste der Unterauftragsverarbeiter',
    description: (company: string | null | undefined) =>
      `Die Liste der Unterauftragsverarbeiter${company ? ` von ${company}` : ''} als Anhang zu einem Auftragsverarbeitungsvertrag (Anhang III der EU-Standardvertragsklauseln).`,
    heading: 'Anhang: Liste der Unterauftragsverarbeiter',
    introStart: (company: string) =>
      `Die Unterauftragsverarbeiter, die ${company} mit der Verarbeitung personenbezogener Daten im Auftrag der Kunden beauftragt`,
    asOf: ', Stand:',
    introEnd:
      '. Aufgeführt sind die Angaben nach Anhang III der EU-Standardvertragsklauseln (2021) mit der Beschreibung der Verarbeitung nach Anhang I.B. Die aktuelle Liste finden Sie jederzeit unter',
    forCustomer: (names: string[]) => `Für einen Kunden, der ${names.join(', ')} nutzt:`,
    scopeForm: 'Den Anhang für einen Kunden erstellen',
    print:
      'Drucken Sie diese Seite, oder speichern Sie sie als PDF, um sie einem Vertrag beizufügen. Dieselbe Liste als Tabellendatei:',
    orAs: ' oder als',
    none: 'Es sind keine Unterauftragsverarbeiter aufgeführt.',
    caption: (n: number) => `${n} Unterauftragsverarbeiter, nach Name geordnet`,
    columns: {
      Subprocessor: 'Unterauftragsverarbeiter',
      'Description of the processing': 'Beschreibung der Verarbeitung',
      Location: 'Ort der Verarbeitung',
      'Transfer mechanism': 'Übermittlungsmechanismus',
    },
    questions: 'Fragen zu diesem Anhang:',
  },
  developersPage: {
    title: 'Für Entwickler',
    description:
      'Die öffentliche API des Trust Centers: Unterauftragsverarbeiter, Kategorien, angekündigte Änderungen und Richtlinien als JSON, mit einer Beschreibung in OpenAPI 3.1, und signierte Webhooks zu jeder Änderung.',
    lead: 'Lesen Sie die Liste der Unterauftragsverarbeiter, die dazu angekündigten Änderungen und die Richtlinien zum Umgang mit Daten aus Ihren eigenen Werkzeugen: einer Plattform für Lieferantenrisiken, einem Vertriebsportal, einer Statusseite oder einem Generator für Auftragsverarbeitungsverträge. Die API lässt sich nur lesen, braucht keinen Schlüssel und liefert nur veröffentlichte Inhalte.',
    contents: 'Auf dieser Seite',
    sections: {
      start: 'Erste Schritte',
      conventions: 'Konventionen',
      errors: 'Fehler',
      downloads: 'Downloads und Auffindbarkeit',
      webhooks: 'Webhooks',
      generatedApis: 'Die eigenen REST- und GraphQL-APIs des CMS',
      endpoints: 'Endpunkte',
      schemas: 'Schemas',
    },
    referenceNote:
      'Die Referenz der Endpunkte und Schemas wird aus der OpenAPI-Beschreibung erzeugt und steht, wie die Codebeispiele, auf Englisch.',
    start: (base: string, openApi: string) =>
      `Die Basisadresse ist \`${base}\`. Die ganze Schnittstelle ist in [OpenAPI 3.1](${openApi}) beschrieben: Laden Sie die Beschreibung in Ihren Client-Generator oder Ihr API-Werkzeug.`,
    exampleRequests: 'Beispielanfragen',
    conventions: {
      versions: 'Versionen',
      versionsText:
        'Die Version steht im Pfad (`/v1/`). Innerhalb von v1 können Felder und Endpunkte hinzukommen, sie werden aber nie umbenannt, im Typ geändert oder entfernt; Clients sollten Felder ignorieren, die sie nicht kennen.',
      identifiers: 'Kennungen',
      identifiersText:
        'Einträge werden über ihren Slug bezeichnet (zum Beispiel `stripe`), nie über eine Datenbank-ID.',
      pagination: 'Seitenweise Abfrage',
      paginationText: (max: number, byDefault: number) =>
        `Listen nehmen \`limit\` (1 bis ${max}, Standard ${byDefault}) und \`page\` (ab 1) an und antworten mit den Summen in \`pagination\` sowie \`links.next\` / \`links.prev\`.`,
      filters: 'Filter',
      filtersText:
        '`updatedSince` bei jeder Liste (Datum oder Datum mit Uhrzeit und Zeitzone nach ISO 8601); `category` (der Slug einer Kategorie) und `location` (Text, der in einem Standort vorkommt, gleich in welcher Schreibung) bei Unterauftragsverarbeitern; `kind`, `status`, `subprocessor` (der Slug eines Unterauftragsverarbeiters) und `since` (angekündigt an oder nach) bei Änderungen. Ein unbekannter oder wiederholter Parameter ist ein Fehler und wird nie ignoriert.',
      languages: 'Sprachen',
      languagesText: (codes: string[]) =>
        `\`locale\` (${codes.map((code) => `\`${code}\``).join(', ')}) bei jeder Ressource und bei den Exporten als CSV und JSON; \`Content-Language\` nennt die Sprache der Antwort. Ein Text ohne Übersetzung wird auf Englisch geliefert und in \`untranslated\` des Eintrags genannt. Änderungsmitteilungen bleiben auf Englisch: Sie sind die Aufzeichnung dessen, was angekündigt wurde.`,
      caching: 'Caching',
      cachingText: (cacheControl: string) =>
        `Jede Antwort hat ein starkes \`ETag\` (und bei Inhalten \`Last-Modified\`). Senden Sie es in \`If-None-Match\` (oder \`If-Modified-Since\`) zurück, um \`304 Not Modified\` ohne Inhalt zu erhalten, solange sich nichts geändert hat. Mit \`Cache-Control: ${cacheControl}\` kann ein CDN die API ausliefern.`,
      browsers: 'Browser',
      browsersText:
        'CORS ist zum Lesen offen: `Access-Control-Allow-Origin: *` bei GET, HEAD und OPTIONS. Andere Methoden werden mit 405 abgelehnt.',
      formats: 'Formate',
      formatsText:
        'JSON in UTF-8; Zeiten in UTC (ISO 8601). Richtlinientexte kommen als HTML, als reiner Text und als Lexical-JSON des Editors.',
      changeNotices: 'Änderungsmitteilungen',
      changeNoticesText: (changes: string) =>
        `Ein neuer Unterauftragsverarbeiter, ein Ersatz, eine Entfernung oder eine Änderung dessen, was einer tut, wird angekündigt, bevor sie wirksam wird. \`${changes}\` listet angekündigte und wirksame Änderungen auf, die neueste zuerst, mit jedem öffentlichen Feld vorher und nachher; Entwürfe und zurückgezogene Änderungen werden nie ausgeliefert. Dieselben Änderungen stehen in den Feeds [RSS](/changes/rss.xml), [Atom](/changes/atom.xml) und [JSON Feed](/changes/feed.json).`,
    },
    errors:
      'Fehler kommen als `application/problem+json` (RFC 9457): `type`, `title`, `status` und ein für Menschen geschriebenes `detail`.',
    problems: {
      'invalid-parameter':
        'Ein Abfrageparameter ist unbekannt, doppelt angegeben oder fehlerhaft. invalidParams nennt jeden mit dem Grund; korrigieren Sie sie, und senden Sie die Anfrage erneut.',
      'not-found':
        'Unter dieser Adresse ist nichts veröffentlicht: Prüfen Sie den Slug anhand der Liste oder den Pfad anhand dieser Seite.',
      gone: 'Der Unterauftragsverarbeiter wurde durch eine wirksame Änderungsmitteilung von der Liste genommen. removal nennt seinen Namen, das Datum, den Grund und die Änderung (in dieser API und im Portal); der Slug wird nie wiederverwendet.',
      'method-not-allowed':
        'Die API lässt sich nur lesen: Beantwortet werden nur GET, HEAD und OPTIONS.',
      'server-error':
        'Bei uns ist etwas fehlgeschlagen. Versuchen Sie es später erneut; die Anfrage selbst ist vielleicht in Ordnung.',
    },
    formatTitles: {
      '/subprocessors.csv': 'Liste der Unterauftragsverarbeiter (CSV)',
      '/subprocessors.json': 'Liste der Unterauftragsverarbeiter (JSON)',
      '/subprocessors/annex':
        'Anhang mit den Unterauftragsverarbeitern für Auftragsverarbeitungsverträge (druckbar)',
      '/changes/rss.xml': 'Änderungen bei Unterauftragsverarbeitern (RSS)',
      '/changes/atom.xml': 'Änderungen bei Unterauftragsverarbeitern (Atom)',
      '/changes/feed.json': 'Änderungen bei Unterauftragsverarbeitern (JSON Feed)',
    },
    wellKnown: ': wo die Liste, die API und diese Formate zu finden sind, für Maschinen',
    securityTxt: ': wo Sie eine Schwachstelle melden (RFC 9116)',
    generatedApis: (base: string, limits: typeof API_LIMITS) =>
      `\`/api/<collection>\` und \`/api/graphql\` spiegeln das interne Schema des CMS und ändern sich mit ihm: Bauen Sie Integrationen stattdessen auf \`${base}\`. Anonymen Clients liefern sie nur veröffentlichte Inhalte, nie Entwürfe, Teammitglieder oder Abonnenten, und sie lehnen mit 400 ab: mehr als ${limits.maxLimit} Dokumente pro Seite, \`pagination=false\`, eine Tiefe über dem eingestellten Höchstwert, ein \`where\`, das tiefer als ${limits.maxWhereDepth} Ebenen verschachtelt ist oder mehr als ${limits.maxWhereConditions} Bedingungen hat, und mehr als ${limits.maxGraphqlRootFields} Wurzelfelder in einer GraphQL-Operation. Die GraphQL-Introspektion ist im Produktivbetrieb abgeschaltet; abgelehnte GraphQL-Abfragen erhalten 400, es sei denn, der Client fragt nur nach \`application/json\`: Das wird nach der Spezifikation „GraphQL over HTTP“ mit 200 und \`errors\` beantwortet.`,
    webhooks: {
      intro:
        'Statt `/changes` regelmäßig abzufragen, lassen Sie die Administratoren des Trust Centers eine `https://`-Adresse von Ihnen eintragen. Jedes Mal, wenn eine Änderung angekündigt, zurückgezogen oder wirksam wird, wird sie dorthin als JSON per POST gesendet, signiert nach der Spezifikation [Standard Webhooks](https://www.standardwebhooks.com/), sodass jede ihrer Bibliotheken sie prüfen kann. Die Administratoren geben Ihnen das Geheimnis des Endpunkts (`whsec_…`) und können ein Testereignis senden.',
      events: 'Ereignisse',
      when: 'Wann',
      whenEvent: {
        'change.announced':
          'Den Kunden wird eine Änderungsmitteilung angekündigt: ein neuer, ersetzter oder entfernter Unterauftragsverarbeiter oder eine Änderung dessen, was einer tut. Gesendet zur selben Zeit wie die E-Mails mit der Mitteilung.',
        'change.cancelled':
          'Eine angekündigte Änderung wird zurückgezogen, bevor sie wirksam wurde. Sie verschwindet aus dem Änderungsprotokoll; data.status ist "cancelled".',
        'change.effective':
          'Eine angekündigte Änderung wird zu ihrem Datum wirksam: Die Liste hat sich geändert.',
      },
      testEvent:
        'Nur gesendet, wenn ein Administrator auf „Send a test event“ klickt; nie wiederholt. `data` enthält eine Nachricht und die Adresse Ihres Endpunkts.',
      message: 'Die Nachricht',
      messageText: '`POST` mit `Content-Type: application/json` und diesen Headern:',
      id: 'Die ID des Ereignisses, etwa `evt_6650f0c2a1b2c3d4e5f60718_announced`: eine pro Änderung und Ereignis, dieselbe bei jedem erneuten Versuch und jeder erneuten Zustellung. Merken Sie sich die IDs, die Sie bearbeitet haben, und ignorieren Sie eine Nachricht, deren ID Sie schon kennen.',
      timestamp: 'Wann dieser Versuch signiert wurde, in Sekunden seit 1970 (UTC).',
      signature:
        '`v1,`, dann der HMAC-SHA256 in Base64 von `${webhook-id}.${webhook-timestamp}.${body}`, mit dem Geheimnis als Schlüssel (das Base64 nach `whsec_`, dekodiert). Einen Tag lang nach dem Ersetzen eines Geheimnisses stehen hier zwei Signaturen, durch ein Leerzeichen getrennt: Es genügt, dass eine passt.',
      body: 'Der Inhalt hat drei Elemente: `type`, `timestamp` (wann es geschah) und `data`, die Änderung genau so, wie `/changes/{slug}` sie ausliefert ([Change](#schema-Change)).',
      exampleBody: 'Beispiel für den Inhalt eines Webhooks',
      verify: 'Einen Webhook prüfen',
      verifyText:
        'Prüfen Sie die Signatur über den Inhalt genau so, wie er ankam, bevor Sie ihn parsen, und lehnen Sie einen Zeitstempel ab, der mehr als fünf Minuten von jetzt abweicht. Mit Node.js und nichts als `node:crypto`:',
      verifyExample: 'Einen Webhook mit node:crypto prüfen',
      receiver: 'Ein Empfänger, der das verwendet:',
      receiverExample: 'Ein Webhook-Empfänger in Node.js',
      library:
        'Oder mit der Bibliothek der Spezifikation selbst (`npm install standardwebhooks`): `new Webhook(secret).verify(rawBody, headers)` gibt das Ereignis zurück oder wirft einen Fehler.',
      delivery: 'Zustellung und Wiederholungen',
      answer: (timeout: number, kilobytes: number) =>
        `Antworten Sie innerhalb von ${timeout} Sekunden mit einem beliebigen \`2xx\`; erledigen Sie die Arbeit danach. Alles andere ist ein Fehlschlag: ein anderer Status, keine Antwort in der Zeit, eine abgelehnte Verbindung. Weiterleitungen werden nicht verfolgt. Nur die ersten ${kilobytes} KB Ihrer Antwort werden gelesen und im Zustellprotokoll aufbewahrt.`,
      retries: (schedule: string, attempts: number, hours: number) =>
        `Eine fehlgeschlagene Zustellung wird nach ${schedule} erneut versucht: ${attempts} Versuche über etwa ${hours} Stunden. Die Administratoren sehen jeden Versuch und können eine Zustellung jederzeit erneut senden.`,
      atLeastOnce:
        'Zugestellt wird mindestens einmal: Eine Nachricht kann zweimal ankommen (ein erneuter Versuch, nachdem Ihre Antwort verloren ging, oder eine erneute Zustellung), immer mit derselben `webhook-id`. Nachrichten können in anderer Reihenfolge ankommen; `timestamp` und `data.status` zeigen, welcher Stand neuer ist.',
      switchedOff:
        'Nach wiederholten Fehlschlägen (drei Zustellungen in Folge, bei denen jeder Versuch fehlschlug) wird Ihr Endpunkt abgeschaltet, und die Administratoren werden benachrichtigt. Bis sie ihn wieder einschalten, wird nichts an ihn gesendet.',
    },
  },
}

const WORDS: Partial<Record<Locale, Partial<PortalWords>>> = { de }

/** The portal's words in `locale`. */
export const portalWords = (locale: Locale): PortalWords =>
  locale === DEFAULT_LOCALE ? en : { ...en, ...WORDS[locale] }

/** The portal's words in the language of the page being rendered. */
export const pageWords = (): PortalWords => portalWords(requestLocale())
