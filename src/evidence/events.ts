// The ledger entries the change-notice life writes, built from the documents involved. What an
// entry holds is the evidence: keep these plain (strings, numbers, booleans, null).
import type { Payload, PayloadRequest } from 'payload'
import type { Change, Subprocessor } from '@/payload-types'
import { noticeSettings } from '@/changes/noticeSettings'
import { latestPublishedVersionId } from '@/changes/snapshots'
import { idOf } from '@/db/documents'
import { noticeChangeOf, noticeMessage } from '@/notices/message'
import type { EvidenceEvent } from './chain'

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
  const { subject, text } = noticeMessage(
    noticeChangeOf(change),
    settings,
    String(subprocessor?.name ?? ''),
    { objectToken: PERSONAL_LINK_PLACEHOLDER, unsubscribeToken: PERSONAL_LINK_PLACEHOLDER },
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
      notice: { subject, text, personalLinkPlaceholder: PERSONAL_LINK_PLACEHOLDER },
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
