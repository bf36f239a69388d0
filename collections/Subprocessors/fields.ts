// The admin form's fields, made from the one definition in src/schema/subprocessor.ts.
import type { Field, SelectFieldSingleValidation } from 'payload'
import { select as validateSelect, text, textarea } from 'payload/shared'
import {
  formSections,
  partOf,
  subprocessorFields,
  type SubprocessorFieldDefinition,
  type SubprocessorFieldName,
} from '@/schema/subprocessor'
import { SCC_MECHANISM, transferSafeguardOptions } from '@/schema/transfers'
import { webAddressField } from '@/fields/url'
import { localized } from '@/fields/localized'
import {
  fieldLabelIn,
  helpIn,
  optionLabelIn,
  partWordsIn,
  sectionIn,
} from '@/i18n/subprocessorWords'
import { DEFAULT_LOCALE } from '@/i18n/locales'
import { adminLanguage } from '@/i18n/adminWords'

/** Settings only the collection adds to a field (a validation that reads the database). */
type FieldAdditions = Partial<Record<SubprocessorFieldName, Record<string, unknown>>>

// The admin in the editor's language (Payload's own words follow it). The German words are in
// src/i18n/subprocessorWords.ts, beside the visitors' ones.
function options(field: SubprocessorFieldDefinition, part?: string) {
  const source = (part ? partOf(field, part).options : field.options) ?? []
  const key = part ? `${field.name}.${part}` : field.name
  return source.map(({ value, label }) => ({
    value,
    label: { en: label, de: optionLabelIn(key, source, value, 'de') },
  }))
}

function fieldConfig(field: SubprocessorFieldDefinition): Field {
  const { name, editorLabel = field.label, required } = field
  // the German label is the visitors' one, which is also the editor's
  const label = { en: editorLabel, de: fieldLabelIn(field, 'de') }
  const description = { en: field.help, de: helpIn(field, 'de') }
  const part = (partName: string) => {
    const { label, help } = partOf(field, partName)
    const de = partWordsIn(field, partName, 'de')
    return {
      name: partName,
      label: { en: label, de: de.label },
      admin: { description: { en: help, de: de.help } },
    }
  }
  switch (field.type) {
    case 'url':
      return webAddressField(name, label, description)
    case 'category':
      return {
        name,
        label,
        type: 'relationship',
        relationTo: 'categories',
        required,
        admin: { description },
      }
    case 'scopes':
      return {
        name,
        label,
        type: 'relationship',
        relationTo: 'scopes',
        hasMany: true,
        admin: { description, allowCreate: false },
      }
    case 'select':
      return {
        name,
        label,
        type: 'select',
        required,
        options: options(field),
        admin: { description },
      }
    case 'person':
      return {
        name,
        label,
        type: 'group',
        admin: { description },
        fields: [
          {
            type: 'row',
            fields: [
              { ...part('name'), type: 'text', maxLength: partOf(field, 'name').maxLength },
              { ...part('role'), type: 'text', maxLength: partOf(field, 'role').maxLength },
              { ...part('email'), type: 'email' },
            ],
          },
        ],
      }
    case 'yesNoList':
      return {
        name,
        label,
        type: 'group',
        admin: { description },
        fields: [
          {
            ...part('processed'),
            type: 'select',
            options: options(field, 'processed'),
            validate: specialCategoriesNamed,
          },
          {
            ...part('which'),
            type: 'text',
            localized: partOf(field, 'which').localized,
            hasMany: true,
            maxLength: partOf(field, 'which').maxLength,
            maxRows: partOf(field, 'which').maxRows,
            admin: {
              ...part('which').admin,
              condition: (_data, siblingData) => siblingData?.processed === 'yes',
            },
            // hidden unless Yes, and then not validated: a list left from an earlier Yes goes
            hooks: {
              beforeChange: [
                ({ value, siblingData }) => (siblingData?.processed === 'yes' ? value : []),
              ],
            },
          },
        ],
      }
    case 'transfers':
      return {
        name,
        label,
        type: 'array',
        maxRows: field.maxRows,
        labels: {
          singular: { en: 'Transfer mechanism', de: 'Übermittlungsmechanismus' },
          plural: { en: 'Transfer mechanisms', de: 'Übermittlungsmechanismen' },
        },
        admin: { description, initCollapsed: false },
        fields: [
          {
            type: 'row',
            fields: [
              {
                ...part('mechanism'),
                type: 'select',
                required: true,
                options: options(field, 'mechanism'),
              },
              {
                ...part('sccModule'),
                type: 'select',
                options: options(field, 'sccModule'),
                admin: {
                  ...part('sccModule').admin,
                  condition: (_data, siblingData) => siblingData?.mechanism === SCC_MECHANISM,
                },
              },
            ],
          },
          {
            ...part('note'),
            type: 'text',
            localized: partOf(field, 'note').localized,
            maxLength: partOf(field, 'note').maxLength,
          },
        ],
      }
    case 'text':
      if (field.hasMany) {
        const { minRows, maxRows, maxLength } = field
        return {
          name,
          label,
          type: 'text',
          hasMany: true,
          required,
          minRows,
          maxRows,
          maxLength,
          admin: { description },
        }
      }
      return {
        name,
        label,
        type: 'text',
        required,
        maxLength: field.maxLength,
        admin: { description },
      }
    case 'textarea':
      return {
        name,
        label,
        type: 'textarea',
        required,
        maxLength: field.maxLength,
        admin: { description },
      }
  }
}

