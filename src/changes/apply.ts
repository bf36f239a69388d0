import type { Payload } from 'payload'
import type { Change } from '@/payload-types'
import { subprocessorFields } from '@/schema/subprocessor'
import { withCurrentShape } from '@/schema/subprocessorValues'
import { idOf } from '@/db/documents'
import { absoluteUrl } from '@/site/url'
import { formatDateTime } from '@/utilities/dates'
import { describePublishingErrors, publishingErrors } from './validate'
import { differenceFromAnnouncement } from '@/evidence/events'
import { entriesForChange } from '@/evidence/ledger'
import { claimOnce } from '@/db/claims'
import type { MongooseAdapter } from '@payloadcms/db-mongodb'

// The list changes legally on the effective date, even when the job runs a little later.
const contextFor = (change: Change) => ({
  applyingChange: String(change.id),
  effectiveAt: change.effectiveDate,
})

async function publishAnnouncedVersion(
  payload: Payload,
  subprocessorId: string,
  versionId: string,
  change: Change,
) {
  const version = await payload.findVersionByID({
    collection: 'subprocessors',
    id: versionId,
    depth: 0,
    overrideAccess: true,
  })
  // (a version saved before issue 13 in the shape of its time: src/schema/subprocessorValues.ts)
  const saved = withCurrentShape(version.version)
  // Checked before anything is written, so a change that cannot apply leaves the list untouched.
  const invalid = await publishingErrors(payload, subprocessorId, saved)
  if (invalid.length) throw new Error(describePublishingErrors(String(saved.name), invalid))
  // Exactly what was announced: later draft edits of the same subprocessor are not carried along.
  const data: Record<string, unknown> = { slug: saved.slug, _status: 'published' }
  for (const { name } of subprocessorFields) data[name] = saved[name] ?? null
  await payload.update({
    collection: 'subprocessors',
    id: subprocessorId,
    data,
    overrideAccess: true,
    context: contextFor(change),
  })
}

async function unpublish(payload: Payload, subprocessorId: string, change: Change) {
  await payload.update({
    collection: 'subprocessors',
    id: subprocessorId,
    data: { _status: 'draft' },
    overrideAccess: true,
    context: contextFor(change),
  })
}

/** Puts one announced change into effect on the published list, and marks it effective. */
export async function applyChange(payload: Payload, change: Change, now = new Date()) {
  const changeId = String(change.id)
  // Exactly what the ledger says was announced (a change announced before the ledger existed has
  // no entry to compare with).
  // (only that entry: a change's notice deliveries can be thousands of entries)
  const [announced] = await entriesForChange(payload, changeId, 'change.announced')
  const difference = announced && differenceFromAnnouncement(change, announced)
  if (difference) throw new Error(`This change was not applied: ${difference}.`)
  const subprocessorId = idOf(change.subprocessor)!
  const after = change.versionRefs?.after
  if (
    (change.kind === 'addition' ||
      change.kind === 'replacement' ||
      change.kind === 'material-edit') &&
    after
  ) {
    await publishAnnouncedVersion(payload, subprocessorId, after, change)
  }
  if (change.kind === 'removal') await unpublish(payload, subprocessorId, change)
  if (change.kind === 'replacement' && idOf(change.replaces))
    await unpublish(payload, idOf(change.replaces)!, change)
  await payload.update({
    collection: 'changes',
    id: changeId,
    data: { status: 'effective', appliedAt: now.toISOString() },
    overrideAccess: true,
    context: contextFor(change),
  })
}

/**
 * Puts `change` into effect, or, when that fails (a draft that can no longer be published, a
 * database error), marks it failed with the reason and emails every administrator. Never throws:
 * one broken change must not hold up the others due at the same time.
 */
export async function applyOrMarkFailed(payload: Payload, change: Change, now = new Date()) {
  try {
    await applyChange(payload, change, now)
    return true
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).slice(0, 2000)
    payload.logger.error({ err: error, change: change.id }, 'A change could not take effect')
    try {
      await markFailed(payload, change, reason, now)
    } catch (markError) {
      payload.logger.error({ err: markError, change: change.id }, 'Could not mark change failed')
    }
    return false
  }
}

