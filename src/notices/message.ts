import type { FieldChange } from '@/changes/fields'
import type { noticeSettings } from '@/changes/noticeSettings'
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
 * The notice one subscriber receives. The sending task and the admin's announce preview both call
 * this, so the preview shows the email exactly as it will be sent, personal links apart.
 */
export function noticeMessage(
  change: NoticeChange,
  settings: Settings,
  subprocessorName: string,
  links: RecipientLinks,
) {
  const unsubscribeUrl = links.unsubscribeToken
    ? absoluteUrl(`/notices/unsubscribe?token=${encodeURIComponent(links.unsubscribeToken)}`)
    : null
  const objectUrl = absoluteUrl(
    `/changes/${change.slug}/object?token=${encodeURIComponent(links.objectToken)}`,
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
    changeUrl: absoluteUrl(`/changes/${change.slug}`),
    objectUrl,
    unsubscribeUrl,
    contactOf: links.contactOf,
  })
  return { ...message, unsubscribeUrl }
}
