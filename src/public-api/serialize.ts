// Payload documents → the public v1 contract. Field names here are the contract: they change only
// with a new API version, whatever happens to the CMS schema. The OpenAPI document describes them.
import {
  optionLabel,
  subprocessorFields,
  type SubprocessorField,
  type SubprocessorFieldDefinition,
  type SubprocessorFieldName,
  type transferSafeguards,
} from '@/schema/subprocessor'
import type { FieldChange, FieldValue } from '@/changes/fields'
import type { Category, Change, Policy, Subprocessor } from '@/payload-types'
import { absoluteUrl } from '@/site/url'
import type { ChangeKind, PublicChangeStatus } from './query'
import { policyBodyToHtml, policyBodyToText, type SlugOf } from './richText'

export type PublicCategoryRef = { slug: string; name: string }

export type PublicCategory = PublicCategoryRef & {
  description: string | null
  order: number
  updatedAt: string
}

export type TransferSafeguardCode = (typeof transferSafeguards)[number]['value']

/** A field's value in the API: made from its definition in src/schema/subprocessor.ts. */
type ApiValue<F> = F extends { type: 'category' }
  ? PublicCategoryRef | null
  : F extends { type: 'select' }
    ? Array<{ code: TransferSafeguardCode; label: string }>
    : F extends { hasMany: true }
      ? string[]
      : F extends { required: true }
        ? string
        : string | null

export type PublicSubprocessor = { slug: string } & {
  [F in SubprocessorField as F['name']]: ApiValue<F>
} & { updatedAt: string; portalUrl: string }

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

function apiValue(
  field: SubprocessorFieldDefinition,
  value: unknown,
  categoriesById: Map<string, Category>,
): unknown {
  if (field.type === 'category') {
    const id = typeof value === 'string' ? value : (value as Category | null | undefined)?.id
    const category = id ? categoriesById.get(id) : undefined
    return category ? toPublicCategoryRef(category) : null
  }
  if (field.type === 'select') {
    return ((value as string[] | null | undefined) ?? []).map((code) => ({
      code,
      label: optionLabel(field, code),
    }))
  }
  if (field.hasMany) return (value as string[] | null | undefined) ?? []
  return field.required ? value : orNull(value as string | null | undefined)
}

export function toPublicSubprocessor(
  doc: Subprocessor,
  categoriesById: Map<string, Category>,
): PublicSubprocessor {
  const values: Record<string, unknown> = { ...doc }
  const fields = subprocessorFields as readonly SubprocessorFieldDefinition[]
  return {
    slug: doc.slug,
    ...Object.fromEntries(
      fields.map((field) => [field.name, apiValue(field, values[field.name], categoriesById)]),
    ),
    updatedAt: doc.updatedAt,
    portalUrl: absoluteUrl(`/subprocessors/${doc.slug}`),
  } as PublicSubprocessor
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

// Change notices. `PublicChange` in src/changes/log.ts is the feeds' and pages' shape, with
// database ids; this is the API's, where a subprocessor is named by its slug.

export type PublicChangeSubprocessor = { slug: string | null; name: string }

export type PublicFieldChange = {
  field: SubprocessorFieldName
  label: string
  subprocessorName: string
  subprocessorSlug: string | null
  before: FieldValue
  after: FieldValue
}

export type PublicChangeNotice = {
  slug: string
  title: string
  kind: ChangeKind
  status: PublicChangeStatus
  subprocessor: PublicChangeSubprocessor
  replaces: PublicChangeSubprocessor | null
  reason: string
  urgentReason: string | null
  noticePeriodDays: number | null
  announcedAt: string
  effectiveDate: string
  appliedAt: string | null
  fieldChanges: PublicFieldChange[]
  updatedAt: string
  portalUrl: string
}

/** Slug and name of a subprocessor version, by version id: the versions an announcement names. */
export type AnnouncedVersions = Map<string, { slug: string | null; name: string | null }>

const idOf = (value: Change['subprocessor'] | Change['replaces']): string | null =>
  value && typeof value === 'object' ? value.id : (value ?? null)

/**
 * The subprocessor in a change as announced: the slug of the version the change puts live (or,
 * for a removal, takes off the list), and the name the notice used. Never read from the
 * subprocessor itself, which may be an unpublished draft or be edited after the announcement.
 */
function announcedSubprocessor(
  id: string | null,
  versionId: string | null | undefined,
  fieldChanges: FieldChange[],
  versions: AnnouncedVersions,
): PublicChangeSubprocessor | null {
  if (!id) return null
  const version = versionId ? versions.get(versionId) : undefined
  const named = fieldChanges.find((change) => change.subprocessor === id)?.subprocessorName
  const name = named || version?.name
  return name ? { slug: version?.slug ?? null, name } : null
}

export function toPublicChangeNotice(
  doc: Change & { status: PublicChangeStatus },
  versions: AnnouncedVersions,
): PublicChangeNotice {
  const stored = (Array.isArray(doc.fieldChanges) ? doc.fieldChanges : []) as FieldChange[]
  const refs = doc.versionRefs ?? {}
  const subprocessorId = idOf(doc.subprocessor)
  const replacesId = idOf(doc.replaces)
  const title = doc.title || 'Change notice'
  const subprocessor = announcedSubprocessor(
    subprocessorId,
    refs.after ?? refs.before,
    stored,
    versions,
  ) ?? { slug: null, name: title.split(':')[0] }
  const replaces = announcedSubprocessor(replacesId, refs.replaced, stored, versions)
  const slugOf = (id: string) =>
    id === subprocessorId ? subprocessor.slug : id === replacesId ? (replaces?.slug ?? null) : null
  return {
    slug: String(doc.slug),
    title,
    kind: doc.kind,
    status: doc.status,
    subprocessor,
    replaces,
    reason: doc.reason,
    urgentReason: orNull(doc.urgentReason),
    noticePeriodDays: doc.noticePeriodDays ?? null,
    announcedAt: String(doc.announcedAt),
    effectiveDate: doc.effectiveDate,
    appliedAt: orNull(doc.appliedAt),
    fieldChanges: stored.map((change) => ({
      field: change.field,
      label: change.label,
      subprocessorName: change.subprocessorName,
      subprocessorSlug: slugOf(change.subprocessor),
      before: change.before ?? null,
      after: change.after ?? null,
    })),
    updatedAt: doc.updatedAt,
    portalUrl: absoluteUrl(`/changes/${doc.slug}`),
  }
}
