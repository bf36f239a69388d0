import type {
  OpenApiDocument,
  ParameterObject,
  ResponseObject,
  SchemaObject,
} from '@/public-api/openapi'
import styles from './developers.module.css'

// Renders the OpenAPI document itself, so the page can never disagree with the contract.

const refName = (ref: string) => ref.split('/').pop() ?? ref

type Reference = { $ref: string }
const isReference = (value: object): value is Reference =>
  '$ref' in value && typeof value.$ref === 'string'

/** A parameter or response, or the one its `$ref` names in the matching `components` section. */
function resolve<T extends object>(section: Record<string, T>, value: T | Reference): T {
  return isReference(value) ? section[refName(value.$ref)] : value
}

export const operationAnchor = (path: string) =>
  `get-${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}`

export function SchemaType({ schema }: { schema: SchemaObject }) {
  if (schema.$ref) return <a href={`#schema-${refName(schema.$ref)}`}>{refName(schema.$ref)}</a>
  if (schema.oneOf) {
    return (
      <>
        {schema.oneOf.map((option, index) => (
          <span key={index}>
            {index > 0 && ' or '}
            <SchemaType schema={option} />
          </span>
        ))}
      </>
    )
  }
  const types = Array.isArray(schema.type) ? schema.type : [schema.type ?? 'any']
  return (
    <>
      {types.map((type, index) => (
        <span key={type}>
          {index > 0 && ' or '}
          {type === 'array' && schema.items ? (
            <>
              array of <SchemaType schema={schema.items} />
            </>
          ) : (
            type
          )}
        </span>
      ))}
      {schema.format && ` (${schema.format})`}
      {schema.enum && `: one of ${schema.enum.map((value) => String(value)).join(', ')}`}
      {schema.deprecated && ' (deprecated)'}
    </>
  )
}

function ParameterTable({ parameters }: { parameters: ParameterObject[] }) {
  if (parameters.length === 0) return <p>No parameters.</p>
  return (
    <div className={styles.scroll}>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">Parameter</th>
            <th scope="col">In</th>
            <th scope="col">Type</th>
            <th scope="col">Description</th>
          </tr>
        </thead>
        <tbody>
          {parameters.map((parameter) => (
            <tr key={`${parameter.in}-${parameter.name}`}>
              <th scope="row">
                <code>{parameter.name}</code>
                {parameter.required && ' (required)'}
              </th>
              <td>{parameter.in}</td>
              <td>
                <SchemaType schema={parameter.schema} />
                {parameter.schema.default !== undefined &&
                  `, default ${String(parameter.schema.default)}`}
              </td>
              <td>{parameter.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function Responses({
  doc,
  responses,
}: {
  doc: OpenApiDocument
  responses: Record<string, ResponseObject | { $ref: string }>
}) {
  return (
    <ul>
      {Object.entries(responses).map(([status, value]) => {
        const response = resolve(doc.components.responses, value)
        const content = Object.entries(response.content ?? {})
        return (
          <li key={status}>
            <strong>{status}</strong>: {response.description}
            {content.map(([mediaType, { schema }]) => (
              <span key={mediaType}>
                {' '}
                <code>{mediaType}</code>, <SchemaType schema={schema} />
              </span>
            ))}
          </li>
        )
      })}
    </ul>
  )
}

export function Operations({ doc }: { doc: OpenApiDocument }) {
  return (
    <>
      {Object.entries(doc.paths).map(([path, { get }]) => (
        <section key={path} aria-labelledby={operationAnchor(path)} className={styles.operation}>
          <h3 id={operationAnchor(path)}>
            <code>{`GET ${path}`}</code>
          </h3>
          <p>
            <strong>{get.summary}.</strong> {get.description}
          </p>
          <h4>Parameters</h4>
          <ParameterTable
            parameters={(get.parameters ?? []).map((parameter) =>
              resolve(doc.components.parameters, parameter),
            )}
          />
          <h4>Responses</h4>
          <Responses doc={doc} responses={get.responses} />
        </section>
      ))}
    </>
  )
}

export function Schemas({ doc }: { doc: OpenApiDocument }) {
  return (
    <>
      {Object.entries(doc.components.schemas).map(([name, schema]) => (
        <section key={name} aria-labelledby={`schema-${name}`} className={styles.operation}>
          <h3 id={`schema-${name}`}>{name}</h3>
          {schema.description && <p>{schema.description}</p>}
          {schema.properties && (
            <div className={styles.scroll}>
              <table className={styles.table}>
                <thead>
                  <tr>
                    <th scope="col">Field</th>
                    <th scope="col">Type</th>
                    <th scope="col">Description</th>
                  </tr>
                </thead>
                <tbody>
                  {Object.entries(schema.properties).map(([field, property]) => (
                    <tr key={field}>
                      <th scope="row">
                        <code>{field}</code>
                        {!schema.required?.includes(field) && ' (optional)'}
                      </th>
                      <td>
                        <SchemaType schema={property} />
                      </td>
                      <td>{property.description}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {schema.examples?.map((example, index) => (
            // focusable: it scrolls sideways on narrow screens
            <pre key={index} className={styles.code} tabIndex={0} aria-label={`Example ${name}`}>
              <code>{JSON.stringify(example, null, 2)}</code>
            </pre>
          ))}
        </section>
      ))}
    </>
  )
}
