// The emails of the document-access flow, as plain text and HTML.
import { formatDate } from '@/utilities/dates'

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
): Message =>
  message(`Confirm your request for "${document}"`, [
    `Someone, hopefully you, asked ${company} for the document "${document}".`,
    `To confirm this is your address and continue, open this link (it works for ${hours} hours). You will be asked to accept a non-disclosure agreement.`,
    { link, label: 'Confirm and continue' },
    'If you did not ask for this, ignore this email: nothing happens without you.',
  ])

export const grantedEmail = (
  company: string,
  document: string,
  link: string,
  expiresAt: string,
  note?: string | null,
): Message =>
  message(`Your access to "${document}"`, [
    `${company} has given you access to "${document}" until ${formatDate(expiresAt)}.`,
    ...(note ? [`Note from ${company}: ${note}`] : []),
    'Open this link to sign in and download it. The link works once; the sign-in lasts until your access ends. Each copy you download is marked with your name and email address.',
    { link, label: 'Sign in and download' },
  ])

export const deniedEmail = (company: string, document: string, note?: string | null): Message =>
  message(`Your request for "${document}"`, [
    `${company} has declined your request for "${document}".`,
    ...(note ? [`Note from ${company}: ${note}`] : []),
    'If you think this is a mistake, reply to your contact at the company.',
  ])

export const signInEmail = (company: string, link: string): Message =>
  message(`Sign in to the ${company} trust center`, [
    'Here is a new link to sign in and download the documents you have access to. It works once, for 24 hours.',
    { link, label: 'Sign in' },
    'If you did not ask for this, ignore this email.',
  ])

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
