// Translated fields (Payload localization, src/i18n/locales.ts). A required text is required in
// the source language only: a translation left empty reads as the source (marked as such on the
// pages), so a translator can save part of a document. Payload's own `required` would ask for
// every field in every language, and has no setting for this; hence this wrapper.
import type { DefaultValue, Field, Validate } from 'payload'
import { DEFAULT_LOCALE } from '@/i18n/locales'

type LexicalNode = { text?: string; children?: LexicalNode[] }

/** Nothing typed: no text in any node (the editor keeps an empty paragraph once touched). */
const hasNoText = (node: LexicalNode): boolean =>
  !node.text?.trim() && (node.children ?? []).every(hasNoText)

const isEmpty = (value: unknown) =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && 'root' in value && hasNoText((value as { root: LexicalNode }).root))

/**
 * Any of Payload's validators (`text`, `textarea`, `richText`), each typed for its own field: the
 * wrapper only passes the value and options through, so their types do not matter here.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Validator = Validate<any, any, any, any>

/** `validate`, skipped for an empty value saved in a language other than the source. */
export function requiredInSourceOnly<V, D, S, O extends object>(validate: Validate<V, D, S, O>) {
  const wrapped: Validate<V, D, S, O> = (value, options) => {
    const locale = (options as { req?: { locale?: string | null } }).req?.locale
    if (locale && locale !== DEFAULT_LOCALE && isEmpty(value)) return true
    return validate(value, options)
  }
  return wrapped
}

/**
 * A default for the source language only. Payload gives an empty value its field's default on
 * every read (afterRead), and the database adapter stores a fixed default in every language when
 * a document is created: a translation never made would read as the default ("General" for an
 * FAQ topic) instead of as missing, so the page would neither show the English nor mark it.
 */
export function defaultInSourceOnly(defaultValue: DefaultValue): DefaultValue {
  return (args) =>
    args.locale && args.locale !== DEFAULT_LOCALE
      ? undefined
      : typeof defaultValue === 'function'
        ? defaultValue(args)
        : defaultValue
}

/**
 * `field` translated per language. `validate`: its type's validation from `payload/shared`
 * (`text`, `textarea`, `richText`…), needed when the field is required.
 */
export function localized<F extends Field>(field: F, validate?: Validator): F {
  const required = 'required' in field && field.required
  const defaultValue = 'defaultValue' in field ? field.defaultValue : undefined
  return {
    ...field,
    localized: true,
    ...(required && validate && { validate: requiredInSourceOnly(validate) }),
    ...(defaultValue !== undefined && { defaultValue: defaultInSourceOnly(defaultValue) }),
  }
}

/**
 * `fields` with those named in `translated` translated per language (a dotted name reaches into
 * an array or group: `statements.text`), each with its type's validation from `payload/shared`
 * (`text`, `textarea`, `richText`: needed when it is required). One list per collection says
 * which of its texts are translated.
 */
export function withTranslated(fields: Field[], translated: Record<string, Validator>): Field[] {
  const found = new Set<string>()
  const walk = (list: Field[], prefix: string): Field[] =>
    list.map((field) => {
      if ('name' in field && field.name) {
        const path = `${prefix}${field.name}`
        if (path in translated) {
          found.add(path)
          return localized(field, translated[path])
        }
        if ('fields' in field && Array.isArray(field.fields))
          return { ...field, fields: walk(field.fields, `${path}.`) } as Field
        return field
      }
      if ('fields' in field && Array.isArray(field.fields))
        return { ...field, fields: walk(field.fields, prefix) } as Field
      return field
    })
  const result = walk(fields, '')
  const missing = Object.keys(translated).filter((path) => !found.has(path))
  if (missing.length) throw new Error(`withTranslated: no field named ${missing.join(', ')}`)
  return result
}
