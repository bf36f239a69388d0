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
  /** A personal page opened without its emailed link (objecting, confirming, unsubscribing). */
  useEmailLink: 'Use the link from your email',
  changeLog: {
    title: 'Subprocessor changes',
    description: (list: string, company: string | null | undefined) =>
      `Every announced change to the ${list}${company ? ` of ${company}` : ''}: what changes, when and why.`,
    leadBefore: 'Every change to the',
    leadAfter:
      ' we have announced, newest first. We announce a change before it takes effect, so you can object in time.',
    emailEach: 'Get an email about each change',
    orFeed: ', or follow a feed.',
    announced: 'Announced changes',
    noneTitle: 'No changes announced yet',
    noneText:
      'The list has not changed since it was first published. When we announce a change, it appears here and in the feeds, and subscribers get an email.',
    emailEachTime: 'Get an email each time we announce a change:',
    feeds: 'Feeds',
    feedsText: 'Follow the changes in a feed reader, or read them from a script:',
    /** Where the objection endpoint sends a visitor whose link did not work. */
    linkErrors: {
      'invalid-link': {
        title: 'This link does not work',
        text: 'Open the link straight from the notice email, or copy the whole address into your browser.',
      },
      used: {
        title: 'This link is no longer valid',
        text: 'It has expired, or it belongs to a subscription that has ended. Write to us instead (see "How to object" on the change).',
      },
      invalid: {
        title: 'Your objection could not be read',
        text: 'Open the link from the notice email again and send the form once more.',
      },
    },
  },
  changePage: {
    /** A change's title in the page's language, from its kind (the source keeps the recorded one). */
    kindTitle: {
      addition: 'new subprocessor',
      replacement: 'replacement',
      removal: 'removal',
      'material-edit': 'change',
    },
    kind: {
      addition: 'Addition',
      replacement: 'Replacement',
      removal: 'Removal',
      'material-edit': 'Change',
    },
    announced: 'Announced',
    takesEffect: 'Takes effect',
    tookEffect: 'Took effect',
    kindTerm: 'Kind',
    subprocessor: 'Subprocessor',
    replaces: 'Replaces',
    status: 'Status',
    inEffect: 'In effect',
    upcoming: 'Upcoming',
    why: 'Why',
    whyShorter: 'Why the notice is shorter',
    /** Said once on a page in another language: the recorded texts stay in the source language. */
    recordedInSource: '',
    whatChanges: 'What changes',
    field: 'Field',
    before: 'Before',
    after: 'After',
    none: 'None',
    howToObject: 'How to object',
    tookEffectOn: 'This change took effect on',
    stillWelcome: '. Questions or concerns about it are still welcome',
    stillWelcomeAt: ' at',
    objectBefore: 'If you object to this change, tell us before it takes effect on',
    objectAfter: '',
    writeTo: ': write to',
    subscribersToo: 'Subscribers can also use the link in the notice email we sent them.',
    subscribe: 'Subscribe',
    subscribeAfter: ' to get the next notices by email.',
    mailSubject: (title: string) => `Objection: ${title}`,
  },
  objectPage: {
    title: (change: string) => `Object to ${change}`,
    heading: 'Object to this change',
    recorded: 'Your objection is recorded',
    recordedText: 'We will contact you about it, at the address our notice was sent to.',
    alreadyRecorded: 'Your objection was already recorded',
    alreadyRecordedText:
      'We have it from your earlier visit and will contact you about it. There is no need to send it again.',
    useLinkText:
      'This page works only through the personal link in the notice email we sent about this change. Open it straight from the email, or copy the whole address into your browser.',
    writeInstead: 'You can also write to',
    tookEffectBefore: 'It took effect on',
    tookEffectAfter: '; you can still tell us you object.',
    takesEffectBefore: 'It takes effect on',
    takesEffectAfter: ': tell us before then.',
    reasons: 'Your reasons (optional)',
    reasonsHint:
      'We record your objection with the email address our notice was sent to, and contact you about it.',
    send: 'Send my objection',
    readChange: 'Read the change',
  },
  subscribePage: {
    title: 'Get notified of subprocessor changes',
    description: (list: string, company: string | null | undefined) =>
      `An email each time ${company ?? 'we'} announce${company ? 's' : ''} a change to the ${list}.`,
    statuses: {
      'check-inbox': {
        title: 'Check your inbox',
        text: 'If this address can receive notices, we have sent it a link to confirm your subscription. The link works for 7 days. Nothing is sent until you confirm.',
      },
      confirmed: {
        title: 'Your subscription is confirmed',
        text: 'You will get an email each time we announce a subprocessor change. Every email has a link to unsubscribe.',
      },
      unsubscribed: {
        title: 'You are unsubscribed',
        text: 'You will get no more subprocessor notices. You can subscribe again at any time below.',
      },
    },
    errors: {
      invalid: {
        title: 'Enter a valid email address',
        text: 'Enter an email address like name@example.com, then choose Subscribe.',
      },
      'invalid-link': {
        title: 'This link does not work',
        text: 'Open the link straight from the email, or copy the whole address into your browser. If it still does not work, subscribe again below to get a new one.',
      },
      used: {
        title: 'This link has already been used or has expired',
        text: 'If you already confirmed or unsubscribed, there is nothing more to do. Otherwise subscribe again below to get a new link.',
      },
    },
    leadBefore: 'Get an email each time we announce a change to the',
    leadAfter:
      ': a new, replaced or removed subprocessor, or a change to what one does with your data. Each email says what changes, when and why, and how to object.',
    privacy:
      'We use your address only for these notices and never show it anywhere. We send a link to confirm first; every notice has a link to unsubscribe.',
    otherWays: 'Other ways to follow the changes',
    readBefore: 'Read the',
    changeLog: 'change log',
    readAfter: ', or follow it in a feed reader:',
  },
  confirmPage: {
    title: 'Confirm your subscription',
    useLinkText:
      'This page works only through the link in the confirmation email. Open it straight from the email, or copy the whole address into your browser. No email?',
    subscribeAgain: 'Subscribe again',
    expired: 'This link has expired',
    expiredText: 'Confirmation links work for 7 days.',
    expiredAfter: ' to get a new one.',
    lead: 'One step left: confirm that you want an email each time we announce a subprocessor change.',
    button: 'Confirm my subscription',
    notYou: 'Did not ask for this? Close this page: nothing happens until you confirm.',
  },
  unsubscribePage: {
    title: 'Unsubscribe from subprocessor notices',
    lead: 'You will no longer get an email when we announce a change to our subprocessors.',
    button: 'Unsubscribe',
    changedMind: 'Changed your mind? Close this page: nothing changes until you press the button.',
    useLinkText:
      'This page works only through the unsubscribe link in a notice email. Open it straight from the email, or copy the whole address into your browser.',
    back: 'Back to subscriptions',
  },
  /** What the subscription endpoints answer a client that asked for JSON. */
  noticeAnswers: {
    checkInbox:
      'Check your inbox: if this address can receive notices, we sent it a link to confirm.',
    subscribed: 'Subscribed: you will get an email about every subprocessor change.',
    unsubscribed: 'Unsubscribed: you will get no more subprocessor notices.',
    objectionRecorded: 'Your objection is recorded. We will contact you about it.',
    objectionAlreadyRecorded: (at: string) => `Your objection was already recorded on ${at}.`,
    /** Empty: the error's own message (the source language's words are in the error). */
    invalidEmail: '',
    invalidLink: '',
    usedLink: '',
  },
  feedsInSource: '',
  pastList: {
    asOfBefore: 'The list as it stood on',
    asOfAfter: '(at the end of the day, UTC).',
    backToCurrent: 'Back to the current list',
    recordedInSource: '',
    noneListed: 'No subprocessors listed',
    noRecord: 'We have no record of the list on that day.',
    recordsStart: 'Records of the published list start on',
    changeLogBefore: 'The',
    changeLog: 'change log',
    changeLogAfter: 'lists every announced change.',
    noneThatDay: 'No subprocessor was listed at the end of that day.',
    noMatches: 'No subprocessor on that day matches these filters. Try fewer or shorter words.',
    future: 'That day is in the future',
    futureText:
      'The history covers past days only. Below is the current list; announced changes to it are under "Upcoming changes".',
    unreadable: 'That is not a date we can read',
    unreadableText: (raw: string, today: string) =>
      `“${raw}” is not a day. Choose one with the date field, or write it as YYYY-MM-DD, for example ${today}. Below is the current list.`,
  },
  removedPage: {
    title: (name: string) => `${name} (removed)`,
    description: (reason: string) => `No longer a subprocessor: ${reason}`,
    badge: 'Removed',
    /** The sentence around the day it went: before the day, and after it. */
    text: (name: string, replaced: boolean): [string, string] => [
      `${name} is no longer one of our subprocessors: it was ${replaced ? 'replaced' : 'removed'} on`,
      ', as announced in a change notice.',
    ],
    /** Said once on a page in another language: the reason stays in the source language. */
    reasonInSource: '',
    replacedOn: 'Replaced on',
    removedOn: 'Removed on',
    changeNotice: 'Change notice',
    current: 'See the current list:',
  },
  policyPage: {
    draft: 'Draft',
    effective: 'Effective',
    sections: 'Policy sections',
    previous: 'Previous section',
    next: 'Next section',
  },

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
  useEmailLink: 'Verwenden Sie den Link aus Ihrer E-Mail',
  changeLog: {
    title: 'Änderungen bei Unterauftragsverarbeitern',
    description: (list: string, company: string | null | undefined) =>
      `Jede angekündigte Änderung an der Liste „${list}“${company ? ` von ${company}` : ''}: was sich ändert, wann und warum.`,
    leadBefore: 'Jede Änderung an der Liste',
    leadAfter:
      ', die wir angekündigt haben, die neueste zuerst. Wir kündigen jede Änderung an, bevor sie wirksam wird, damit Sie rechtzeitig widersprechen können.',
    emailEach: 'Erhalten Sie eine E-Mail zu jeder Änderung',
    orFeed: ', oder folgen Sie einem Feed.',
    announced: 'Angekündigte Änderungen',
    noneTitle: 'Noch keine Änderungen angekündigt',
    noneText:
      'Die Liste hat sich seit ihrer ersten Veröffentlichung nicht geändert. Sobald wir eine Änderung ankündigen, erscheint sie hier und in den Feeds, und Abonnenten erhalten eine E-Mail.',
    emailEachTime: 'Erhalten Sie eine E-Mail, sobald wir eine Änderung ankündigen:',
    feeds: 'Feeds',
    feedsText: 'Verfolgen Sie die Änderungen in einem Feedreader, oder lesen Sie sie per Skript:',
    linkErrors: {
      'invalid-link': {
        title: 'Dieser Link funktioniert nicht',
        text: 'Öffnen Sie den Link direkt aus der E-Mail mit der Mitteilung, oder kopieren Sie die vollständige Adresse in Ihren Browser.',
      },
      used: {
        title: 'Dieser Link ist nicht mehr gültig',
        text: 'Er ist abgelaufen oder gehört zu einem beendeten Abonnement. Schreiben Sie uns stattdessen (siehe „So widersprechen Sie“ bei der Änderung).',
      },
      invalid: {
        title: 'Ihr Widerspruch konnte nicht gelesen werden',
        text: 'Öffnen Sie den Link aus der E-Mail mit der Mitteilung erneut, und senden Sie das Formular noch einmal.',
      },
    },
  },
  changePage: {
    kindTitle: {
      addition: 'neuer Unterauftragsverarbeiter',
      replacement: 'Ersetzung',
      removal: 'Entfernung',
      'material-edit': 'Änderung',
    },
    kind: {
      addition: 'Aufnahme',
      replacement: 'Ersetzung',
      removal: 'Entfernung',
      'material-edit': 'Änderung',
    },
    announced: 'Angekündigt am',
    takesEffect: 'Wirksam ab',
    tookEffect: 'Wirksam seit',
    kindTerm: 'Art',
    subprocessor: 'Unterauftragsverarbeiter',
    replaces: 'Ersetzt',
    status: 'Status',
    inEffect: 'Wirksam',
    upcoming: 'Bevorstehend',
    why: 'Grund',
    whyShorter: 'Warum die Frist kürzer ist',
    recordedInSource:
      'Der Grund und die Angaben vorher und nachher stehen auf Englisch, wie angekündigt: Maßgeblich ist die angekündigte englische Fassung.',
    whatChanges: 'Was sich ändert',
    field: 'Angabe',
    before: 'Vorher',
    after: 'Nachher',
    none: 'Keine',
    howToObject: 'So widersprechen Sie',
    tookEffectOn: 'Diese Änderung ist seit dem',
    stillWelcome: ' wirksam. Fragen oder Bedenken dazu können Sie uns weiterhin mitteilen',
    stillWelcomeAt: ': Schreiben Sie an',
    objectBefore:
      'Wenn Sie dieser Änderung widersprechen, teilen Sie uns das vor ihrem Inkrafttreten am',
    objectAfter: ' mit',
    writeTo: ': Schreiben Sie an',
    subscribersToo:
      'Abonnenten können auch den Link in der E-Mail verwenden, mit der wir ihnen die Änderung mitgeteilt haben.',
    subscribe: 'Abonnieren Sie die Mitteilungen',
    subscribeAfter: ', um die nächsten per E-Mail zu erhalten.',
    mailSubject: (title: string) => `Widerspruch: ${title}`,
  },
  objectPage: {
    title: (change: string) => `Widerspruch gegen ${change}`,
    heading: 'Dieser Änderung widersprechen',
    recorded: 'Ihr Widerspruch ist erfasst',
    recordedText:
      'Wir melden uns dazu bei Ihnen, unter der Adresse, an die wir unsere Mitteilung gesendet haben.',
    alreadyRecorded: 'Ihr Widerspruch wurde bereits erfasst',
    alreadyRecordedText:
      'Er liegt uns von Ihrem früheren Besuch vor, und wir melden uns dazu bei Ihnen. Sie müssen ihn nicht erneut senden.',
    useLinkText:
      'Diese Seite funktioniert nur über den persönlichen Link in der E-Mail, mit der wir diese Änderung mitgeteilt haben. Öffnen Sie ihn direkt aus der E-Mail, oder kopieren Sie die vollständige Adresse in Ihren Browser.',
    writeInstead: 'Sie können uns auch schreiben:',
    tookEffectBefore: 'Diese Änderung ist seit dem',
    tookEffectAfter: ' wirksam; Sie können uns Ihren Widerspruch weiterhin mitteilen.',
    takesEffectBefore: 'Diese Änderung wird am',
    takesEffectAfter: ' wirksam: Teilen Sie uns Ihren Widerspruch vorher mit.',
    reasons: 'Ihre Gründe (optional)',
    reasonsHint:
      'Wir erfassen Ihren Widerspruch mit der E-Mail-Adresse, an die wir unsere Mitteilung gesendet haben, und melden uns dazu bei Ihnen.',
    send: 'Widerspruch senden',
    readChange: 'Zur Änderung',
  },
  subscribePage: {
    title: 'Benachrichtigung über Änderungen bei Unterauftragsverarbeitern',
    description: (list: string, company: string | null | undefined) =>
      `Eine E-Mail, sobald ${company ?? 'wir'} eine Änderung an der Liste „${list}“ ${company ? 'ankündigt' : 'ankündigen'}.`,
    statuses: {
      'check-inbox': {
        title: 'Prüfen Sie Ihr Postfach',
        text: 'Wenn diese Adresse Mitteilungen empfangen kann, haben wir ihr einen Link zur Bestätigung Ihres Abonnements gesendet. Der Link ist 7 Tage gültig. Bis Sie bestätigen, senden wir nichts.',
      },
      confirmed: {
        title: 'Ihr Abonnement ist bestätigt',
        text: 'Sie erhalten eine E-Mail, sobald wir eine Änderung bei unseren Unterauftragsverarbeitern ankündigen. Jede E-Mail enthält einen Link zum Abmelden.',
      },
      unsubscribed: {
        title: 'Sie sind abgemeldet',
        text: 'Sie erhalten keine Mitteilungen zu Unterauftragsverarbeitern mehr. Sie können sie unten jederzeit wieder abonnieren.',
      },
    },
    errors: {
      invalid: {
        title: 'Geben Sie eine gültige E-Mail-Adresse ein',
        text: 'Geben Sie eine E-Mail-Adresse wie name@example.com ein, und wählen Sie dann „Abonnieren“.',
      },
      'invalid-link': {
        title: 'Dieser Link funktioniert nicht',
        text: 'Öffnen Sie den Link direkt aus der E-Mail, oder kopieren Sie die vollständige Adresse in Ihren Browser. Funktioniert er dann noch immer nicht, abonnieren Sie unten erneut, um einen neuen zu erhalten.',
      },
      used: {
        title: 'Dieser Link wurde bereits verwendet oder ist abgelaufen',
        text: 'Wenn Sie bereits bestätigt oder sich abgemeldet haben, ist nichts weiter zu tun. Andernfalls abonnieren Sie unten erneut, um einen neuen Link zu erhalten.',
      },
    },
    leadBefore: 'Erhalten Sie eine E-Mail, sobald wir eine Änderung an der Liste',
    leadAfter:
      ' ankündigen: einen neuen, ersetzten oder entfernten Unterauftragsverarbeiter oder eine Änderung dessen, was einer mit Ihren Daten tut. Jede E-Mail sagt, was sich wann und warum ändert und wie Sie widersprechen können.',
    privacy:
      'Wir verwenden Ihre Adresse nur für diese Mitteilungen und zeigen sie nirgends an. Zuerst senden wir einen Link zur Bestätigung; jede Mitteilung enthält einen Link zum Abmelden.',
    otherWays: 'Weitere Möglichkeiten, die Änderungen zu verfolgen',
    readBefore: 'Lesen Sie das',
    changeLog: 'Änderungsprotokoll',
    readAfter: ', oder verfolgen Sie es in einem Feedreader:',
  },
  confirmPage: {
    title: 'Abonnement bestätigen',
    useLinkText:
      'Diese Seite funktioniert nur über den Link in der E-Mail zur Bestätigung. Öffnen Sie ihn direkt aus der E-Mail, oder kopieren Sie die vollständige Adresse in Ihren Browser. Keine E-Mail erhalten?',
    subscribeAgain: 'Erneut abonnieren',
    expired: 'Dieser Link ist abgelaufen',
    expiredText: 'Links zur Bestätigung sind 7 Tage gültig.',
    expiredAfter: ', um einen neuen zu erhalten.',
    lead: 'Nur noch ein Schritt: Bestätigen Sie, dass Sie eine E-Mail erhalten möchten, sobald wir eine Änderung bei unseren Unterauftragsverarbeitern ankündigen.',
    button: 'Abonnement bestätigen',
    notYou:
      'Sie haben das nicht angefordert? Schließen Sie diese Seite: Ohne Ihre Bestätigung geschieht nichts.',
  },
  unsubscribePage: {
    title: 'Von den Mitteilungen zu Unterauftragsverarbeitern abmelden',
    lead: 'Sie erhalten dann keine E-Mail mehr, wenn wir eine Änderung bei unseren Unterauftragsverarbeitern ankündigen.',
    button: 'Abmelden',
    changedMind:
      'Sie haben es sich anders überlegt? Schließen Sie diese Seite: Erst die Schaltfläche ändert etwas.',
    useLinkText:
      'Diese Seite funktioniert nur über den Link zum Abmelden in einer Mitteilung per E-Mail. Öffnen Sie ihn direkt aus der E-Mail, oder kopieren Sie die vollständige Adresse in Ihren Browser.',
    back: 'Zurück zu den Benachrichtigungen',
  },
  noticeAnswers: {
    checkInbox:
      'Prüfen Sie Ihr Postfach: Wenn diese Adresse Mitteilungen empfangen kann, haben wir ihr einen Link zur Bestätigung gesendet.',
    subscribed:
      'Abonniert: Sie erhalten zu jeder Änderung bei den Unterauftragsverarbeitern eine E-Mail.',
    unsubscribed: 'Abgemeldet: Sie erhalten keine Mitteilungen zu Unterauftragsverarbeitern mehr.',
    objectionRecorded: 'Ihr Widerspruch ist erfasst. Wir melden uns dazu bei Ihnen.',
    objectionAlreadyRecorded: (at: string) => `Ihr Widerspruch wurde bereits am ${at} erfasst.`,
    invalidEmail: 'Geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@example.com.',
    invalidLink:
      'Dieser Link ist ungültig. Öffnen Sie ihn direkt aus der E-Mail, oder kopieren Sie die vollständige Adresse.',
    usedLink: 'Dieser Link ist abgelaufen, wurde bereits verwendet oder ist nicht mehr gültig.',
  },
  feedsInSource: 'Die Feeds sind auf Englisch, wie die angekündigten Änderungen.',
  pastList: {
    asOfBefore: 'Die Liste mit Stand vom',
    asOfAfter: '(am Ende des Tages, UTC).',
    backToCurrent: 'Zurück zur aktuellen Liste',
    recordedInSource:
      'Die Einträge stehen auf Englisch, wie sie an diesem Tag veröffentlicht waren.',
    noneListed: 'Keine Unterauftragsverarbeiter aufgeführt',
    noRecord: 'Für diesen Tag liegt uns keine Aufzeichnung der Liste vor.',
    recordsStart: 'Die Aufzeichnungen der veröffentlichten Liste beginnen am',
    changeLogBefore: 'Das',
    changeLog: 'Änderungsprotokoll',
    changeLogAfter: 'enthält jede angekündigte Änderung.',
    noneThatDay: 'Am Ende dieses Tages war kein Unterauftragsverarbeiter aufgeführt.',
    noMatches:
      'Kein Unterauftragsverarbeiter dieses Tages passt zu diesen Filtern. Versuchen Sie es mit weniger oder kürzeren Wörtern.',
    future: 'Dieser Tag liegt in der Zukunft',
    futureText:
      'Der Verlauf umfasst nur vergangene Tage. Unten steht die aktuelle Liste; angekündigte Änderungen daran finden Sie unter „Angekündigte Änderungen“.',
    unreadable: 'Dieses Datum können wir nicht lesen',
    unreadableText: (raw: string, today: string) =>
      `„${raw}“ ist kein Tag. Wählen Sie einen Tag im Datumsfeld, oder schreiben Sie ihn als JJJJ-MM-TT, zum Beispiel ${today}. Unten steht die aktuelle Liste.`,
  },
  removedPage: {
    title: (name: string) => `${name} (entfernt)`,
    description: (reason: string) => `Kein Unterauftragsverarbeiter mehr: ${reason}`,
    badge: 'Entfernt',
    text: (name: string, replaced: boolean): [string, string] => [
      `${name} ist nicht mehr einer unserer Unterauftragsverarbeiter: Er wurde am`,
      ` ${replaced ? 'ersetzt' : 'entfernt'}, wie in einer Änderungsmitteilung angekündigt.`,
    ],
    reasonInSource:
      'Der Grund steht auf Englisch, wie angekündigt: Maßgeblich ist die angekündigte englische Fassung.',
    replacedOn: 'Ersetzt am',
    removedOn: 'Entfernt am',
    changeNotice: 'Änderungsmitteilung',
    current: 'Zur aktuellen Liste:',
  },
  policyPage: {
    draft: 'Entwurf',
    effective: 'Gültig ab',
    sections: 'Abschnitte der Richtlinien',
    previous: 'Vorheriger Abschnitt',
    next: 'Nächster Abschnitt',
  },

  // annex, table, developers, page titles (their words go below this line)
}

const WORDS: Partial<Record<Locale, Partial<PortalWords>>> = { de }

/** The portal's words in `locale`. */
export const portalWords = (locale: Locale): PortalWords =>
  locale === DEFAULT_LOCALE ? en : { ...en, ...WORDS[locale] }

/** The portal's words in the language of the page being rendered. */
export const pageWords = (): PortalWords => portalWords(requestLocale())

/** The words under a code read from the address (`?status=`, `?error=`): own keys only. */
export const wordsAt = <Words>(table: Record<string, Words>, code: string): Words | undefined =>
  Object.hasOwn(table, code) ? table[code] : undefined
