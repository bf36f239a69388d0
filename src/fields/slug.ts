import {
  ValidationError,
  type CollectionSlug,
  type FieldHook,
  type PayloadRequest,
  type TextField,
  type Where,
} from 'payload'
import { adminLanguage, type AdminText } from '@/i18n/adminWords'

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

/** Says why a taken slug is taken, when there is more to say than "another entry has it". */
export type DescribeTakenSlug = (
  req: PayloadRequest,
  slug: string,
  holder: { id: string | number; _status?: string | null },
) => Promise<string | null>

async function slugTakenMessage(
  req: PayloadRequest,
  collection: string,
  slug: string,
  id?: string | number,
  describeTaken?: DescribeTakenSlug,
) {
  const where: Where = { slug: { equals: slug } }
  if (id !== undefined) where.id = { not_equals: id }
  const { docs } = await req.payload.find({
    collection: collection as CollectionSlug,
    where,
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const holder = docs[0] as { id: string | number; _status?: string | null } | undefined
  if (!holder) return null
  return (
    (await describeTaken?.(req, slug, holder)) ??
    adminLanguage(req.i18n).t('trust:messages:slugTaken', { slug })
  )
}

const reservedMessage = (req: PayloadRequest, slug: string) =>
  adminLanguage(req.i18n).t('trust:messages:slugReserved', { slug })

type SlugOptions = {
  /** Slugs a static page beside the entries' pages already uses (e.g. /subprocessors/annex). */
  reserved?: readonly string[]
  /** A better message when the slug is taken (a removed subprocessor's, which is never reused). */
  describeTaken?: DescribeTakenSlug
  /**
   * An admin component (a server component's import path) that shows the slug read-only, with the
   * reason, once it is locked. The lock itself is a hook of the collection, which holds for every
   * API; this only keeps the admin from offering an edit that would be refused.
   */
  Field?: string
}

/**
 * A unique, URL-safe identifier. Filled in from `sourceField` when left empty; editors may
 * change it, and the checks below tell them in plain words when it is taken or malformed.
 */
export function slugField(
  sourceField: string,
  description: AdminText,
  { reserved = [], describeTaken, Field }: SlugOptions = {},
): TextField {
  const fillFromSource: FieldHook = ({ value, data, originalDoc }) => {
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
    // An update that leaves the slug out keeps the stored one (a rename must not move the page).
    if (value === undefined && typeof originalDoc?.slug === 'string' && originalDoc.slug !== '')
      return value
    const source = data?.[sourceField]
    return typeof source === 'string' ? slugify(source) : value
  }

  // Payload skips field validation when saving a draft, but a draft still claims its slug in the
  // unique index; without this check the database would answer with an error naming no field.
  const refuseTakenSlug: FieldHook = async ({ value, req, collection, originalDoc }) => {
    if (typeof value !== 'string' || !collection || value === originalDoc?.slug) return value
    const message = reserved.includes(value)
      ? reservedMessage(req, value)
      : await slugTakenMessage(req, collection.slug, value, originalDoc?.id, describeTaken)
    if (message)
      throw new ValidationError({
        collection: collection.slug,
        errors: [{ path: 'slug', message }],
      })
    return value
  }

  return {
    name: 'slug',
    label: { en: 'Web address name (slug)', de: 'Name in der Webadresse (Slug)' },
    type: 'text',
    required: true,
    unique: true,
    index: true,
    admin: { position: 'sidebar', description, ...(Field && { components: { Field } }) },
    hooks: { beforeValidate: [fillFromSource], beforeChange: [refuseTakenSlug] },
    validate: async (value, { req, id, collectionSlug }) => {
      const { t } = adminLanguage(req.i18n)
      if (typeof value !== 'string' || value === '') return t('trust:messages:slugEmpty')
      if (!SLUG_PATTERN.test(value)) return t('trust:messages:slugPattern')
      if (reserved.includes(value)) return reservedMessage(req, value)
      if (!collectionSlug) return true
      return (await slugTakenMessage(req, collectionSlug, value, id, describeTaken)) ?? true
    },
  }
}
