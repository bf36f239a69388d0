import type { ArrayFieldValidation, PayloadRequest, RelationshipFieldManyValidation } from 'payload'
import { array as validateArray, relationship as validateRelationship } from 'payload/shared'
import type { Subprocessor } from '@/payload-types'
import { transferProblem } from '@/schema/eea'
import { withCurrentShape } from '@/schema/subprocessorValues'
import { transferMechanismsOf } from '@/schema/transfers'
import { adminLanguage } from '@/i18n/adminWords'

const locationsOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []

/** Locations and mechanisms as compared: words, not row ids or empty rows. */
const transferTerms = (doc: { locations?: unknown; transferMechanisms?: unknown }) =>
  JSON.stringify([locationsOf(doc.locations), transferMechanismsOf(doc.transferMechanisms)])

async function publishedDoc(req: PayloadRequest, id: string | number | undefined) {
  if (id === undefined) return null
  const doc = await req.payload.db.findOne<Subprocessor>({
    collection: 'subprocessors',
    where: { id: { equals: id } },
    req,
  })
  return doc?._status === 'published' ? withCurrentShape(doc) : null
}

/**
 * A location outside the European Economic Area needs a transfer mechanism (src/schema/eea.ts
 * reads the free-text locations). Checked when the subprocessor is published or announced new,
 * or when its locations or mechanisms differ from the published ones: an entry published before
 * the rule existed stays valid as it is (its other fields can still be edited), and the admin
 * dashboard lists it until someone adds its mechanisms. Drafts are not validated (Payload skips
 * validation on a draft save); the announce hook and applying a change validate the draft as if
 * publishing it (src/changes/validate.ts), so this holds there too. The seed is exempt: it loads
 * the list as originally published, and no mechanism is invented for it.
 */
export const transferMechanismsForLocations: ArrayFieldValidation = async (value, options) => {
  const length = validateArray(value, options)
  if (length !== true) return length
  const { data, id, req } = options
  // the seed restores the original published list as it was (nothing invented for it)
  if (req.context?.seeding) return true
  const saved = data as { locations?: unknown; transferMechanisms?: unknown }
  const published = await publishedDoc(req, id)
  if (published && transferTerms(published) === transferTerms(saved)) return true
  return (
    transferProblem(
      locationsOf(saved.locations),
      transferMechanismsOf(saved.transferMechanisms),
      adminLanguage(req.i18n).t,
    ) ?? true
  )
}

/** Payload checks only the shape of related ids; this checks each scope really exists. */
export const scopesExist: RelationshipFieldManyValidation = async (value, options) => {
  const shape = await validateRelationship(value, options)
  if (shape !== true) return shape
  const ids = (Array.isArray(value) ? value : [])
    .map((item) => (typeof item === 'object' && item && 'value' in item ? item.value : item))
    .map(String)
  if (!ids.length) return true
  const { totalDocs } = await options.req.payload.count({
    collection: 'scopes',
    where: { id: { in: ids } },
    req: options.req,
    overrideAccess: true,
  })
  return totalDocs === new Set(ids).size
    ? true
    : adminLanguage(options.req.i18n).t('trust:messages:scopesGone')
}
