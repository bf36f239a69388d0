// Checks real responses against the public API's OpenAPI 3.1 document with a JSON Schema 2020-12
// validator, so the document and the code cannot drift apart unnoticed.
import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { openApiDocument, type OpenApiDocument, type ResponseObject } from '@/public-api/openapi'

const DOC_ID = 'openapi.json'
const pointer = (...parts: string[]) =>
  parts.map((part) => part.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')

export function createContract(doc: OpenApiDocument = openApiDocument()) {
  // strict: a misspelt keyword in the document is an error, not a silently ignored rule
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true })
  addFormats(ajv)
  ajv.addVocabulary([
    'openapi',
    'jsonSchemaDialect',
    'info',
    'servers',
    'tags',
    'paths',
    'components',
  ])
  ajv.addSchema(doc as object, DOC_ID)
  const covered = new Set<string>()

  function responseOf(
    path: string,
    status: number,
  ): { response: ResponseObject; location: string } {
    const operation = doc.paths[path]?.get
    if (!operation) throw new Error(`${path} is not in the OpenAPI document`)
    const entry = operation.responses[String(status)]
    if (!entry) throw new Error(`GET ${path} answered ${status}, which the document does not list`)
    if ('$ref' in entry) {
      const name = entry.$ref.split('/').pop()!
      return {
        response: doc.components.responses[name],
        location: pointer('components', 'responses', name),
      }
    }
    return { response: entry, location: pointer('paths', path, 'get', 'responses', String(status)) }
  }

  /** Errors (empty when the response matches the document) for a response to GET `path` (a template). */
  function check(path: string, status: number, headers: Headers, body: unknown): string[] {
    covered.add(`${path} ${status}`)
    const { response, location } = responseOf(path, status)
    const errors: string[] = []
    for (const name of Object.keys(response.headers ?? {})) {
      if (!headers.has(name)) errors.push(`missing header ${name}`)
    }
    const content = response.content ?? {}
    const mediaType = (headers.get('content-type') ?? '').split(';')[0].trim()
    if (Object.keys(content).length === 0) {
      if (body !== null && body !== '')
        errors.push(`expected no body, got ${String(body).slice(0, 80)}`)
      return errors
    }
    if (!(mediaType in content))
      return [...errors, `content type ${mediaType} is not one of ${Object.keys(content)}`]
    const validate = ajv.compile({
      $ref: `${DOC_ID}#/${location}/${pointer('content', mediaType, 'schema')}`,
    })
    if (!validate(body)) {
      errors.push(
        ...(validate.errors ?? []).map(
          (error) =>
            `${error.instancePath || '(body)'} ${error.message} ${JSON.stringify(error.params)}`,
        ),
      )
    }
    return errors
  }

  /** Every (path, status) pair the document lists that no check has seen yet. */
  function uncovered(): string[] {
    return Object.entries(doc.paths).flatMap(([path, { get }]) =>
      Object.keys(get.responses)
        .map((status) => `${path} ${status}`)
        .filter((pair) => !covered.has(pair)),
    )
  }

  /** Validates a value against a named component schema. */
  function checkSchema(name: string, value: unknown): string[] {
    const validate = ajv.getSchema(`${DOC_ID}#/components/schemas/${name}`)
    if (!validate) throw new Error(`no schema ${name}`)
    return validate(value)
      ? []
      : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`)
  }

  return { doc, check, checkSchema, uncovered }
}

/** Reads RFC 4180 CSV (quoted cells, doubled quotes, line breaks inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (char === '"') quoted = false
      else cell += char
    } else if (char === '"') quoted = true
    else if (char === ',') {
      row.push(cell)
      cell = ''
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      i++
    } else cell += char
  }
  if (cell !== '' || row.length) {
    row.push(cell)
    rows.push(row)
  }
  return rows
}
