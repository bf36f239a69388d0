import { describeFieldChange, showValue as show, type FieldChange } from '@/changes/fields'
import { emailWordsIn } from '@/i18n/emailWords'
import { DEFAULT_LOCALE, localeDefinition, type Locale } from '@/i18n/locales'
import { emptyTextIn, fieldLabelIn } from '@/i18n/subprocessorWords'
import { fieldNamed } from '@/schema/subprocessor'
import { formatDateIn } from '@/utilities/dates'

// The confirmation and the change notice, in the recipient's language (words in
// src/i18n/emailWords.ts). A change's recorded texts (its reason, the values before and after)
// are evidence in the source language: another language's email shows them as recorded, says
// once that they are in English as announced, and marks them with `lang` in the HTML.

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  )

type Company = { companyName: string; contactEmail: string }

export function confirmationEmail(
  { companyName }: Company,
  confirmUrl: string,
  locale: Locale = DEFAULT_LOCALE,
) {
  const words = emailWordsIn(locale).confirmation
  const subject = words.subject(companyName)
  const text = [words.intro(companyName), '', words.openLink, confirmUrl, '', words.ignore].join(
    '\n',
  )
  const html = `<p>${escape(words.intro(companyName))}</p>
<p><a href="${escape(confirmUrl)}">${escape(words.linkText)}</a> ${escape(words.linkNote)}.</p>
<p>${escape(words.ignore)}</p>`
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
  locale?: Locale
}

const list = (names: readonly string[], and: string) =>
  names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`

/** Why the recipient gets the email, and how to stop it: as text lines. */
function footer(input: NoticeInput, locale: Locale): string[] {
  const { and, notice: words } = emailWordsIn(locale)
  const lines: string[] = []
  if (input.contactOf?.length) {
    const change = input.contactEmail ? words.changeContacts(input.contactEmail) : ''
    lines.push(`${words.contactOf(list(input.contactOf, and), input.companyName)}${change}`)
  }
  if (input.unsubscribeUrl) {
    lines.push(
      input.contactOf?.length
        ? words.alsoSubscribed(input.companyName)
        : words.subscribedBecause(input.companyName),
    )
  }
  return lines
}

/** A recorded value in `locale`'s words where it is empty; as recorded otherwise. */
function valueIn(value: FieldChange['before'], field: string, locale: Locale): string {
  if (locale === DEFAULT_LOCALE) return show(value, field)
  if (value === null) {
    const definition = fieldNamed(field)
    return (definition && emptyTextIn(definition, locale)) ?? emailWordsIn(locale).notice.none
  }
  return Array.isArray(value) ? value.join(', ') : value
}

/** The field's label in `locale`; a field retired since the change was recorded keeps its own. */
function labelIn(change: FieldChange, locale: Locale): string {
  const definition = locale === DEFAULT_LOCALE ? undefined : fieldNamed(change.field)
  return definition ? fieldLabelIn(definition, locale) : change.label
}

export function noticeEmail(input: NoticeInput) {
  const locale = input.locale ?? DEFAULT_LOCALE
  const words = emailWordsIn(locale).notice
  const inSource = locale !== DEFAULT_LOCALE
  // the recorded texts, marked as the source language's in another language's HTML
  const recorded = (value: string) =>
    inSource
      ? `<span lang="${localeDefinition(DEFAULT_LOCALE).tag}">${escape(value)}</span>`
      : escape(value)
  const when = formatDateIn(input.effectiveDate, locale)
  const headline = words.headline[input.kind as keyof typeof words.headline]
  const what = (headline ?? words.headline['material-edit'])(input.subprocessorName)
  const subject = words.subject(input.companyName, what, when)
  const lines = input.fieldChanges.map((c) =>
    inSource
      ? `- ${c.subprocessorName}, ${labelIn(c, locale)}: ${valueIn(c.before, c.field, locale)} → ${valueIn(c.after, c.field, locale)}`
      : `- ${describeFieldChange(c)}`,
  )
  const objectTo = input.contactEmail ? words.orWriteTo(input.contactEmail) : ''
  const text = [
    `${words.changing(input.companyName)}: ${what}.`,
    '',
    ...(words.recordedInSource && inSource ? [words.recordedInSource, ''] : []),
    `${words.when}: ${when}.`,
    `${words.why}: ${input.reason}`,
    ...(input.urgentReason ? [`${words.urgentWhy}: ${input.urgentReason}`] : []),
    '',
    `${words.whatChanges}:`,
    ...lines,
    '',
    `${words.details}: ${input.changeUrl}`,
    '',
    `${words.howToObject}: ${words.objectIf} ${words.objectLink(when)}${words.objectHere}: ${input.objectUrl}${objectTo}.`,
    '',
    '—',
    ...footer(input, locale),
    ...(input.unsubscribeUrl ? [`${words.unsubscribe}: ${input.unsubscribeUrl}`] : []),
  ].join('\n')
  const rows = input.fieldChanges
    .map(
      (c) =>
        `<tr><td>${escape(c.subprocessorName)}</td><td>${escape(labelIn(c, locale))}</td><td>${recorded(valueIn(c.before, c.field, locale))}</td><td>${recorded(valueIn(c.after, c.field, locale))}</td></tr>`,
    )
    .join('')
  const { table } = words
  const html = `<p>${escape(words.changing(input.companyName))}: <strong>${escape(what)}</strong>.</p>
${words.recordedInSource && inSource ? `<p>${escape(words.recordedInSource)}</p>\n` : ''}<p><strong>${escape(words.when)}:</strong> ${escape(when)}.<br><strong>${escape(words.why)}:</strong> ${recorded(input.reason)}${
    input.urgentReason
      ? `<br><strong>${escape(words.urgentWhy)}:</strong> ${recorded(input.urgentReason)}`
      : ''
  }</p>
<table border="1" cellpadding="4" cellspacing="0"><thead><tr><th>${escape(table.subprocessor)}</th><th>${escape(table.field)}</th><th>${escape(table.before)}</th><th>${escape(table.after)}</th></tr></thead><tbody>${rows}</tbody></table>
<p><a href="${escape(input.changeUrl)}">${escape(words.readOnline)}</a>.</p>
<p><strong>${escape(words.howToObject)}:</strong> ${escape(words.objectIf)} <a href="${escape(input.objectUrl)}">${escape(words.objectLink(when))}</a>${escape(objectTo)}.</p>
<hr>${footer(input, locale)
    .map((line) => `<p>${escape(line)}</p>`)
    .join(
      '',
    )}${input.unsubscribeUrl ? `<p><a href="${escape(input.unsubscribeUrl)}">${escape(words.unsubscribe)}</a>.</p>` : ''}`
  return { subject, text, html }
}
