import { describeFieldChange, showValue as show, type FieldChange } from '@/changes/fields'
import { formatDate } from '@/utilities/dates'

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  )

type Company = { companyName: string; contactEmail: string }

export function confirmationEmail({ companyName }: Company, confirmUrl: string) {
  const subject = `Confirm your subscription to ${companyName} subprocessor notices`
  const text = [
    `Someone, hopefully you, asked to be emailed whenever ${companyName} adds, replaces or removes a subprocessor, or changes what one does with customer data.`,
    '',
    `To confirm, open this link (it works for 7 days):`,
    confirmUrl,
    '',
    'If you did not ask for this, ignore this email: you will not hear from us again.',
  ].join('\n')
  const html = `<p>Someone, hopefully you, asked to be emailed whenever ${escape(companyName)} adds, replaces or removes a subprocessor, or changes what one does with customer data.</p>
<p><a href="${escape(confirmUrl)}">Confirm your subscription</a> (the link works for 7 days).</p>
<p>If you did not ask for this, ignore this email: you will not hear from us again.</p>`
  return { subject, text, html }
}

type NoticeInput = Company & {
  title: string
  kind: string
  subprocessorName: string
  effectiveDate: string
  reason: string
  urgentReason?: string | null
  fieldChanges: FieldChange[]
  changeUrl: string
  objectUrl: string
  /** null for a notice contact who never subscribed on the website: nothing to unsubscribe from */
  unsubscribeUrl: string | null
  /** the organisations whose notice contact the recipient is (customer accounts) */
  contactOf?: readonly string[]
}

const list = (names: readonly string[]) =>
  names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`

/** Why the recipient gets the email, and how to stop it: as text lines. */
function footer(input: NoticeInput): string[] {
  const lines: string[] = []
  if (input.contactOf?.length) {
    const change = input.contactEmail
      ? ` To change who receives them, write to ${input.contactEmail}.`
      : ''
    lines.push(
      `You get this email as the notice contact of ${list(input.contactOf)}: ${input.companyName} informs its customers of subprocessor changes under their data processing agreement.${change}`,
    )
  }
  if (input.unsubscribeUrl) {
    lines.push(
      input.contactOf?.length
        ? `You also subscribed to ${input.companyName} subprocessor notices on the website. Unsubscribing ends that subscription only.`
        : `You get this email because you subscribed to ${input.companyName} subprocessor notices.`,
    )
  }
  return lines
}

const headline: Record<string, (name: string) => string> = {
  addition: (name) => `we will start using ${name}`,
  replacement: (name) => `${name} will replace a current subprocessor`,
  removal: (name) => `we will stop using ${name}`,
  'material-edit': (name) => `what ${name} does for us will change`,
}

export function noticeEmail(input: NoticeInput) {
  const when = formatDate(input.effectiveDate)
  const what = (headline[input.kind] ?? headline['material-edit'])(input.subprocessorName)
  const subject = `Subprocessor change at ${input.companyName}: ${what} on ${when}`
  const lines = input.fieldChanges.map((c) => `- ${describeFieldChange(c)}`)
  const objectTo = input.contactEmail ? ` or write to ${input.contactEmail}` : ''
  const text = [
    `${input.companyName} is changing its list of subprocessors: ${what}.`,
    '',
    `When: ${when}.`,
    `Why: ${input.reason}`,
    ...(input.urgentReason ? [`Why the notice is shorter than usual: ${input.urgentReason}`] : []),
    '',
    'What changes:',
    ...lines,
    '',
    `Details: ${input.changeUrl}`,
    '',
    `How to object: if you object to this change, tell us before ${when} here: ${input.objectUrl}${objectTo}.`,
    '',
    '—',
    ...footer(input),
    ...(input.unsubscribeUrl ? [`Unsubscribe: ${input.unsubscribeUrl}`] : []),
  ].join('\n')
  const rows = input.fieldChanges
    .map(
      (c) =>
        `<tr><td>${escape(c.subprocessorName)}</td><td>${escape(c.label)}</td><td>${escape(show(c.before, c.field))}</td><td>${escape(show(c.after, c.field))}</td></tr>`,
    )
    .join('')
  const html = `<p>${escape(input.companyName)} is changing its list of subprocessors: <strong>${escape(what)}</strong>.</p>
<p><strong>When:</strong> ${escape(when)}.<br><strong>Why:</strong> ${escape(input.reason)}${
    input.urgentReason
      ? `<br><strong>Why the notice is shorter than usual:</strong> ${escape(input.urgentReason)}`
      : ''
  }</p>
<table border="1" cellpadding="4" cellspacing="0"><thead><tr><th>Subprocessor</th><th>Field</th><th>Before</th><th>After</th></tr></thead><tbody>${rows}</tbody></table>
<p><a href="${escape(input.changeUrl)}">Read the change on our trust center</a>.</p>
<p><strong>How to object:</strong> if you object to this change, <a href="${escape(input.objectUrl)}">tell us before ${escape(when)}</a>${escape(objectTo)}.</p>
<hr>${footer(input)
    .map((line) => `<p>${escape(line)}</p>`)
    .join(
      '',
    )}${input.unsubscribeUrl ? `<p><a href="${escape(input.unsubscribeUrl)}">Unsubscribe</a>.</p>` : ''}`
  return { subject, text, html }
}
