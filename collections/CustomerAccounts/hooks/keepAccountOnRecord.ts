import { APIError, type CollectionBeforeDeleteHook } from 'payload'

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
    throw new APIError(
      'This customer was sent change notices or objected to one, which are kept as evidence. Set its status to Ended instead: it then gets no more notices.',
      400,
      null,
      true,
    )
}
