// Payload documents → the public v1 contract. Field names here are the contract: they change only
// with a new API version, whatever happens to the CMS schema. The OpenAPI document describes them.
import { transferSafeguards } from '../../collections/Subprocessors'
import type { Category, Policy, Subprocessor } from '@/payload-types'
import { absoluteUrl } from '@/utilities/siteUrl'
import { policyBodyToHtml, policyBodyToText, type SlugOf } from './richText'

export type PublicCategoryRef = { slug: string; name: string }

export type PublicCategory = PublicCategoryRef & {
  description: string | null
  order: number
  updatedAt: string
}

export type TransferSafeguardCode = (typeof transferSafeguards)[number]['value']

export type PublicSubprocessor = {
  slug: string
  name: string
  legalEntity: string | null
  category: PublicCategoryRef | null
  purpose: string
  dataProcessed: string[]
  locations: string[]
  securityUrl: string | null
  websiteUrl: string | null
  transferSafeguards: Array<{ code: TransferSafeguardCode; label: string }>
  contact: string | null
  notes: string | null
  updatedAt: string
  portalUrl: string
}

export type PublicPolicySummary = {
  slug: string
  title: string
  summary: string | null
  effectiveDate: string | null
  order: number
  updatedAt: string
  portalUrl: string
}

export type PublicPolicy = PublicPolicySummary & {
  body: { html: string; text: string; lexical: Policy['body'] }
}

const orNull = (value: string | null | undefined): string | null => (value ? value : null)

const safeguardLabels = new Map<string, string>(
  transferSafeguards.map(({ value, label }) => [value, label]),
)

export const toPublicCategoryRef = (category: Category): PublicCategoryRef => ({
  slug: category.slug,
  name: category.name,
})

export const toPublicCategory = (category: Category): PublicCategory => ({
  ...toPublicCategoryRef(category),
  description: orNull(category.description),
  order: category.order,
  updatedAt: category.updatedAt,
})

export function toPublicSubprocessor(
  doc: Subprocessor,
  categoriesById: Map<string, Category>,
): PublicSubprocessor {
  const categoryId = typeof doc.category === 'string' ? doc.category : doc.category?.id
  const category = categoryId ? categoriesById.get(categoryId) : undefined
  return {
    slug: doc.slug,
    name: doc.name,
    legalEntity: orNull(doc.legalEntity),
    category: category ? toPublicCategoryRef(category) : null,
    purpose: doc.purpose,
    dataProcessed: doc.dataProcessed ?? [],
    locations: doc.locations ?? [],
    securityUrl: orNull(doc.securityUrl),
    websiteUrl: orNull(doc.websiteUrl),
    transferSafeguards: (doc.transferSafeguards ?? []).map((code) => ({
      code,
      label: safeguardLabels.get(code) ?? code,
    })),
    contact: orNull(doc.contact),
    notes: orNull(doc.notes),
    updatedAt: doc.updatedAt,
    portalUrl: absoluteUrl(`/subprocessors/${doc.slug}`),
  }
}

/** Payload stores a day-only date as a UTC timestamp; the contract gives the day (YYYY-MM-DD). */
const dayOf = (iso: string | null | undefined): string | null => (iso ? iso.slice(0, 10) : null)

export const toPublicPolicySummary = (doc: Policy): PublicPolicySummary => ({
  slug: doc.slug,
  title: doc.title,
  summary: orNull(doc.summary),
  effectiveDate: dayOf(doc.effectiveDate),
  order: doc.order,
  updatedAt: doc.updatedAt,
  portalUrl: absoluteUrl(`/policies/${doc.slug}`),
})

export const toPublicPolicy = (doc: Policy, slugOf: SlugOf): PublicPolicy => ({
  ...toPublicPolicySummary(doc),
  body: {
    html: policyBodyToHtml(doc.body, slugOf),
    text: policyBodyToText(doc.body, slugOf),
    lexical: doc.body,
  },
})

export const summaryOf = ({ body: _body, ...summary }: PublicPolicy): PublicPolicySummary => summary
