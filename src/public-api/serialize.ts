// Payload documents → the public v1 contract. Field names here are the contract: they change only
// with a new API version, whatever happens to the CMS schema. The OpenAPI document describes them.
import {
  subprocessorFields,
  type SubprocessorField,
  type SubprocessorFieldDefinition,
} from '@/schema/subprocessor'
import {
  contactOf,
  specialCategoriesOf,
  withCurrentShape,
  type ContactPerson,
  type SpecialCategories,
} from '@/schema/subprocessorValues'
import {
  servedTransferPath,
  transferMechanismOptions,
  transferMechanismsOf,
  transferSafeguardsOf,
  type TransferMechanism,
  type TransferSafeguardCode,
} from '@/schema/transfers'
import { SCOPE_KINDS, type ScopeKind } from '@/schema/scopes'
import type { FieldValue, RecordedFieldName } from '@/changes/fields'
import type { Category, Policy, Scope, Subprocessor } from '@/payload-types'
import { absoluteUrl } from '@/site/url'
import type { PublicChange } from '@/changes/log'
import type { CertificationEntry } from '@/data/certifications'
import { downloadPath, requestAccessPath, type DocumentEntry } from '@/data/documents'
import type { FaqEntry } from '@/data/faq'
import type { SecurityTopic } from '@/data/security'
import {
  CERTIFICATION_STATUSES,
  effectiveStatus,
  type CertificationStatus,
} from '@/trust/certifications'
import { DOCUMENT_KINDS, isGated, type AccessLevel, type DocumentKind } from '@/trust/documents'
import { labelIn } from '@/utilities/options'
import { portalWords } from '@/i18n/portalWords'
import { DEFAULT_LOCALE, type Locale } from '@/i18n/locales'
import type { Untranslated } from '@/i18n/resolve'
import { optionLabelIn } from '@/i18n/subprocessorWords'
import { untranslatedOf } from '@/data/localized'
import { policyBodyToHtml, policyBodyToText, populatedSlugOf, type SlugOf } from './richText'

/**
 * In a language other than the source, every item names the texts it shows in the source
 * language for want of a translation (API field names, dotted into lists and objects); in the
 * source language the property is absent. Documented in openapi.ts (`Untranslated`).
 */
type Translatable = { untranslated?: Untranslated }

/** `paths` named as the API names them (`rename`), in the order given, once each. */
const apiPaths = (
  paths: Untranslated | undefined,
  rename: (path: string) => string | null = (path) => path,
): Translatable => {
  if (!paths) return {}
  const named = paths.map(rename).filter((path): path is string => path !== null)
  return { untranslated: [...new Set(named)] }
}

type PublicCategoryRef = { slug: string; name: string }

export type PublicCategory = PublicCategoryRef & {
  description: string | null
  order: number
  updatedAt: string
} & Translatable

/** A field's value in the API: made from its definition in src/schema/subprocessor.ts. */
type ApiValue<F> = F extends { type: 'category' }
  ? PublicCategoryRef | null
  : F extends { type: 'select'; options: ReadonlyArray<{ value: infer Code }> }
    ? Code | null
    : F extends { type: 'person' }
      ? ContactPerson
      : F extends { type: 'yesNoList' }
        ? SpecialCategories
        : F extends { type: 'transfers' }
          ? TransferMechanism[]
          : F extends { hasMany: true }
            ? string[]
            : F extends { required: true }
              ? string
              : string | null

export type PublicSubprocessor = { slug: string } & {
  [F in SubprocessorField as F['name']]: ApiValue<F>
} & {
  /**
   * Deprecated: the codes of the mechanisms, as API v1 served them before `transferMechanisms`
   * (docs/api.md, "Changes to the API"). Derived, never stored.
   */
  transferSafeguards: Array<{ code: TransferSafeguardCode; label: string }>
  updatedAt: string
  portalUrl: string
} & Translatable

/** A document as read in a language: its texts, and those shown in the source language. */
export type Read<Doc> = { doc: Doc; untranslated?: Untranslated }

/**
 * What a subprocessor's related ids are served as: its category, and its scopes by slug; and the
 * language they were read in (the source language when not given).
 */
