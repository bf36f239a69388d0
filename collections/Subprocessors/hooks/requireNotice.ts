import { APIError, ValidationError, type CollectionBeforeChangeHook } from 'payload'
import type { Subprocessor } from '@/payload-types'
import { materialFields } from '@/schema/subprocessor'
import { noticeSettings } from '@/changes/noticeSettings'

// An empty value is the same whether the form sends '' or [] or the database holds nothing.
const comparable = (value: unknown) =>
  JSON.stringify(
    value === '' || (Array.isArray(value) && value.length === 0) ? null : (value ?? null),
  )

/**
 * Customers agreed to a list of subprocessors: adding one, or changing one of its material fields
 * (who the contracting entity is, what it does and processes, where, under which transfer
 * safeguards: `material` in src/schema/subprocessor.ts), goes live only through an announced
 * change notice (GDPR Art. 28(2)). Drafts are free. Only admins can switch the rule off.
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
