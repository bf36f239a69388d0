import { APIError, type CollectionBeforeDeleteHook } from 'payload'
import { adminLanguage } from '@/i18n/adminWords'

/** An account that was sent a notice or objected is evidence: it can be ended, not deleted. */
export const keepAccountOnRecord: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const [deliveries, objections] = await Promise.all([
    req.payload.count({
      collection: 'notice-deliveries',
      where: { accounts: { in: [id] } },
      overrideAccess: true,
      req,
    }),
    req.payload.count({
      collection: 'objections',
      where: { accounts: { in: [id] } },
      overrideAccess: true,
      req,
    }),
  ])
  if (deliveries.totalDocs || objections.totalDocs)
    throw new APIError(adminLanguage(req.i18n).t('trust:messages:accountKept'), 400, null, true)
}
