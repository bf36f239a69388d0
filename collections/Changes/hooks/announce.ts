import {
  APIError,
  ValidationError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type FieldAccess,
  type CollectionBeforeDeleteHook,
  type Payload,
  type PayloadRequest,
  type Where,
} from 'payload'
import type { Change, Subprocessor } from '@/payload-types'
import { describeFieldChange, diffSnapshots, isMaterial, type FieldChange } from '@/changes/fields'
import { noticeSettings } from '@/changes/noticeSettings'
import { idOf } from '@/db/documents'
import { DAY_MS } from '@/utilities/dates'
import {
  announcedChangeFields,
  changeFieldLabel,
  changeStatuses,
  systemChangeFields,
} from '@/schema/changeNotice'
import { materialFieldWordsIn } from '@/i18n/subprocessorWords'
import { adminLanguage } from '@/i18n/adminWords'
import { hasRole } from '@/access'
import { describePublishingErrors, publishingErrors } from '@/changes/validate'
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
// Relationship values arrive as ids or documents, dates as strings with or without milliseconds,
// empty values as undefined, null or '' and JSON objects in any key order.
function comparable(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return null
  if (value instanceof Date) return value.getTime()
  if (typeof value === 'string')
    return /^\d{4}-\d\d-\d\dT/.test(value) && !Number.isNaN(Date.parse(value))
      ? Date.parse(value)
      : value
  if (Array.isArray(value)) return value.length ? value.map(comparable) : null
  if (typeof value === 'object') {
    if ('id' in value && 'createdAt' in value) return idOf(value)
    const entries = Object.entries(value)
      .map(([key, inner]) => [key, comparable(inner)] as const)
      .filter(([, inner]) => inner !== null)
      .sort(([a], [b]) => a.localeCompare(b))
    return entries.length ? Object.fromEntries(entries) : null
  }
  return value
}
const same = (a: unknown, b: unknown) =>
  JSON.stringify(comparable(a)) === JSON.stringify(comparable(b))

const refuse = (errors: FieldError[]): never => {
  throw new ValidationError({ collection: 'changes', errors })
}

/** The fields of `labels` sent in `data` whose value differs from `original`. */
const edited = <K extends string>(
  labels: Record<K, string>,
  data: Partial<Change>,
  original: Partial<Change> | undefined,
) =>
  (Object.keys(labels) as K[]).filter(
    (field) =>
      field in data &&
      !same(
        (data as Record<string, unknown>)[field],
        (original as Record<string, unknown>)?.[field],
      ),
  )

/**
 * Refuses, naming each field, a person's write to a field only the trust center writes, and any
 * edit of a change that is no longer a draft. The status has its own rules (allowStatusChange).
 */
function refuseEdits(
  req: PayloadRequest,
  data: Partial<Change>,
  original: Partial<Change> | undefined,
) {
  const { t, locale } = adminLanguage(req.i18n)
  const named = (field: Parameters<typeof changeFieldLabel>[0]) => changeFieldLabel(field)[locale]
  const systemEdits = edited(systemChangeFields, data, original)
  if (systemEdits.length)
    refuse(
      systemEdits.map((path) => ({
        path,
        message: t('trust:messages:systemField', { field: named(path) }),
      })),
    )
  if ((original?.status ?? 'draft') === 'draft') return
  const frozen = edited(announcedChangeFields, data, original)
  if (frozen.length)
    refuse(
      frozen.map((path) => ({
        path,
        message: t('trust:messages:frozenField', { field: named(path) }),
      })),
    )
}

/**
 * The same refusal on the data as sent, before Payload applies field access: the admin shows an
 * announced change's fields read-only through field access, which alone would silently drop an
 * API client's edit and answer 200 as if it had been saved.
 */
export const refuseEditsAsSent: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'update' || req.context.applyingChange || !args.data) return args
  const { id, where } = args as { id?: string | number; where?: Where }
  let originals: Change[] = []
  try {
    originals = id
      ? [await req.payload.findByID({ collection: 'changes', id, depth: 0, req })]
      : (
          await req.payload.find({
            collection: 'changes',
            where,
            pagination: false,
            depth: 0,
            req,
          })
        ).docs
  } catch {
    return args // an unknown id or a bad query: the operation itself answers it
  }
  for (const original of originals) refuseEdits(req, args.data as Partial<Change>, original)
  return args
}

/** Field access: what a person fills in is editable only while the change is a draft. */
export const editableWhileDraft: FieldAccess<Change> = ({ doc }) =>
  !doc || (doc.status ?? 'draft') === 'draft'

/**
 * Guards a change notice's life: draft → announced (checked against the notice period and the
 * subprocessor's saved versions, which give the field-by-field changes) → effective (only by the
 * scheduled job), failed (the job could not apply it; an administrator retries it by setting it
 * back to announced) or cancelled (before its effective date). The fields the trust center writes
 * can never be set by a person, and what was announced can no longer be edited by anyone.
 */
