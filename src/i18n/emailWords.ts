// The fixed words of the emails subscribers and customers' notice contacts receive (the
// confirmation and the change notice, src/notices/emails.ts), in each language. The change's own
// values are not here: a notice shows them as recorded, in the source language (the announced,
// binding text), and the field labels come from src/i18n/subprocessorWords.ts. A language without
// words here is emailed in the default language's.
import { DEFAULT_LOCALE, type Locale } from './locales'

export type EmailWords = {
  /** "A, B and C" */
  and: string
  confirmation: {
    subject: (company: string) => string
    intro: (company: string) => string
    openLink: string
    linkText: string
    linkNote: string
    ignore: string
  }
  notice: {
    subject: (company: string, what: string, when: string) => string
    /** What happens, by change kind, after "…: " ("we will start using Acme"). */
    headline: Record<
      'addition' | 'replacement' | 'removal' | 'material-edit',
      (name: string) => string
    >
    changing: (company: string) => string
    /** Said once, where the change's recorded texts are in the source language. */
    recordedInSource?: string
    when: string
    why: string
    urgentWhy: string
    whatChanges: string
    details: string
    readOnline: string
    table: { subprocessor: string; field: string; before: string; after: string }
    /** An empty value that means nothing particular. */
    none: string
    howToObject: string
    objectIf: string
    objectLink: (when: string) => string
    /** Between the link's words and the address, in the text version. */
    objectHere: string
    orWriteTo: (email: string) => string
    contactOf: (accounts: string, company: string) => string
    changeContacts: (email: string) => string
    alsoSubscribed: (company: string) => string
    subscribedBecause: (company: string) => string
    unsubscribe: string
  }
}

const en: EmailWords = {
  and: 'and',
  confirmation: {
    subject: (company) => `Confirm your subscription to ${company} subprocessor notices`,
    intro: (company) =>
      `Someone, hopefully you, asked to be emailed whenever ${company} adds, replaces or removes a subprocessor, or changes what one does with customer data.`,
    openLink: 'To confirm, open this link (it works for 7 days):',
    linkText: 'Confirm your subscription',
    linkNote: '(the link works for 7 days)',
    ignore: 'If you did not ask for this, ignore this email: you will not hear from us again.',
  },
  notice: {
    subject: (company, what, when) => `Subprocessor change at ${company}: ${what} on ${when}`,
    headline: {
      addition: (name) => `we will start using ${name}`,
      replacement: (name) => `${name} will replace a current subprocessor`,
      removal: (name) => `we will stop using ${name}`,
      'material-edit': (name) => `what ${name} does for us will change`,
    },
    changing: (company) => `${company} is changing its list of subprocessors`,
    when: 'When',
    why: 'Why',
    urgentWhy: 'Why the notice is shorter than usual',
    whatChanges: 'What changes',
    details: 'Details',
    readOnline: 'Read the change on our trust center',
    table: { subprocessor: 'Subprocessor', field: 'Field', before: 'Before', after: 'After' },
    none: '(none)',
    howToObject: 'How to object',
    objectIf: 'if you object to this change,',
    objectLink: (when) => `tell us before ${when}`,
    objectHere: ' here',
    orWriteTo: (email) => ` or write to ${email}`,
    contactOf: (accounts, company) =>
      `You get this email as the notice contact of ${accounts}: ${company} informs its customers of subprocessor changes under their data processing agreement.`,
    changeContacts: (email) => ` To change who receives them, write to ${email}.`,
    alsoSubscribed: (company) =>
      `You also subscribed to ${company} subprocessor notices on the website. Unsubscribing ends that subscription only.`,
    subscribedBecause: (company) =>
      `You get this email because you subscribed to ${company} subprocessor notices.`,
    unsubscribe: 'Unsubscribe',
  },
}

const de: EmailWords = {
  and: 'und',
  confirmation: {
    subject: (company) =>
      `Bitte bestätigen Sie Ihr Abonnement der Mitteilungen von ${company} zu Unterauftragsverarbeitern`,
    intro: (company) =>
      `Jemand, hoffentlich Sie, möchte per E-Mail benachrichtigt werden, sobald ${company} einen Unterauftragsverarbeiter hinzufügt, ersetzt oder entfernt oder ändert, was einer mit Kundendaten tut.`,
    openLink: 'Öffnen Sie zur Bestätigung diesen Link (er ist 7 Tage gültig):',
    linkText: 'Abonnement bestätigen',
    linkNote: '(der Link ist 7 Tage gültig)',
    ignore:
      'Falls Sie das nicht angefordert haben, ignorieren Sie diese E-Mail: Sie hören dann nicht wieder von uns.',
  },
  notice: {
    subject: (company, what, when) =>
      `Änderung der Unterauftragsverarbeiter bei ${company} zum ${when}: ${what}`,
    headline: {
      addition: (name) => `wir setzen künftig ${name} ein`,
      replacement: (name) => `${name} ersetzt einen bisherigen Unterauftragsverarbeiter`,
      removal: (name) => `wir setzen ${name} nicht mehr ein`,
      'material-edit': (name) => `was ${name} für uns tut, ändert sich`,
    },
    changing: (company) => `Die Liste der Unterauftragsverarbeiter von ${company} ändert sich`,
    recordedInSource:
      'Der Grund und die Angaben zur Änderung stehen auf Englisch, wie angekündigt: Maßgeblich ist die angekündigte englische Fassung.',
    when: 'Wirksam ab',
    why: 'Grund',
    urgentWhy: 'Warum die Frist kürzer ist als üblich',
    whatChanges: 'Was sich ändert',
    details: 'Einzelheiten',
    readOnline: 'Die Änderung in unserem Trust Center lesen',
    table: {
      subprocessor: 'Unterauftragsverarbeiter',
      field: 'Angabe',
      before: 'Bisher',
      after: 'Künftig',
    },
    none: '(keine)',
    howToObject: 'Widerspruch',
    objectIf: 'Wenn Sie dieser Änderung widersprechen,',
    objectLink: (when) => `teilen Sie uns das vor dem ${when} mit`,
    objectHere: '',
    orWriteTo: (email) => ` oder schreiben Sie an ${email}`,
    contactOf: (accounts, company) =>
      `Sie erhalten diese E-Mail als Kontakt für Änderungsmitteilungen von ${accounts}: Kunden von ${company} werden nach ihrem Auftragsverarbeitungsvertrag über Änderungen bei Unterauftragsverarbeitern informiert.`,
    changeContacts: (email) =>
      ` Wenn andere Personen diese E-Mails erhalten sollen, schreiben Sie an ${email}.`,
    alsoSubscribed: (company) =>
      `Sie haben die Mitteilungen von ${company} zu Unterauftragsverarbeitern außerdem auf der Website abonniert. Eine Abmeldung beendet nur dieses Abonnement.`,
    subscribedBecause: (company) =>
      `Sie erhalten diese E-Mail, weil Sie die Mitteilungen von ${company} zu Unterauftragsverarbeitern abonniert haben.`,
    unsubscribe: 'Abmelden',
  },
}

const WORDS: Partial<Record<Locale, EmailWords>> = { en, de }

/** The emails' words in `locale`, or in the default language's when it has none. */
export const emailWordsIn = (locale: Locale): EmailWords =>
  WORDS[locale] ?? WORDS[DEFAULT_LOCALE] ?? en
