// The emails of the document-access flow, as plain text and HTML, in the visitor's language (the
// words in src/i18n/accessEmailWords.ts).
import { accessEmailWordsIn } from '@/i18n/accessEmailWords'
import { DEFAULT_LOCALE, type Locale } from '@/i18n/locales'
import { formatDateIn } from '@/utilities/dates'

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  )

type Message = { subject: string; text: string; html: string }

const message = (subject: string, paragraphs: (string | { link: string; label: string })[]) => ({
  subject,
  text: paragraphs.map((p) => (typeof p === 'string' ? p : `${p.label}:\n${p.link}`)).join('\n\n'),
  html: paragraphs
    .map((p) =>
      typeof p === 'string'
        ? `<p>${escape(p).replace(/\n/g, '<br>')}</p>`
        : `<p><a href="${escape(p.link)}">${escape(p.label)}</a></p>`,
    )
    .join('\n'),
})

export const confirmRequestEmail = (
  company: string,
  document: string,
  link: string,
  hours: number,
  locale: Locale = DEFAULT_LOCALE,
): Message => {
  const words = accessEmailWordsIn(locale).confirm
  return message(words.subject(document), [
    words.intro(company, document),
    words.openLink(hours),
    { link, label: words.linkText },
    words.ignore,
  ])
}

export const grantedEmail = (
  company: string,
  document: string,
  link: string,
  expiresAt: string,
  note?: string | null,
  locale: Locale = DEFAULT_LOCALE,
): Message => {
  const words = accessEmailWordsIn(locale)
  return message(words.granted.subject(document), [
    words.granted.intro(company, document, formatDateIn(expiresAt, locale)),
    ...(note ? [words.note(company, note)] : []),
    words.granted.openLink,
    { link, label: words.granted.linkText },
  ])
}

export const deniedEmail = (
  company: string,
  document: string,
  note?: string | null,
  locale: Locale = DEFAULT_LOCALE,
): Message => {
  const words = accessEmailWordsIn(locale)
  return message(words.denied.subject(document), [
    words.denied.intro(company, document),
    ...(note ? [words.note(company, note)] : []),
    words.denied.mistake,
  ])
}

export const signInEmail = (
  company: string,
  link: string,
  locale: Locale = DEFAULT_LOCALE,
): Message => {
  const words = accessEmailWordsIn(locale).signIn
  return message(words.subject(company), [
    words.intro,
    { link, label: words.linkText },
    words.ignore,
  ])
}

/** For the approvers: staff, in the source language. */
export const approvalNeededEmail = (
  document: string,
  requester: { name: string; email: string; company: string; reason: string },
  adminLink: string,
): Message =>
  message(`Access request to approve: "${document}"`, [
    `${requester.name} (${requester.email}, ${requester.company}) accepted the NDA and asks for "${document}".`,
    `Reason given: ${requester.reason}`,
    { link: adminLink, label: 'Approve or deny in the admin' },
  ])
