import { APIError, ValidationError, type CollectionBeforeChangeHook } from 'payload'
import type { Subprocessor } from '@/payload-types'
import { materialFields } from '@/schema/subprocessor'
import { noticeSettings } from '@/changes/noticeSettings'
import { snapshotOf } from '@/changes/fields'
import { DEFAULT_LOCALE } from '@/i18n/locales'
import { withSourceTexts } from '@/schema/subprocessorValues'
import { adminLanguage } from '@/i18n/adminWords'

// Compared as a notice shows them (src/changes/fields.ts): an empty value is the same whether the
// form sends '' or [] or the database holds nothing, a scope the same by id or populated, and a
// transfer mechanism's row id or an empty row is no change.
const comparable = (doc: object) => {
  const snapshot = snapshotOf(doc)!
  return (field: (typeof materialFields)[number]) => JSON.stringify(snapshot[field] ?? null)
}

/**
 * Customers agreed to a list of subprocessors: adding one, or changing one of its material fields
 * (who the contracting entity is, what it does and processes and whose data, where, under which
 * transfer mechanisms, for which customers: `material` in src/schema/subprocessor.ts), goes live only through an announced
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
      adminLanguage(req.i18n).t('trust:messages:newThroughNotice'),
      400,
      null,
      true,
    )
  }
  // A translation is not a change: what customers agreed to is the source language's text. A save
  // in another language still publishes the newest draft's source texts (Payload publishes the
  // whole document), so those are what is compared, with the fields that are not translated.
  const inSource = !req.locale || req.locale === DEFAULT_LOCALE
  const merged = { ...originalDoc, ...data }
  const saved = comparable(
    inSource ? merged : withSourceTexts(merged, await newestSaved(req, published)),
  )
  const live = comparable(published)
  const changed = materialFields.filter((field) => saved(field) !== live(field))
  if (changed.length) {
    throw new ValidationError({
      collection: 'subprocessors',
      errors: changed.map((path) => ({
        path,
        message: adminLanguage(req.i18n).t('trust:messages:materialThroughNotice'),
      })),
    })
  }
  return data
}

/** The newest saved version (the draft a save publishes), as stored: every language. */
async function newestSaved(
  req: Parameters<CollectionBeforeChangeHook>[0]['req'],
  published: Subprocessor,
) {
  const { docs } = await req.payload.db.findVersions<Subprocessor>({
    collection: 'subprocessors',
    where: { parent: { equals: published.id } },
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    req,
  })
  return docs[0]?.version ?? published
}
