import type { FieldChange } from '@/changes/fields'
import type { noticeSettings } from '@/changes/noticeSettings'
import { DEFAULT_LOCALE, type Locale } from '@/i18n/locales'
import { localePath } from '@/i18n/paths'
import { absoluteUrl } from '@/site/url'
import { noticeEmail } from './emails'

type Settings = Awaited<ReturnType<typeof noticeSettings>>

/** What a notice is made of: the change as it is (or will be) announced. */
export type NoticeChange = {
  title: string
  kind: string
  slug: string
  effectiveDate: string
  reason: string
  urgentReason?: string | null
  fieldChanges: FieldChange[]
}

/** The notice's content of a saved change notice (the sending task and the evidence ledger). */
export const noticeChangeOf = (change: {
  title?: string | null
  kind: string
  slug?: string | null
  effectiveDate: string
  reason: string
  urgentReason?: string | null
  fieldChanges?: unknown
}): NoticeChange => ({
  title: String(change.title),
  kind: String(change.kind),
  slug: String(change.slug),
  effectiveDate: String(change.effectiveDate),
  reason: String(change.reason),
  urgentReason: change.urgentReason,
  fieldChanges: (change.fieldChanges ?? []) as FieldChange[],
})

/**
 * Each recipient's own links, signed for that person: objecting, and unsubscribing for someone who
 * subscribed on the website (a customer's notice contact who did not has no unsubscribe link), and
 * the customers the recipient is the notice contact of.
 */
export type RecipientLinks = {
  objectToken: string
  unsubscribeToken: string | null
  contactOf?: readonly string[]
}

/**
 * The notice one subscriber receives, in `locale` (the recipient's language), its links to the
 * portal's pages in that language. The sending task, the admin's announce preview and the evidence
 * ledger all call this, so they show the email exactly as it is sent, personal links apart.
 * `unsubscribeUrl` is the one-click address (RFC 8058) of the List-Unsubscribe header, the same in
 * every language; in the default language the email's own link is that address too (as before
 * languages), in the others it opens the unsubscribe page in the recipient's language.
 */
export function noticeMessage(
  change: NoticeChange,
  settings: Settings,
  subprocessorName: string,
  links: RecipientLinks,
  locale: Locale = DEFAULT_LOCALE,
) {
  const token = links.unsubscribeToken && encodeURIComponent(links.unsubscribeToken)
  const unsubscribeUrl = token ? absoluteUrl(`/notices/unsubscribe?token=${token}`) : null
  const unsubscribePage =
    token && locale !== DEFAULT_LOCALE
      ? absoluteUrl(localePath(locale, `/subscribe/unsubscribe?token=${token}`))
      : unsubscribeUrl
  const objectUrl = absoluteUrl(
    localePath(
      locale,
      `/changes/${change.slug}/object?token=${encodeURIComponent(links.objectToken)}`,
    ),
  )
  const message = noticeEmail({
    ...settings,
    title: change.title,
    kind: change.kind,
    subprocessorName,
    effectiveDate: change.effectiveDate,
    reason: change.reason,
    urgentReason: change.urgentReason,
    fieldChanges: change.fieldChanges,
    changeUrl: absoluteUrl(localePath(locale, `/changes/${change.slug}`)),
    objectUrl,
    unsubscribeUrl: unsubscribePage,
    contactOf: links.contactOf,
    locale,
  })
  return { ...message, unsubscribeUrl }
}
