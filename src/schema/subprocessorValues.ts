// The values of a subprocessor's fields (./subprocessor.ts), read from what is stored and put in
// words. Every reader goes through here: the API serializer for the structured values, the
// snapshots that notices, the change log and the past-day list compare and show, the CSV and the
// annex. Records of every age pass: stored documents and versions saved before issue 13 (contact
// as free text, `transferSafeguards`), and the snapshots recorded then, which are never rewritten.
import {
  fieldNamed,
  optionLabel,
  retiredFields,
  subprocessorFields,
  type SubprocessorFieldDefinition,
} from './subprocessor'
import {
  mechanismRowsOfSafeguards,
  transferMechanismsOf,
  transferMechanismText,
  transferSafeguardOptions,
  type TransferMechanism,
} from './transfers'
import { labelOf } from '@/utilities/options'
import { sourceValue } from '@/i18n/locales'

/** A value as people read it: text, a list, or nothing. What snapshots and notices hold. */
export type ReadableValue = string | string[] | null

export type ContactPerson = { name: string | null; role: string | null; email: string | null }

export type SpecialCategories = {
  /** true: yes; false: no; null: not stated. */
  processed: boolean | null
  /** Which special categories, when `processed` is true. */
  which: string[]
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null
const texts = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(text).filter((item): item is string => item !== null) : []
const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}

export function contactOf(stored: unknown): ContactPerson {
  const { name, role, email } = record(stored)
  return { name: text(name), role: text(role), email: text(email) }
}

/** "Jane Doe (Data Protection Officer)" and the email, each a line; none when all are empty. */
export function contactLines({ name, role, email }: ContactPerson): string[] {
  const who = name && role ? `${name} (${role})` : (name ?? role)
  return [who, email].filter((line): line is string => line !== null)
}

export function specialCategoriesOf(stored: unknown): SpecialCategories {
  const { processed, which } = record(stored)
  const answer = processed === 'yes' ? true : processed === 'no' ? false : null
  return { processed: answer, which: answer ? texts(which) : [] }
}

/** "No", "Yes", or "Yes: Health data, Biometric data"; null when not stated. */
export function specialCategoriesText({ processed, which }: SpecialCategories): string | null {
  if (processed === null) return null
  if (!processed) return 'No'
  return which.length ? `Yes: ${which.join(', ')}` : 'Yes'
}

const orNull = (items: string[]): string[] | null => (items.length ? items : null)

/**
 * A stored subprocessor (its main document or any version, of any age) in the current shape.
 * Before issue 13, `contact` was free text ("postal address or contact"): it is the address now.
 * `transferSafeguards` was a list of codes: each is a mechanism of the same code. Translated
 * fields read without Payload's hooks (`{ en, de }`) are in the source language: what notices
 * compare and record.
 */
export function withCurrentShape<T extends object>(stored: T): T {
  const doc = inSourceLanguage({ ...stored } as Record<string, unknown>)
  if (typeof doc.contact === 'string') {
    if (!text(doc.address)) doc.address = doc.contact
    doc.contact = null
  }
  if ('transferSafeguards' in doc) {
    const rows = mechanismRowsOfSafeguards(doc.transferSafeguards)
    if (rows.length && !transferMechanismsOf(doc.transferMechanisms).length)
      doc.transferMechanisms = rows
    delete doc.transferSafeguards
  }
  return doc as T
}

/** Each translated field, and translated part of a field, in the source language. */
function inSourceLanguage(doc: Record<string, unknown>): Record<string, unknown> {
  for (const field of subprocessorFields as readonly SubprocessorFieldDefinition[]) {
    const value = doc[field.name]
    if (field.localized) doc[field.name] = sourceValue(value)
    const parts = field.parts?.filter((part) => part.localized).map((part) => part.name) ?? []
    if (!parts.length || !value || typeof value !== 'object') continue
    const partsInSource = (item: Record<string, unknown>) => {
      const copy = { ...item }
      for (const part of parts) if (part in copy) copy[part] = sourceValue(copy[part])
      return copy
    }
    doc[field.name] = Array.isArray(value)
      ? value.map((item) => (item && typeof item === 'object' ? partsInSource(item) : item))
      : partsInSource(value as Record<string, unknown>)
  }
  return doc
}

/**
 * `doc` (read in some language) with its translated fields and parts taken from `stored` (a
 * document as the database holds it) in the source language; array rows' parts matched by row id.
 */
