// The ledger entries the change-notice life writes, built from the documents involved. What an
// entry holds is the evidence: keep these plain (strings, numbers, booleans, null).
import type { Payload, PayloadRequest } from 'payload'
import type { Change, Subprocessor } from '@/payload-types'
import { noticeSettings } from '@/changes/noticeSettings'
import { latestPublishedVersionId } from '@/changes/snapshots'
import { idOf } from '@/db/documents'
import { DEFAULT_LOCALE, LOCALE_CODES } from '@/i18n/locales'
import { noticeChangeOf, noticeMessage } from '@/notices/message'
import { entryHash, type ChainedEntry, type EvidenceData, type EvidenceEvent } from './chain'

/** Stands in for each subscriber's own signed code in the links of the notice as recorded. */
export const PERSONAL_LINK_PLACEHOLDER = 'PERSONAL-CODE'

/** Who did something: the signed-in user, or null for the server itself (a job, a script). */
export const actorOf = (user: PayloadRequest['user'] | undefined) =>
  user ? { id: String(user.id), email: String(user.email ?? ''), role: user.role ?? null } : null

async function subprocessorRef(payload: Payload, id: string | null, req?: PayloadRequest) {
  if (!id) return null
  const doc = await payload.db.findOne<Subprocessor>({
    collection: 'subprocessors',
    where: { id: { equals: id } },
    req,
  })
  return { id, name: doc?.name ?? null }
}

/**
 * The change as announced, and the notice as it is emailed: rendered by the function the sending
 * task uses (src/notices/message.ts), with a placeholder where each subscriber's own links differ.
 * `notice` is the email in the default language (the shape entries had before languages), its
 * `translations` the same email in each other language, as recipients of that language get it
 * (each delivery entry names its `language`).
 */
export async function changeAnnounced(
  payload: Payload,
  change: Change,
  req?: PayloadRequest,
): Promise<EvidenceEvent> {
  const [subprocessor, replaces, settings] = await Promise.all([
    subprocessorRef(payload, idOf(change.subprocessor), req),
    subprocessorRef(payload, idOf(change.replaces), req),
    noticeSettings(payload, req),
  ])
  const noticeIn = (locale: (typeof LOCALE_CODES)[number]) => {
    const { subject, text } = noticeMessage(
      noticeChangeOf(change),
      settings,
      String(subprocessor?.name ?? ''),
      { objectToken: PERSONAL_LINK_PLACEHOLDER, unsubscribeToken: PERSONAL_LINK_PLACEHOLDER },
      locale,
    )
    return { subject, text }
  }
  const { subject, text } = noticeIn(DEFAULT_LOCALE)
  const translations = Object.fromEntries(
    LOCALE_CODES.filter((locale) => locale !== DEFAULT_LOCALE).map((locale) => [
      locale,
      noticeIn(locale),
    ]),
  )
  return {
    type: 'change.announced',
    at: change.announcedAt ?? undefined,
    change: String(change.id),
    data: {
      id: String(change.id),
      slug: change.slug ?? null,
      title: change.title ?? null,
      kind: change.kind,
      subprocessor,
      replaces,
      reason: change.reason,
      effectiveDate: change.effectiveDate,
      urgentReason: change.urgentReason ?? null,
      announcedAt: change.announcedAt ?? null,
      noticePeriodDays: change.noticePeriodDays ?? null,
      fieldChanges: change.fieldChanges ?? [],
      versionRefs: {
        before: change.versionRefs?.before ?? null,
        after: change.versionRefs?.after ?? null,
        replaced: change.versionRefs?.replaced ?? null,
      },
      notice: {
        subject,
        text,
        language: DEFAULT_LOCALE,
        translations,
        personalLinkPlaceholder: PERSONAL_LINK_PLACEHOLDER,
      },
      by: actorOf(req?.user),
    },
  }
}

export const changeCancelled = (change: Change, req?: PayloadRequest): EvidenceEvent => ({
  type: 'change.cancelled',
  change: String(change.id),
  data: {
    id: String(change.id),
    slug: change.slug ?? null,
    effectiveDate: change.effectiveDate,
    by: actorOf(req?.user),
  },
})

/** The change in effect: the version the announcement named, and the one now published. */
export async function changeEffective(
  payload: Payload,
  change: Change,
  req?: PayloadRequest,
): Promise<EvidenceEvent> {
  const subprocessor = idOf(change.subprocessor)
  const published =
    change.kind !== 'removal' && subprocessor
      ? await latestPublishedVersionId(payload, subprocessor, req)
      : null
  const unpublished = [
    ...(change.kind === 'removal' ? [subprocessor] : []),
    ...(change.kind === 'replacement' ? [idOf(change.replaces)] : []),
  ].filter(Boolean)
  return {
    type: 'change.effective',
    at: change.appliedAt ?? undefined,
    change: String(change.id),
    data: {
      id: String(change.id),
      slug: change.slug ?? null,
      kind: change.kind,
      appliedAt: change.appliedAt ?? null,
      announcedVersion: change.versionRefs?.after ?? null,
      publishedVersion: published,
      unpublishedSubprocessors: unpublished,
    },
  }
}

/** The change could not take effect on its date: why (the list was left unchanged). */
export const changeFailed = (change: Change): EvidenceEvent => ({
  type: 'change.failed',
  at: change.failedAt ?? undefined,
  change: String(change.id),
  data: {
    id: String(change.id),
    slug: change.slug ?? null,
    effectiveDate: change.effectiveDate,
    failedAt: change.failedAt ?? null,
    reason: change.failureReason ?? null,
  },
})

/** An administrator set a failed change back to announced, to apply it on the next run. */
export const changeRetried = (change: Change, req?: PayloadRequest): EvidenceEvent => ({
  type: 'change.retried',
  change: String(change.id),
  data: { id: String(change.id), slug: change.slug ?? null, by: actorOf(req?.user) },
})

/**
 * How `change` differs from what its ledger entry says was announced, or null when it does not:
 * the version that takes effect, the subprocessors, kind and date are compared, and the entry's
 * own hash is checked. Applying a change refuses one that differs, so a direct database write to
 * its record cannot publish content nobody announced.
 */
export function differenceFromAnnouncement(
  change: Change,
  announced: { data: EvidenceData; hash: string } & ChainedEntry,
): string | null {
  if (entryHash(announced) !== announced.hash)
    return `its announcement entry #${announced.sequence} in the evidence ledger has been altered`
  const recorded = announced.data as Record<string, unknown>
  const refs = (recorded.versionRefs ?? {}) as Record<string, unknown>
  const ref = (value: unknown) =>
    value == null ? null : String((value as { id?: unknown }).id ?? value)
  const compared: Array<[string, unknown, unknown]> = [
    ['kind', change.kind, recorded.kind],
    ['subprocessor', idOf(change.subprocessor), ref(recorded.subprocessor)],
    ['replaces', idOf(change.replaces), ref(recorded.replaces)],
    [
      'effective date',
      Date.parse(change.effectiveDate),
      Date.parse(String(recorded.effectiveDate)),
    ],
    ['version that takes effect', change.versionRefs?.after ?? null, refs.after ?? null],
    ['version before', change.versionRefs?.before ?? null, refs.before ?? null],
    ['replaced version', change.versionRefs?.replaced ?? null, refs.replaced ?? null],
  ]
  const differing = compared.filter(([, now, then]) => (now ?? null) !== (then ?? null))
  return differing.length
    ? `its record no longer matches what was announced (evidence ledger entry #${announced.sequence}): ${differing.map(([name]) => name).join(', ')}`
    : null
}
