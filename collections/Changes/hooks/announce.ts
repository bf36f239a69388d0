import {
  APIError,
  ValidationError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type Payload,
  type PayloadRequest,
} from 'payload'
import type { Change, Subprocessor } from '@/payload-types'
import { describeFieldChange, diffSnapshots, isMaterial, type FieldChange } from '@/changes/fields'
import { noticeSettings } from '@/changes/noticeSettings'
import { idOf } from '@/db/documents'
import { DAY_MS, formatDate } from '@/utilities/dates'
import {
  latestPublishedVersionId,
  latestVersion,
  publishedDoc,
  readableSnapshot,
} from '@/changes/snapshots'

export type FieldError = { path: string; message: string }

const kindWords: Record<Change['kind'], string> = {
  addition: 'new subprocessor',
  replacement: 'replacement',
  removal: 'removal',
  'material-edit': 'change',
}
const lockedAfterAnnouncement = [
  'kind',
  'subprocessor',
  'replaces',
  'reason',
  'effectiveDate',
  'urgentReason',
] as const satisfies readonly (keyof Change)[]

// Relationship values arrive as ids or documents, dates as strings with or without milliseconds.
const comparable = (value: unknown) => {
  const text = value instanceof Date ? value.toISOString() : idOf(value)
  return text && /^\d{4}-\d\d-\d\dT/.test(text) ? String(Date.parse(text)) : text
}
const same = (a: unknown, b: unknown) => comparable(a) === comparable(b)

const refuse = (errors: FieldError[]): never => {
  throw new ValidationError({ collection: 'changes', errors })
}

/**
 * Guards a change notice's life: draft → announced (checked against the notice period and the
 * subprocessor's saved versions, which give the field-by-field changes) → effective (only by the
 * scheduled job) or cancelled. What was announced can no longer be edited.
 */
export const announceChange: CollectionBeforeChangeHook<Change> = async ({
  data,
  originalDoc,
  req,
}) => {
  const previous = originalDoc?.status ?? 'draft'
  const next = data.status ?? previous
  if (req.context.applyingChange) return data

  if (previous !== 'draft') {
    const edited = lockedAfterAnnouncement.filter(
      (f) => f in data && !same(data[f], originalDoc?.[f]),
    )
    if (edited.length) {
      refuse(
        edited.map((path) => ({
          path,
          message:
            'This change has been announced and can no longer be edited. Cancel it and announce a new one instead.',
        })),
      )
    }
    if (next === previous) return data
    if (previous === 'announced' && next === 'cancelled') return data
    refuse([
      {
        path: 'status',
        message:
          previous === 'announced'
            ? 'An announced change can only be cancelled (before its effective date).'
            : `A change that is ${previous} cannot be changed any more.`,
      },
    ])
  }
  const merged = { ...originalDoc, ...data }
  const subprocessorId = idOf(merged.subprocessor)
  const subprocessor = subprocessorId
    ? await req.payload.db.findOne<Subprocessor>({
        collection: 'subprocessors',
        where: { id: { equals: subprocessorId } },
        req,
      })
    : null
  const title = changeTitle(subprocessor, merged.kind)

  if (next === 'effective')
    refuse([
      {
        path: 'status',
        message: 'A change takes effect by itself on its effective date. Announce it first.',
      },
    ])
  if (next !== 'announced') return { ...data, title }
  const { errors, announcement } = await checkAnnouncement(req.payload, merged, subprocessor, req)
  if (errors.length || !announcement) return refuse(errors)
  return { ...data, ...announcement, title }
}

export const changeTitle = (
  subprocessor: Pick<Subprocessor, 'name'> | null,
  kind?: Change['kind'] | null,
) =>
  subprocessor ? `${subprocessor.name}: ${(kind && kindWords[kind]) || 'change'}` : 'Change notice'

export type Announcement = {
  status: 'announced'
  announcedAt: string
  noticePeriodDays: number
  fieldChanges: FieldChange[]
  fieldChangesText: string
  versionRefs: NonNullable<Change['versionRefs']>
  slug: string
}

/**
 * What announcing `change` now would record, or why it cannot be announced. Reads only: the
 * announce hook and the admin's announce preview share it, so the preview shows what will happen.
 */