export function withSourceTexts<T extends object>(doc: T, stored: object): T {
  const source = inSourceLanguage({ ...stored } as Record<string, unknown>)
  const result = { ...doc } as Record<string, unknown>
  for (const field of subprocessorFields as readonly SubprocessorFieldDefinition[]) {
    if (field.localized) {
      result[field.name] = source[field.name] ?? null
      continue
    }
    const parts = field.parts?.filter((part) => part.localized).map((part) => part.name) ?? []
    const value = result[field.name]
    if (!parts.length || !value || typeof value !== 'object') continue
    const sourceValueOf = source[field.name]
    const withParts = (item: Record<string, unknown>, from: unknown) => {
      const copy = { ...item }
      for (const part of parts)
        copy[part] = (from as Record<string, unknown> | undefined)?.[part] ?? null
      return copy
    }
    if (Array.isArray(value)) {
      const rows = Array.isArray(sourceValueOf) ? (sourceValueOf as Record<string, unknown>[]) : []
      result[field.name] = value.map((row: Record<string, unknown>) =>
        withParts(
          row,
          rows.find((sourceRow) => sourceRow?.id === row?.id),
        ),
      )
    } else result[field.name] = withParts(value as Record<string, unknown>, sourceValueOf)
  }
  return result as T
}

/** Names of related documents, for fields that store ids (the category, the scopes). */
export type Lookups = {
  categoryName?: (id: string) => string | undefined
  scopeName?: (id: string) => string | undefined
}

const idOf = (value: unknown): string | null => {
  if (typeof value === 'string' && value !== '') return value
  if (value && typeof value === 'object' && 'id' in value) return String(value.id)
  return null
}

/**
 * A stored value (of a document in the current shape) in words. Without lookups the category and
 * scopes stay ids: enough to compare two versions.
 */
export function readableValue(
  field: SubprocessorFieldDefinition,
  stored: unknown,
  lookups: Lookups = {},
): ReadableValue {
  switch (field.type) {
    case 'category': {
      const id = idOf(stored)
      return id ? (lookups.categoryName?.(id) ?? id) : null
    }
    case 'scopes': {
      const ids = Array.isArray(stored) ? stored.map(idOf).filter((id) => id !== null) : []
      return orNull(ids.map((id) => lookups.scopeName?.(id) ?? id))
    }
    case 'select': {
      const code = text(stored)
      return code && optionLabel(field, code)
    }
    case 'person':
      return orNull(contactLines(contactOf(stored)))
    case 'yesNoList':
      return specialCategoriesText(specialCategoriesOf(stored))
    case 'transfers':
      return orNull(transferMechanismsOf(stored).map(transferMechanismText))
    default:
      if (field.hasMany) return orNull(texts(stored))
      return typeof stored === 'string' && stored !== '' ? stored : null
  }
}

/** A value as the API serves it (src/public-api/serialize.ts), in words: the CSV and the annex. */
export function readableApiValue(
  field: SubprocessorFieldDefinition,
  value: unknown,
  scopeName: (slug: string) => string = (slug) => slug,
): ReadableValue {
  switch (field.type) {
    case 'category':
      return text(record(value).name)
    case 'scopes':
      return orNull(texts(value).map(scopeName))
    case 'select': {
      const code = text(value)
      return code && optionLabel(field, code)
    }
    case 'person':
      return orNull(contactLines(value as ContactPerson))
    case 'yesNoList':
      return specialCategoriesText(value as SpecialCategories)
    case 'transfers':
      return orNull((value as TransferMechanism[]).map(transferMechanismText))
    default:
      if (field.hasMany) return orNull(texts(value))
      return text(value)
  }
}

/** A value in one line: lists joined with commas, nothing as "(none)" or what empty means. */
export function valueInWords(value: ReadableValue, fieldName?: string): string {
  if (value === null) return (fieldName && fieldNamed(fieldName)?.emptyText) ?? '(none)'
  return Array.isArray(value) ? value.join(', ') : value
}

/** The label of a field named in a record, current or retired. */
export const labelOfField = (name: string): string =>
  fieldNamed(name)?.label ?? retiredFields.find((field) => field.name === name)?.label ?? name

/**
 * A recorded snapshot (src/changes/fields.ts) in the current shape: one recorded before issue 13
 * has the contact's free text (now the address) and `transferSafeguards` codes, shown then under
 * their labels of the time.
 */
export function currentSnapshotValues(
  recorded: Record<string, unknown>,
): Record<string, ReadableValue> {
  const values: Record<string, ReadableValue> = {}
  const legacy = !('address' in recorded)
  for (const { name } of subprocessorFields) {
    const value = recorded[name]
    values[name] =
      typeof value === 'string' || (Array.isArray(value) && value.length)
        ? (value as ReadableValue)
        : null
  }
  if (legacy && typeof recorded.contact === 'string') {
    values.address = recorded.contact
    values.contact = null
  }
  if (legacy && Array.isArray(recorded.transferSafeguards)) {
    values.transferMechanisms = orNull(
      texts(recorded.transferSafeguards).map((code) => labelOf(transferSafeguardOptions, code)),
    )
  }
  if (values.contact !== null && !Array.isArray(values.contact)) values.contact = [values.contact]
  return values
}
