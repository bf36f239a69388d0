// The fixed words of the emails a visitor asking for a confidential document receives
// (src/document-access/emails.ts), in each language: written in the language of the page the
// request (or the new sign-in link) was asked for on. The document's title comes in that language
// from the CMS; a note from staff is shown as they wrote it. The email to the approvers is for
// staff, in the source language. A language without words here is emailed in the default's.
import { DEFAULT_LOCALE, type Locale } from './locales'

export type AccessEmailWords = {
  confirm: {
    subject: (document: string) => string
    intro: (company: string, document: string) => string
    openLink: (hours: number) => string
    linkText: string
    ignore: string
  }
  granted: {
    subject: (document: string) => string
    intro: (company: string, document: string, until: string) => string
    openLink: string
    linkText: string
  }
  denied: {
    subject: (document: string) => string
    intro: (company: string, document: string) => string
    mistake: string
  }
  signIn: {
    subject: (company: string) => string
    intro: string
    linkText: string
    ignore: string
  }
  /** Before a note staff added to their decision. */
  note: (company: string, note: string) => string
}

const en: AccessEmailWords = {
  confirm: {
    subject: (document) => `Confirm your request for "${document}"`,
    intro: (company, document) =>
      `Someone, hopefully you, asked ${company} for the document "${document}".`,
    openLink: (hours) =>
      `To confirm this is your address and continue, open this link (it works for ${hours} hours). You will be asked to accept a non-disclosure agreement.`,
    linkText: 'Confirm and continue',
    ignore: 'If you did not ask for this, ignore this email: nothing happens without you.',
  },
  granted: {
    subject: (document) => `Your access to "${document}"`,
    intro: (company, document, until) =>
      `${company} has given you access to "${document}" until ${until}.`,
    openLink:
      'Open this link to sign in and download it. The link works once; the sign-in lasts until your access ends. Each copy you download is marked with your name and email address.',
    linkText: 'Sign in and download',
  },
  denied: {
    subject: (document) => `Your request for "${document}"`,
    intro: (company, document) => `${company} has declined your request for "${document}".`,
    mistake: 'If you think this is a mistake, reply to your contact at the company.',
  },
  signIn: {
    subject: (company) => `Sign in to the ${company} trust center`,
    intro:
      'Here is a new link to sign in and download the documents you have access to. It works once, for 24 hours.',
    linkText: 'Sign in',
    ignore: 'If you did not ask for this, ignore this email.',
  },
  note: (company, note) => `Note from ${company}: ${note}`,
}

const de: AccessEmailWords = {
  confirm: {
    subject: (document) => `Bitte bestätigen Sie Ihre Anfrage für „${document}“`,
    intro: (company, document) =>
      `Jemand, hoffentlich Sie, hat bei ${company} das Dokument „${document}“ angefragt.`,
    openLink: (hours) =>
      `Um zu bestätigen, dass dies Ihre Adresse ist, und fortzufahren, öffnen Sie diesen Link (er ist ${hours} Stunden gültig). Sie werden gebeten, eine Geheimhaltungsvereinbarung zu akzeptieren.`,
    linkText: 'Bestätigen und fortfahren',
    ignore:
      'Falls Sie das nicht angefragt haben, ignorieren Sie diese E-Mail: Ohne Ihr Zutun geschieht nichts.',
  },
  granted: {
    subject: (document) => `Ihr Zugriff auf „${document}“`,
    intro: (company, document, until) =>
      `${company} hat Ihnen bis zum ${until} Zugriff auf „${document}“ gewährt.`,
    openLink:
      'Öffnen Sie diesen Link, um sich anzumelden und das Dokument herunterzuladen. Der Link funktioniert einmal; die Anmeldung gilt, bis Ihr Zugriff endet. Jedes heruntergeladene Exemplar wird mit Ihrem Namen und Ihrer E-Mail-Adresse gekennzeichnet.',
    linkText: 'Anmelden und herunterladen',
  },
  denied: {
    subject: (document) => `Ihre Anfrage für „${document}“`,
    intro: (company, document) => `${company} hat Ihre Anfrage für „${document}“ abgelehnt.`,
    mistake:
      'Wenn Sie das für einen Irrtum halten, wenden Sie sich an Ihren Ansprechpartner im Unternehmen.',
  },
  signIn: {
    subject: (company) => `Anmeldung im Trust Center von ${company}`,
    intro:
      'Hier ist ein neuer Link, mit dem Sie sich anmelden und die Dokumente herunterladen können, auf die Sie Zugriff haben. Er funktioniert einmal und ist 24 Stunden gültig.',
    linkText: 'Anmelden',
    ignore: 'Falls Sie das nicht angefragt haben, ignorieren Sie diese E-Mail.',
  },
  note: (company, note) => `Hinweis von ${company}: ${note}`,
}

const WORDS: Partial<Record<Locale, AccessEmailWords>> = { en, de }

/** The document-access emails' words in `locale` (the default language's if it has none). */
export const accessEmailWordsIn = (locale: Locale): AccessEmailWords =>
  WORDS[locale] ?? WORDS[DEFAULT_LOCALE] ?? en
