import type { RelationshipFieldSingleValidation } from 'payload'

/** Payload checks only the shape of a related id; this checks the category really exists. */
export const categoryExists: RelationshipFieldSingleValidation = async (value, { req }) => {
  if (value === null || value === undefined || value === '') return 'Choose a category.'
  const id = typeof value === 'object' && 'value' in value ? value.value : value
  const { totalDocs } = await req.payload.count({
    collection: 'categories',
    where: { id: { equals: id } },
    req,
    overrideAccess: true,
  })
  return totalDocs === 1
    ? true
    : 'That category does not exist (it may have been deleted). Choose another one.'
}
