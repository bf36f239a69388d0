// The JSON Schema (2020-12) of the machine-readable list, /subprocessors.json, published at
// /.well-known/subprocessors.schema.json. It is cut from the OpenAPI document's schemas (the list's
// `SubprocessorExport` and everything it refers to, moved under `$defs`), so the list, the API and
// this file cannot disagree: a field added to the subprocessor appears in all three.
import { absoluteUrl } from '@/site/url'
import { openApiDocument, type SchemaObject } from './openapi'

export const LIST_SCHEMA_PATH = '/.well-known/subprocessors.schema.json'

/**
 * The schema's version. Within a major version, fields may be added (minor), never renamed,
 * retyped or removed; a breaking change would be published as version 2 at a new address.
 */
// 1.1.0: `untranslated` on each item of a list asked for in another language (`?locale=`).
export const LIST_SCHEMA_VERSION = '1.1.0'

const COMPONENT_REF = /^#\/components\/schemas\/(.+)$/

/** A copy of `schema` with each component reference rewritten, noting the names it refers to. */
function relink(schema: unknown, found: Set<string>): unknown {
  if (Array.isArray(schema)) return schema.map((item) => relink(item, found))
  if (!schema || typeof schema !== 'object') return schema
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => {
      const name = key === '$ref' && typeof value === 'string' && COMPONENT_REF.exec(value)?.[1]
      if (!name) return [key, relink(value, found)]
      found.add(name)
      return [key, `#/$defs/${name}`]
    }),
  )
}

export function subprocessorListSchema() {
  const { schemas } = openApiDocument().components
  const defs: Record<string, unknown> = {}
  const found = new Set<string>()
  const root = relink(schemas.SubprocessorExport, found) as SchemaObject
  for (let pending = [...found]; pending.length > 0; pending = [...found].filter((n) => !defs[n])) {
    for (const name of pending) defs[name] = relink(schemas[name], found)
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: absoluteUrl(LIST_SCHEMA_PATH),
    title: `Subprocessor list, version ${LIST_SCHEMA_VERSION}`,
    $comment: `Version ${LIST_SCHEMA_VERSION}. Within version 1, fields may be added, never renamed, retyped or removed. The same fields as the public API (${absoluteUrl('/developers')}).`,
    ...root,
    $defs: defs,
  }
}