/**
 * Yes needs at least one category named (said at the answer, which the list follows), in the
 * source language: a translation saved before its list is translated reads the English list.
 */
const specialCategoriesNamed: SelectFieldSingleValidation = (value, options) => {
  const which = (options.siblingData as { which?: unknown } | undefined)?.which
  const named = Array.isArray(which) && which.some((item) => String(item).trim() !== '')
  const locale = options.req?.locale
  const translation = Boolean(locale) && locale !== DEFAULT_LOCALE
  if (value === 'yes' && !named && !translation)
    return adminLanguage(options.req?.i18n).t('trust:messages:specialCategoriesNamed')
  return validateSelect(value, options)
}

/**
 * Every public field, in order: fields sharing a `row` side by side, consecutive fields of a
 * `section` in one collapsible group (which holds no data of its own: the API is unchanged).
 */
export function subprocessorFieldConfigs(additions: FieldAdditions = {}): Field[] {
  const fields: Field[] = []
  let section: { key?: string; fields: Field[] } = { fields }
  let row: { key?: string; fields: Field[] } = { fields: [] }
  for (const field of subprocessorFields as readonly SubprocessorFieldDefinition[]) {
    const own = fieldConfig(field)
    const translated = field.localized
      ? localized(own, field.type === 'textarea' ? textarea : text)
      : own
    const config = { ...translated, ...additions[field.name as SubprocessorFieldName] }
    if (field.section !== section.key) {
      section = { key: field.section, fields: field.section ? [] : fields }
      if (field.section)
        fields.push({
          type: 'collapsible',
          label: { en: formSections[field.section], de: sectionIn(field.section, 'de') },
          admin: { initCollapsed: false },
          fields: section.fields,
        })
      row = { fields: [] }
    }
    if (!field.row) {
      section.fields.push(config as Field)
      row = { fields: [] }
    } else if (row.key === field.row) row.fields.push(config as Field)
    else {
      row = { key: field.row, fields: [config as Field] }
      section.fields.push({ type: 'row', fields: row.fields })
    }
  }
  return fields
}

/**
 * `transferSafeguards`, retired by issue 13 (src/schema/transfers.ts). Kept in the config only so
 * that versions saved before can still be read: the database adapter drops every stored key the
 * config does not name. Never shown or written: the collection's hooks turn it into
 * `transferMechanisms` on every read and write (hooks/currentShape.ts), and the migration moved
 * it out of the stored documents (src/migrations).
 */
export const retiredFieldConfigs: Field[] = [
  {
    name: 'transferSafeguards',
    type: 'select',
    hasMany: true,
    options: transferSafeguardOptions.map(({ value, label }) => ({ value, label })),
    admin: { hidden: true, disableListColumn: true, disableListFilter: true },
  },
]
