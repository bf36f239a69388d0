import { APIError, ValidationError, type CollectionBeforeChangeHook } from 'payload'
import type { Subprocessor } from '@/payload-types'
import { materialFields } from '@/schema/subprocessor'
import { noticeSettings } from '@/changes/noticeSettings'

const comparable = (value: unknown) => JSON.stringify(value ?? null)

/**
 * Customers agreed to a list of subprocessors: adding one, or changing what one does, processes
 * or where, goes live only through an announced change notice (GDPR Art. 28(2)). Drafts are free.
 * Admins can switch the rule off in Trust center settings.
 */
export const requireNoticeForMaterialChanges: CollectionBeforeChangeHook<Subprocessor> = async ({
  data,
  originalDoc,
  operation,
  req,
  context,
}) => {
  if (context.applyingChange || context.seeding || data._status !== 'published') return data
  const { requireNotice } = await noticeSettings(req.payload, req)
  if (!requireNotice) return data

  const published =
    operation === 'update' && originalDoc?.id
      ? await req.payload.db.findOne<Subprocessor>({
          collection: 'subprocessors',
          where: { id: { equals: originalDoc.id } },
          req,
        })
      : null
  if (!published || published._status !== 'published') {
    // Not a field's fault: an error without a field shows its own words in the admin's message.
    throw new APIError(
      'A new subprocessor is published through a change notice, so customers are told first. Save it as a draft, then announce it under Change notices.',
      400,
      null,
      true,
    )
  }
  const merged = { ...originalDoc, ...data }
  const changed = materialFields.filter(
    (field) => comparable(merged[field]) !== comparable(published[field]),
  )
  if (changed.length) {
    throw new ValidationError({
      collection: 'subprocessors',
      errors: changed.map((path) => ({
        path,
        message:
          'This changes what customers agreed to. Save it as a draft, then announce it under Change notices so customers get notice before it takes effect.',
      })),
    })
  }
  return data
}