export type Related = {
  categoriesById: Map<string, Category>
  scopesById: Map<string, Scope>
  locale?: Locale
  /** Texts of each category (by id) shown in the source language. */
  untranslatedCategories?: Map<string, Untranslated>
}

type PublicPolicySummary = {
  slug: string
  title: string
  summary: string | null
  effectiveDate: string | null
  order: number
  updatedAt: string
  portalUrl: string
} & Translatable

export type PublicPolicy = PublicPolicySummary & {
  body: { html: string; text: string; lexical: Policy['body'] }
}

const orNull = (value: string | null | undefined): string | null => (value ? value : null)

const toPublicCategoryRef = (category: Category): PublicCategoryRef => ({
  slug: category.slug,
  name: category.name,
})

export const toPublicCategory = (
  category: Category,
  untranslated?: Untranslated,
): PublicCategory => ({
  ...toPublicCategoryRef(category),
  description: orNull(category.description),
  order: category.order,
  updatedAt: category.updatedAt,
  ...untranslatedOf(untranslated),
})

const idOf = (value: unknown): string | undefined =>
  typeof value === 'string'
    ? value
    : ((value as { id?: string } | null | undefined)?.id ?? undefined)

function apiValue(field: SubprocessorFieldDefinition, value: unknown, related: Related): unknown {
  switch (field.type) {
    case 'category': {
      const id = idOf(value)
      const category = id ? related.categoriesById.get(id) : undefined
      return category ? toPublicCategoryRef(category) : null
    }
    case 'scopes':
      // a scope in use cannot be deleted (collections/Scopes), so every id has its slug
      return ((value as unknown[] | null | undefined) ?? []).flatMap((item) => {
        const scope = related.scopesById.get(idOf(item) ?? '')
        return scope ? [scope.slug] : []
      })
    case 'select':
      return orNull(value as string | null | undefined)
    case 'person':
      return contactOf(value)
    case 'yesNoList':
      return specialCategoriesOf(value)
    case 'transfers': {
      const locale = related.locale ?? DEFAULT_LOCALE
      return transferMechanismsOf(value).map((mechanism) => ({
        ...mechanism,
        label: optionLabelIn(
          'transferMechanisms.mechanism',
          transferMechanismOptions,
          mechanism.code,
          locale,
        ),
      }))
    }
    default:
      if (field.hasMany) return (value as string[] | null | undefined) ?? []
      return field.required ? value : orNull(value as string | null | undefined)
  }
}

/**
 * The API names of a subprocessor's texts shown in the source language: its own fields' paths
 * (a transfer mechanism by its place in the served list, rows without a mechanism being left out
 * of it), and its category's name.
 */
function subprocessorUntranslated(
  doc: Subprocessor,
  untranslated: Untranslated | undefined,
  related: Related,
): Translatable {
  if (!untranslated) return {}
  const names = new Set(subprocessorFields.map((field) => field.name as string))
  const served = servedTransferPath(doc.transferMechanisms)
  const own = apiPaths(untranslated, (path) =>
    names.has(path.split('.')[0]) ? served(path) : null,
  ).untranslated!
  const categoryId = idOf(doc.category)
  const categoryName = categoryId
    ? related.untranslatedCategories?.get(categoryId)?.includes('name')
    : false
  return { untranslated: categoryName ? [...own, 'category.name'] : own }
}

export function toPublicSubprocessor(
  stored: Subprocessor,
  related: Related,
  untranslated?: Untranslated,
): PublicSubprocessor {
  const doc = withCurrentShape(stored)
  const values: Record<string, unknown> = { ...doc }
  const fields = subprocessorFields as readonly SubprocessorFieldDefinition[]
  return {
    slug: doc.slug,
    ...Object.fromEntries(
      fields.map((field) => [field.name, apiValue(field, values[field.name], related)]),
    ),
    transferSafeguards: transferSafeguardsOf(transferMechanismsOf(doc.transferMechanisms)),
    updatedAt: doc.updatedAt,
    portalUrl: absoluteUrl(`/subprocessors/${doc.slug}`),
    ...subprocessorUntranslated(stored, untranslated, related),
  } as PublicSubprocessor
}

