// The admin form's fields, made from the one definition in src/schema/subprocessor.ts.
import type { Field } from 'payload'
import {
  subprocessorFields,
  type SubprocessorFieldDefinition,
  type SubprocessorFieldName,
} from '@/schema/subprocessor'
import { webAddressField } from '@/fields/url'

/** Settings only the collection adds to a field (a validation that reads the database). */
type FieldAdditions = Partial<Record<SubprocessorFieldName, Record<string, unknown>>>

function fieldConfig(field: SubprocessorFieldDefinition): Field {
  const { name, editorLabel = field.label, help: description, required } = field
  const label = editorLabel
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
    case 'select':
      return {
        name,
        label,
        type: 'select',
        hasMany: true,
        required,
        options: (field.options ?? []).map(({ value, label }) => ({ value, label })),
        admin: { description },
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

/** Every public field, in order; fields sharing a `row` side by side. */
export function subprocessorFieldConfigs(additions: FieldAdditions = {}): Field[] {
  const fields: Field[] = []
  let row: Field[] = []
  subprocessorFields.forEach((field: SubprocessorFieldDefinition, index) => {
    const config = { ...fieldConfig(field), ...additions[field.name as SubprocessorFieldName] }
    const previous: SubprocessorFieldDefinition | undefined = subprocessorFields[index - 1]
    if (!field.row) fields.push(config as Field)
    else if (previous?.row === field.row) row.push(config as Field)
    else {
      row = [config as Field]
      fields.push({ type: 'row', fields: row })
    }
  })
  return fields
}