export async function checkAnnouncement(
  payload: Payload,
  change: Partial<Change>,
  subprocessor: Subprocessor | null,
  req: PayloadRequest,
): Promise<{ errors: FieldError[]; announcement: Announcement | null }> {
  const errors: FieldError[] = []
  const { noticePeriodDays } = await noticeSettings(payload, req)
  const now = new Date()
  const effective = new Date(String(change.effectiveDate))
  const earliest = new Date(now.getTime() + noticePeriodDays * DAY_MS)
  const urgent = typeof change.urgentReason === 'string' && change.urgentReason.trim() !== ''

  if (Number.isNaN(effective.getTime()))
    errors.push({ path: 'effectiveDate', message: 'Choose the date this change takes effect.' })
  else if (effective.getTime() < now.getTime() - 60_000) {
    errors.push({
      path: 'effectiveDate',
      message: 'The effective date is in the past. Choose today or a later date.',
    })
  } else if (effective < earliest && !urgent) {
    errors.push({
      path: 'effectiveDate',
      message: `Customers must get ${noticePeriodDays} days' notice: choose ${formatDate(earliest)} or later, or explain under "Reason for a shorter notice" why this change is urgent.`,
    })
  }
  if (!subprocessor) {
    errors.push({ path: 'subprocessor', message: 'Choose the subprocessor this change is about.' })
    return { errors, announcement: null }
  }

  const { id, name } = subprocessor
  const published = await publishedDoc(payload, id, req)
  const latest = await latestVersion(payload, id, req)
  let fieldChanges: FieldChange[] = []
  const versionRefs: NonNullable<Change['versionRefs']> = {
    before: null,
    after: null,
    replaced: null,
  }
  const kind = change.kind

  if (kind === 'addition' || kind === 'replacement') {
    if (published)
      errors.push({
        path: 'subprocessor',
        message: `${name} is already published. A new subprocessor must be saved as a draft, not published, until its notice period ends.`,
      })
    else if (latest) {
      const after = await readableSnapshot(payload, latest.version, req)
      fieldChanges = diffSnapshots({ id, name }, null, after)
      versionRefs.after = String(latest.id)
    }
  }
  if (kind === 'replacement') {
    const replacedId = idOf(change.replaces)
    const replaced = replacedId ? await publishedDoc(payload, replacedId, req) : null
    if (!replaced)
      errors.push({
        path: 'replaces',
        message: 'Choose the published subprocessor that the new one replaces.',
      })
    else if (replacedId === id)
      errors.push({ path: 'replaces', message: 'A subprocessor cannot replace itself.' })
    else {
      fieldChanges.push(
        ...diffSnapshots(
          { id: replacedId!, name: replaced.name },
          await readableSnapshot(payload, replaced, req),
          null,
        ),
      )
      versionRefs.replaced = await latestPublishedVersionId(payload, replacedId!, req)
    }
  }
  if (kind === 'removal') {
    if (!published)
      errors.push({
        path: 'subprocessor',
        message: `${name} is not published, so there is nothing to remove.`,
      })
    else {
      fieldChanges = diffSnapshots(
        { id, name },
        await readableSnapshot(payload, published, req),
        null,
      )
      versionRefs.before = await latestPublishedVersionId(payload, id, req)
    }
  }
  if (kind === 'material-edit') {
    if (!published)
      errors.push({
        path: 'subprocessor',
        message: `${name} is not published yet: announce it as an addition instead.`,
      })
    else {
      const before = await readableSnapshot(payload, published, req)
      const after = await readableSnapshot(payload, latest?.version ?? null, req)
      fieldChanges = diffSnapshots({ id, name }, before, after)
      if (!isMaterial(fieldChanges)) {
        errors.push({
          path: 'subprocessor',
          message: `Save the new purpose, data processed or locations of ${name} as a draft first (Save Draft, not Publish), then announce the change.`,
        })
      }
      versionRefs.before = await latestPublishedVersionId(payload, id, req)
      versionRefs.after = latest ? String(latest.id) : null
    }
  }
  if (errors.length) return { errors, announcement: null }

  const announcement: Announcement = {
    status: 'announced',
    announcedAt: now.toISOString(),
    noticePeriodDays,
    fieldChanges,
    fieldChangesText: fieldChanges.map(describeFieldChange).join('\n'),
    versionRefs,
    slug: await uniqueSlug(
      payload,
      `${now.toISOString().slice(0, 10)}-${kind}-${subprocessor.slug}`,
      req,
    ),
  }
  return { errors, announcement }
}

async function uniqueSlug(payload: Payload, base: string, req: PayloadRequest) {
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`
    const { totalDocs } = await payload.count({
      collection: 'changes',
      where: { slug: { equals: slug } },
      req,
      overrideAccess: true,
    })
    if (totalDocs === 0) return slug
  }
}

/** Announced changes are the proof of notice: they are cancelled, never deleted. */
export const refuseDeletingAnnouncedChange: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const change = await req.payload.db.findOne<Change>({
    collection: 'changes',
    where: { id: { equals: id } },
    req,
  })
  if (change && change.status !== 'draft') {
    throw new APIError(
      'This change has been announced and is kept as proof of notice. Cancel it instead of deleting it.',
      409,
      null,
      true,
    )
  }
}
