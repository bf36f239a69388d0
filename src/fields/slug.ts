import {
  ValidationError,
  type CollectionSlug,
  type FieldHook,
  type PayloadRequest,
  type TextField,
  type Where,
} from 'payload'

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

function slugify(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
}

async function slugTakenMessage(
  req: PayloadRequest,
  collection: string,
  slug: string,
  id?: string | number,
) {
  const where: Where = { slug: { equals: slug } }
  if (id !== undefined) where.id = { not_equals: id }
  const { totalDocs } = await req.payload.count({
    collection: collection as CollectionSlug,
    where,
    req,
    overrideAccess: true,
  })
  return totalDocs > 0
    ? `Another entry already uses the slug "${slug}". Choose a different one.`
    : null
}

const reservedMessage = (slug: string) =>
  `"${slug}" is reserved for a page of the trust center itself. Choose a different slug.`

/**
 * A unique, URL-safe identifier. Filled in from `sourceField` when left empty; editors may
 * change it, and the checks below tell them in plain words when it is taken or malformed.
 * `reserved` lists slugs a static page beside the entries' pages already uses (for example
 * /subprocessors/annex), so no entry can take that address.
 */
export function slugField(
  sourceField: string,
  description: string,
  reserved: readonly string[] = [],
): TextField {
  const fillFromSource: FieldHook = ({ value, data }) => {
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
    const source = data?.[sourceField]
    return typeof source === 'string' ? slugify(source) : value
  }

  // Payload skips field validation when saving a draft, but a draft still claims its slug in the
  // unique index; without this check the database would answer with an error naming no field.
  const refuseTakenSlug: FieldHook = async ({ value, req, collection, originalDoc }) => {
    if (typeof value !== 'string' || !collection || value === originalDoc?.slug) return value
    const message = reserved.includes(value)
      ? reservedMessage(value)
      : await slugTakenMessage(req, collection.slug, value, originalDoc?.id)
    if (message)
      throw new ValidationError({
        collection: collection.slug,
        errors: [{ path: 'slug', message }],
      })
    return value
  }

  return {
    name: 'slug',
    label: 'Web address name (slug)',
    type: 'text',
    required: true,
    unique: true,
    index: true,
    admin: { position: 'sidebar', description },
    hooks: { beforeValidate: [fillFromSource], beforeChange: [refuseTakenSlug] },
    validate: async (value, { req, id, collectionSlug }) => {
      if (typeof value !== 'string' || value === '')
        return 'Enter a slug, or fill in the name first.'
      if (!SLUG_PATTERN.test(value)) {
        return 'Use only lowercase letters, numbers and single hyphens, for example "amazon-web-services".'
      }
      if (reserved.includes(value)) return reservedMessage(value)
      if (!collectionSlug) return true
      return (await slugTakenMessage(req, collectionSlug, value, id)) ?? true
    },
  }
}
