import type { RelationshipFieldSingleValidation } from 'payload'
import { adminLanguage } from '@/i18n/adminWords'

/** Payload checks only the shape of a related id; this checks the category really exists. */
export const categoryExists: RelationshipFieldSingleValidation = async (value, { req }) => {
  const { t } = adminLanguage(req.i18n)
  if (value === null || value === undefined || value === '')
    return t('trust:messages:chooseCategory')
  const id = typeof value === 'object' && 'value' in value ? value.value : value
  const { totalDocs } = await req.payload.count({
    collection: 'categories',
    where: { id: { equals: id } },
    req,
    overrideAccess: true,
  })
  return totalDocs === 1 ? true : t('trust:messages:categoryGone')
}