async function markFailed(payload: Payload, change: Change, reason: string, now: Date) {
  await payload.update({
    collection: 'changes',
    id: change.id,
    data: { status: 'failed', failedAt: now.toISOString(), failureReason: reason },
    overrideAccess: true,
    context: contextFor(change),
  })
  const { docs: admins } = await payload.find({
    collection: 'users',
    where: { role: { equals: 'admin' } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { email: true },
  })
  const link = absoluteUrl(`/admin/collections/changes/${change.id}`)
  await Promise.all(
    admins.map(({ email }) =>
      payload
        .sendEmail({
          to: email,
          subject: `Action needed: "${change.title}" could not take effect`,
          text: [
            `The announced change "${change.title}" was due to take effect on ${formatDateTime(change.effectiveDate)}, but it could not:`,
            '',
            reason,
            '',
            'The published subprocessor list is unchanged, and other changes still take effect on their dates.',
            `Fix the problem, then open the change and set its status back to "Announced" to retry: ${link}`,
          ].join('\n'),
        })
        .catch((error: unknown) =>
          payload.logger.error({ err: error, to: email }, 'Could not email an administrator'),
        ),
    ),
  )
}

/**
 * Only one runner applies a change: two workers (each schedules `applyDueChanges` every minute)
 * may run it at the same moment. The claim names the change as it stands (`updatedAt`: a failed
 * change set back to announced is a new claim) and a ten-minute window, so a runner that died
 * holding one leaves the change to the next window rather than never.
 */
const CLAIM_WINDOW_MS = 10 * 60_000
const claimApplying = (payload: Payload, change: Change) =>
  claimOnce(
    payload.db as MongooseAdapter,
    `apply:${change.id}@${change.updatedAt}#${Math.floor(Date.now() / CLAIM_WINDOW_MS)}`,
  )

/** applyOrMarkFailed, by the one runner that claims the change; false for the others. */
export async function applyOnce(payload: Payload, change: Change, now = new Date()) {
  if (!(await claimApplying(payload, change))) return false
  return applyOrMarkFailed(payload, change, now)
}

/** How long an urgent announcement waits for another runner that claimed its change first. */
const AWAIT_OTHER_RUNNER_MS = 15_000

/**
 * An urgent change announced for now, from the announcement's own hook: applied here, or, when
 * the jobs queue claimed it first (each run looks for due changes, and sees this one as soon as it
 * is saved, before this hook runs), once that runner has put it into effect. Either way the
 * announcement answers only after the list changed, and the hook's revalidation, which follows,
 * covers it: a read after the answer sees the change in effect. Waits at most
 * AWAIT_OTHER_RUNNER_MS (a runner that died leaves the change to the next window, see below).
 */
export async function applyAnnouncedNow(payload: Payload, change: Change, now = new Date()) {
  if (await claimApplying(payload, change)) return applyOrMarkFailed(payload, change, now)
  const deadline = Date.now() + AWAIT_OTHER_RUNNER_MS
  while (Date.now() < deadline) {
    const current = await payload.findByID({
      collection: 'changes',
      id: change.id,
      depth: 0,
      overrideAccess: true,
      select: { status: true },
    })
    if (current.status !== 'announced') return current.status === 'effective'
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return false
}

/**
 * Every announced change whose effective date has come. Run each minute by the jobs queue
 * (task `applyDueChanges`), and at once when an urgent change is announced for now.
 */
export async function applyDueChanges(payload: Payload, now = new Date()): Promise<string[]> {
  const { docs } = await payload.find({
    collection: 'changes',
    where: {
      and: [
        { status: { equals: 'announced' } },
        { effectiveDate: { less_than_equal: now.toISOString() } },
      ],
    },
    sort: 'effectiveDate',
    limit: 100,
    depth: 0,
    overrideAccess: true,
  })
  const applied: string[] = []
  for (const change of docs) {
    if (await applyOnce(payload, change, now)) applied.push(String(change.id))
  }
  return applied
}