export const announceChange: CollectionBeforeChangeHook<Change> = async ({
  data,
  originalDoc,
  req,
}) => {
  const previous = originalDoc?.status ?? 'draft'
  const next = data.status ?? previous
  // The server's own writes: the scheduled job putting the change into effect, or marking it failed.
  if (req.context.applyingChange) return data
  refuseEdits(req, data, originalDoc)
  if (previous !== 'draft') {
    if (next === previous) return data
    return { ...data, ...allowStatusChange(previous, next, originalDoc!, req) }
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

  if (next === 'effective' || next === 'failed')
    refuse([
      {
        path: 'status',
        message: adminLanguage(req.i18n).t('trust:messages:takesEffectByItself'),
      },
    ])
  if (next !== 'announced') return { ...data, title }
  const { errors, announcement } = await checkAnnouncement(req.payload, merged, subprocessor, req)
  if (errors.length || !announcement) return refuse(errors)
  return { ...data, ...announcement, title }
}

/** From announced: cancel before the effective date. From failed: retry (admins) or cancel. */
function allowStatusChange(
  previous: Change['status'],
  next: Change['status'],
  change: Change,
  req: PayloadRequest,
): Partial<Change> {
  const { t, locale, dateTime } = adminLanguage(req.i18n)
  if (previous === 'announced' && next === 'cancelled') {
    if (Date.parse(change.effectiveDate) > Date.now()) return { status: next }
    return refuse([
      {
        path: 'status',
        message: t('trust:messages:tookEffect', { date: dateTime(change.effectiveDate) }),
      },
    ])
  }
  if (previous === 'failed' && next === 'cancelled') return { status: next }
  if (previous === 'failed' && next === 'announced') {
    if (!hasRole(req.user, 'admin'))
      throw new APIError(t('trust:messages:onlyAdminRetries'), 403, null, true)
    return { status: next, failedAt: null, failureReason: null }
  }
  // in English the stored status itself ("cancelled"), in German its name
  const status =
    locale === 'de' ? changeStatuses.find(({ value }) => value === previous)?.de : previous
  return refuse([
    {
      path: 'status',
      message:
        previous === 'announced'
          ? t('trust:messages:onlyCancel')
          : previous === 'failed'
            ? t('trust:messages:retryOrCancel')
            : t('trust:messages:noMoreChanges', { status: status ?? previous }),
    },
  ])
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
  const { t, locale, date } = adminLanguage(req.i18n)
  const { noticePeriodDays } = await noticeSettings(payload, req)
  const now = new Date()
  const effective = new Date(String(change.effectiveDate))
  const earliest = new Date(now.getTime() + noticePeriodDays * DAY_MS)
  const urgent = typeof change.urgentReason === 'string' && change.urgentReason.trim() !== ''

  if (Number.isNaN(effective.getTime()))
    errors.push({ path: 'effectiveDate', message: t('trust:messages:chooseDate') })
  else if (effective.getTime() < now.getTime() - 60_000) {
    errors.push({ path: 'effectiveDate', message: t('trust:messages:datePast') })
  } else if (effective < earliest && !urgent) {
    errors.push({
      path: 'effectiveDate',
      message: t('trust:messages:noticePeriod', { days: noticePeriodDays, date: date(earliest) }),
    })
  }
  if (!subprocessor) {
    errors.push({ path: 'subprocessor', message: t('trust:messages:chooseSubprocessor') })
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
        message: t('trust:messages:alreadyPublished', { name }),
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
    if (!replaced) errors.push({ path: 'replaces', message: t('trust:messages:chooseReplaced') })
    else if (replacedId === id)
      errors.push({ path: 'replaces', message: t('trust:messages:replaceItself') })
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
        message: t('trust:messages:nothingToRemove', { name }),
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
        message: t('trust:messages:notPublishedYet', { name }),
      })
    else {
      const before = await readableSnapshot(payload, published, req)
      const after = await readableSnapshot(payload, latest?.version ?? null, req)
      fieldChanges = diffSnapshots({ id, name }, before, after)
      if (!isMaterial(fieldChanges)) {
        errors.push({
          path: 'subprocessor',
          message: t('trust:messages:saveDraftFirst', {
            material: materialFieldWordsIn(locale),
            name,
          }),
        })
      }
      versionRefs.before = await latestPublishedVersionId(payload, id, req)
      versionRefs.after = latest ? String(latest.id) : null
    }
  }
  if (!errors.length && latest && versionRefs.after) {
    const invalid = await publishingErrors(payload, id, latest.version, req)
    if (invalid.length)
      errors.push({
        path: 'subprocessor',
        message: describePublishingErrors(name, invalid, adminLanguage(req.i18n)),
      })
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
    throw new APIError(adminLanguage(req.i18n).t('trust:messages:keptAsProof'), 409, null, true)
  }
}