export type PublicScope = {
  slug: string
  name: string
  kind: { code: ScopeKind; label: string }
  description: string | null
  order: number
  updatedAt: string
} & Translatable

export const toPublicScope = (
  scope: Scope,
  untranslated: Untranslated | undefined,
  locale: Locale,
): PublicScope => ({
  slug: scope.slug,
  name: scope.name,
  kind: { code: scope.kind, label: optionLabelIn('scopes.kind', SCOPE_KINDS, scope.kind, locale) },
  description: orNull(scope.description),
  order: scope.order,
  updatedAt: scope.updatedAt,
  ...untranslatedOf(untranslated),
})

/** Payload stores a day-only date as a UTC timestamp; the contract gives the day (YYYY-MM-DD). */
const dayOf = (iso: string | null | undefined): string | null => (iso ? iso.slice(0, 10) : null)

const toPublicPolicySummary = (doc: Policy): PublicPolicySummary => ({
  slug: doc.slug,
  title: doc.title,
  summary: orNull(doc.summary),
  effectiveDate: dayOf(doc.effectiveDate),
  order: doc.order,
  updatedAt: doc.updatedAt,
  portalUrl: absoluteUrl(`/policies/${doc.slug}`),
})

export const toPublicPolicy = (
  doc: Policy,
  slugOf: SlugOf,
  untranslated?: Untranslated,
): PublicPolicy => ({
  ...toPublicPolicySummary(doc),
  body: {
    html: policyBodyToHtml(doc.body, slugOf),
    text: policyBodyToText(doc.body, slugOf),
    lexical: doc.body,
  },
  ...untranslatedOf(untranslated),
})

/** A policy in a list: without its body, and so without the body among its untranslated texts. */
export const withoutPolicyBody = ({
  body: _body,
  untranslated,
  ...summary
}: PublicPolicy): PublicPolicySummary => ({
  ...summary,
  ...apiPaths(untranslated, (path) => (path === 'body' || path.startsWith('body.') ? null : path)),
})

// Change notices: the public model (src/changes/log.ts, shared with the pages and feeds) in the
// API's shape, where a subprocessor is named by its slug rather than a database id.

export type PublicFieldChange = {
  field: RecordedFieldName
  label: string
  subprocessorName: string
  subprocessorSlug: string | null
  before: FieldValue
  after: FieldValue
}

export type PublicChangeNotice = Omit<PublicChange, 'id' | 'fieldChanges'> & {
  fieldChanges: PublicFieldChange[]
  portalUrl: string
}

export const toPublicChangeNotice = (change: PublicChange): PublicChangeNotice => ({
  slug: change.slug,
  title: change.title,
  kind: change.kind,
  status: change.status,
  subprocessor: change.subprocessor,
  replaces: change.replaces,
  reason: change.reason,
  urgentReason: change.urgentReason,
  noticePeriodDays: change.noticePeriodDays,
  announcedAt: change.announcedAt,
  effectiveDate: change.effectiveDate,
  appliedAt: change.appliedAt,
  fieldChanges: change.fieldChanges.map((fieldChange) => ({
    field: fieldChange.field,
    label: fieldChange.label,
    subprocessorName: fieldChange.subprocessorName,
    subprocessorSlug: fieldChange.subprocessorSlug,
    before: fieldChange.before,
    after: fieldChange.after,
  })),
  updatedAt: change.updatedAt,
  portalUrl: absoluteUrl(`/changes/${change.slug}`),
})

// The trust center's other sections: certifications, the security overview, the FAQ and the
// document library, from the readers the pages use (src/data), so pages and API agree.

type Coded<Code extends string> = { code: Code; label: string }

export type PublicCertification = {
  name: string
  status: Coded<CertificationStatus>
  auditor: string | null
  validFrom: string | null
  validUntil: string | null
  scope: string | null
  badge: { url: string; alt: string; width: number | null; height: number | null } | null
  document: { slug: string; title: string; portalUrl: string } | null
  order: number
  updatedAt: string
  portalUrl: string
} & Translatable

