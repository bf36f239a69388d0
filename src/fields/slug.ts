import type { CollectionSlug, FieldHook, TextField, Where } from 'payload'

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export function slugify(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
}

/**
 * A unique, URL-safe identifier. Filled in from `sourceField` when left empty; editors may
 * change it, and the check below tells them in plain words when it is taken or malformed.
 */
export function slugField(sourceField: string, description: string): TextField {
  const fillFromSource: FieldHook = ({ value, data }) => {
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
    const source = data?.[sourceField]
    return typeof source === 'string' ? slugify(source) : value
  }

  return {
    name: 'slug',
    label: 'Web address name (slug)',
    type: 'text',
    required: true,
    unique: true,
    index: true,
    admin: { position: 'sidebar', description },
    hooks: { beforeValidate: [fillFromSource] },
    validate: async (value, { req, id, collectionSlug }) => {
      if (typeof value !== 'string' || value === '') return 'Enter a slug, or fill in the name first.'
      if (!SLUG_PATTERN.test(value)) {
        return 'Use only lowercase letters, numbers and single hyphens, for example "amazon-web-services".'
      }
      if (!collectionSlug) return true
      const where: Where = { slug: { equals: value } }
      if (id) where.id = { not_equals: id }
      const taken = await req.payload.count({
        collection: collectionSlug as CollectionSlug,
        where,
        req,
        overrideAccess: true,
      })
      return taken.totalDocs > 0
        ? `Another entry already uses the slug "${value}". Choose a different one.`
        : true
    },
  }
}
