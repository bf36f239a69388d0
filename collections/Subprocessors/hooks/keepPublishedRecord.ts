// Once customers could see a subprocessor, its record and its address are part of what they agreed
// to: deleting it or changing its slug would break every notice, change page and API reference to
// it. A removal notice takes it off the list instead (src/changes/apply.ts unpublishes it).
import {
  APIError,
  ValidationError,
  type Access,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
  type Where,
} from 'payload'
import { isStaff } from '@/access'
import type { Subprocessor } from '@/payload-types'
import type { DescribeTakenSlug } from '@/fields/slug'
import { lockedSlug, wasEverPublished } from '@/changes/published'
import { adminLanguage } from '@/i18n/adminWords'

const CONFLICT = 409

const cannotDelete = (req: PayloadRequest, names: string[]) => {
  const { t } = adminLanguage(req.i18n)
  return new APIError(
    t('trust:messages:publishedKept', {
      count: names.length,
      names: names.map((name) => t('trust:messages:quoted', { text: name })).join(', '),
      remove: t('trust:messages:removeThroughNotice'),
    }),
    CONFLICT,
    null,
    true,
  )
}

/** Deleting one subprocessor (REST, GraphQL, the admin, the Local API): only a never-published draft. */
export const refuseDeletingPublished: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (!(await wasEverPublished(req.payload, String(id), req))) return
  const main = await req.payload.db.findOne<Subprocessor>({
    collection: 'subprocessors',
    where: { id: { equals: id } },
    req,
  })
  throw cannotDelete(req, [main?.name ?? String(id)])
}

/**
 * A bulk delete (the admin list's "Delete", `DELETE /api/subprocessors?where=…`) is refused as a
 * whole with 409 when it would take any published subprocessor: Payload would otherwise delete
 * the drafts and answer 400 for the rest, a half-done result. Runs before access control, so only
 * for staff (or the Local API): anyone else is refused by access as before.
 */
export const refuseBulkDeletingPublished: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'delete' || 'id' in args || !args.where) return args
  if (!args.overrideAccess && !isStaff(req.user)) return args
  const { docs } = await req.payload.find({
    collection: 'subprocessors',
    where: args.where as Where,
    select: { name: true, _status: true },
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const published: string[] = []
  for (const doc of docs) {
    if (await wasEverPublished(req.payload, String(doc.id), req)) published.push(doc.name)
  }
  if (published.length) throw cannotDelete(req, published)
  return args
}

/**
 * Staff may delete subprocessors; the admin offers "Delete" only on one never published. Payload
 * passes the document (`data`) only when it works out what the admin may offer for it, so that
 * check hides the button; a delete request itself is let through to `refuseDeletingPublished`,
 * which answers 409 with what to do instead (a bare 403 would not say).
 */
export const staffDeleteUnpublished: Access = async ({ req, id, data }) => {
  if (!isStaff(req.user)) return false
  if (id === undefined || !data) return true
  return !(await wasEverPublished(req.payload, String(id), req))
}

/**
 * The slug of a subprocessor that was ever published is fixed, in every save: publishing, draft
 * saves (a draft is what an announced change later publishes) and applying an announced change.
 */
export const lockPublishedSlug: CollectionBeforeChangeHook<Subprocessor> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || !originalDoc?.id || typeof data.slug !== 'string') return data
  const locked = await lockedSlug(req.payload, String(originalDoc.id), req)
  if (locked === null || data.slug === locked) return data
  throw new ValidationError({
    collection: 'subprocessors',
    errors: [
      {
        path: 'slug',
        message: adminLanguage(req.i18n).t('trust:messages:slugLocked', { slug: locked }),
      },
    ],
  })
}

/** A removed subprocessor still holds its slug, so its page can explain the removal. */
export const describeSlugOfRemoved: DescribeTakenSlug = async (req, slug, holder) =>
  holder._status !== 'published' && (await wasEverPublished(req.payload, String(holder.id), req))
    ? adminLanguage(req.i18n).t('trust:messages:slugOfRemoved', { slug })
    : null
