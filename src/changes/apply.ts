import type { Payload } from 'payload'
import type { Change } from '@/payload-types'
import { subprocessorFields } from '@/schema/subprocessor'
import { idOf } from '@/db/documents'

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
  const saved = version.version
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
    await applyChange(payload, change, now)
    applied.push(String(change.id))
  }
  return applied
}
