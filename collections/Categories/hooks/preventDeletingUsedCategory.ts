import { APIError, type CollectionBeforeDeleteHook } from 'payload'
import { adminLanguage } from '@/i18n/adminWords'

/** A category that still lists subprocessors cannot be deleted: they would lose their group. */
export const preventDeletingUsedCategory: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { totalDocs } = await req.payload.count({
    collection: 'subprocessors',
    where: { category: { equals: id } },
    req,
    overrideAccess: true,
  })
  if (totalDocs > 0) {
    throw new APIError(
      adminLanguage(req.i18n).t('trust:messages:categoryInUse', { count: totalDocs }),
      409,
      null,
      true,
    )
  }
}