/** `today` (YYYY-MM-DD): an achieved certification past its validity is served as expired. */
export const toPublicCertification = (
  entry: CertificationEntry,
  today: string,
  locale: Locale,
): PublicCertification => {
  const status = effectiveStatus(entry.storedStatus, entry.validUntil, today)
  return {
    name: entry.name,
    status: { code: status, label: labelIn(CERTIFICATION_STATUSES, status, locale) },
    auditor: entry.auditor,
    validFrom: dayOf(entry.validFrom),
    validUntil: dayOf(entry.validUntil),
    scope: entry.scope,
    badge: entry.badge && {
      url: absoluteUrl(entry.badge.src),
      alt: entry.badge.alt,
      width: entry.badge.width,
      height: entry.badge.height,
    },
    document: entry.document && {
      ...entry.document,
      portalUrl: absoluteUrl(`/documents/${entry.document.slug}`),
    },
    order: entry.order,
    updatedAt: entry.updatedAt,
    portalUrl: absoluteUrl(`/compliance#${entry.anchor}`),
    ...apiPaths(entry.untranslated, (path) =>
      path === 'scope' || path === 'document.title' ? path : null,
    ),
  }
}

export type PublicSecurityTopic = Omit<SecurityTopic, 'untranslated'> & {
  portalUrl: string
} & Translatable

/** A statement is served as its text: `statements.2.text` is `statements.2` in the API. */
const securityTopicPath = (path: string) =>
  /^(title|summary)$/.test(path) ? path : (/^statements\.\d+/.exec(path)?.[0] ?? null)

export const toPublicSecurityTopic = (topic: SecurityTopic): PublicSecurityTopic => ({
  slug: topic.slug,
  title: topic.title,
  summary: topic.summary,
  statements: topic.statements,
  order: topic.order,
  updatedAt: topic.updatedAt,
  portalUrl: absoluteUrl(`/security#${topic.slug}`),
  ...apiPaths(topic.untranslated, securityTopicPath),
})

export type PublicFaqEntry = {
  slug: string
  question: string
  topic: string
  answer: { html: string; text: string }
  order: number
  updatedAt: string
  portalUrl: string
} & Translatable

export const toPublicFaqEntry = (entry: FaqEntry): PublicFaqEntry => ({
  slug: entry.slug,
  question: entry.question,
  topic: entry.topic,
  answer: {
    html: policyBodyToHtml(entry.answer, populatedSlugOf(entry.answer)),
    text: entry.answerText,
  },
  order: entry.order,
  updatedAt: entry.updatedAt,
  portalUrl: absoluteUrl(`/faq#${entry.slug}`),
  ...apiPaths(entry.untranslated, (path) => /^(question|topic|answer)\b/.exec(path)?.[0] ?? null),
})

export type PublicDocument = {
  slug: string
  title: string
  description: string | null
  kind: Coded<DocumentKind>
  accessLevel: Coded<AccessLevel>
  version: string | null
  effectiveDate: string | null
  fileSize: number | null
  downloadUrl: string | null
  requestAccessUrl: string | null
  order: number
  updatedAt: string
  portalUrl: string
} & Translatable

/**
 * A document's metadata. Only a public document has a `downloadUrl`; a confidential one has the
 * page where access is requested instead, and nothing that reaches its file.
 */
export const toPublicDocument = (entry: DocumentEntry, locale: Locale): PublicDocument => {
  const gated = isGated(entry.accessLevel)
  return {
    slug: entry.slug,
    title: entry.title,
    description: entry.description,
    kind: { code: entry.kind, label: labelIn(DOCUMENT_KINDS, entry.kind, locale) },
    accessLevel: {
      code: entry.accessLevel,
      label: portalWords(locale).accessLevels[entry.accessLevel],
    },
    version: entry.version,
    effectiveDate: dayOf(entry.effectiveDate),
    fileSize: entry.fileSize,
    downloadUrl: gated ? null : absoluteUrl(downloadPath(entry.slug)),
    requestAccessUrl: gated ? absoluteUrl(requestAccessPath(entry.slug)) : null,
    order: entry.order,
    updatedAt: entry.updatedAt,
    portalUrl: absoluteUrl(`/documents/${entry.slug}`),
    ...apiPaths(entry.untranslated, (path) => (/^(title|description)$/.test(path) ? path : null)),
  }
}
