import { APIError, type CollectionBeforeDeleteHook } from 'payload'

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
      `This category still lists ${totalDocs} subprocessor${totalDocs === 1 ? '' : 's'}. ` +
        'Move them to another category before deleting it.',
      409,
      null,
      true,
    )
  }
}
