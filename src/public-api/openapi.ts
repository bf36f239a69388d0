// The public API's contract as an OpenAPI 3.1 document (JSON Schema 2020-12 for the schemas).
// Served at /api/public/v1/openapi.json, rendered on /developers, and used by the tests to check
// every response: a field the serialisers add without describing it here fails the contract tests
// (response schemas forbid additional properties).
import { DEFAULT_LOCALE, LOCALE_CODES, LOCALES } from '@/i18n/locales'
import { changeKinds } from '@/schema/changeNotice'
import { MAX_CHOSEN_SCOPES, SCOPE_KINDS } from '@/schema/scopes'
import {
  partOf,
  retiredFields,
  subprocessorField,
  subprocessorFields,
  type SubprocessorFieldDefinition,
  type SubprocessorFieldName,
} from '@/schema/subprocessor'
import {
  sccModuleOptions,
  transferMechanismOptions,
  transferSafeguardOptions,
} from '@/schema/transfers'
import { absoluteUrl, siteUrl } from '@/site/url'
import { CERTIFICATION_STATUSES } from '@/trust/certifications'
import { ACCESS_LEVEL_NAMES, ACCESS_LEVELS, DOCUMENT_KINDS } from '@/trust/documents'
import { PROBLEM_TYPES } from './problem'
import { CHANGE_KINDS, LIMIT, MAX_PAGE, PUBLIC_CHANGE_STATUSES } from './query'
import type { PublicChangeNotice, PublicFieldChange } from './serialize'

export type SchemaObject = {
  $ref?: string
  type?: string | string[]
  description?: string
  format?: string
  enum?: readonly (string | number | null)[]
  items?: SchemaObject
  properties?: Record<string, SchemaObject>
  required?: readonly string[]
  additionalProperties?: boolean | SchemaObject
  minimum?: number
  maximum?: number
  minLength?: number
  maxLength?: number
  pattern?: string
  default?: unknown
  examples?: readonly unknown[]
  oneOf?: readonly SchemaObject[]
  const?: unknown
  deprecated?: boolean
}

export type ParameterObject = {
  name: string
  in: 'query' | 'path' | 'header'
  description: string
  required?: boolean
  schema: SchemaObject
  style?: 'form'
  explode?: boolean
}

type HeaderObject = { description: string; schema: SchemaObject }

export type ResponseObject = {
  description: string
  headers?: Record<string, HeaderObject | { $ref: string }>
  content?: Record<string, { schema: SchemaObject }>
}

type OperationObject = {
  operationId: string
  summary: string
  description: string
  tags: string[]
  parameters?: Array<ParameterObject | { $ref: string }>
  responses: Record<string, ResponseObject | { $ref: string }>
}

export type OpenApiDocument = {
  openapi: '3.1.0'
  jsonSchemaDialect: string
  info: {
    title: string
    version: string
    description: string
    license: { name: string; identifier: string }
  }
  servers: Array<{ url: string; description: string }>
  tags: Array<{ name: string; description: string }>
  paths: Record<string, { get: OperationObject }>
  components: {
    schemas: Record<string, SchemaObject>
    parameters: Record<string, ParameterObject>
    headers: Record<string, HeaderObject>
    responses: Record<string, ResponseObject>
  }
}

export const API_BASE = '/api/public/v1'

const ref = (name: string): SchemaObject => ({ $ref: `#/components/schemas/${name}` })
const nullable = (type: string, extra: SchemaObject = {}): SchemaObject => ({
  type: [type, 'null'],
  ...extra,
})
const object = (description: string, properties: Record<string, SchemaObject>): SchemaObject => ({
  type: 'object',
  description,
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
})

const slugSchema: SchemaObject = {
  type: 'string',
  pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
  description: 'Stable identifier, used in web addresses. Never reused for another entry.',
  examples: ['stripe'],
}
const timestamp = (description: string): SchemaObject => ({
  type: 'string',
  format: 'date-time',
  description,
})

const policySummaryProperties: Record<string, SchemaObject> = {
  slug: slugSchema,
  title: { type: 'string' },
  summary: nullable('string', { description: 'One or two sentences.' }),
  effectiveDate: nullable('string', {
    format: 'date',
    description: 'The day the text takes effect (UTC).',
  }),
  order: { type: 'number', description: 'Display order: lower comes first.' },
  updatedAt: timestamp('When the published section last changed.'),
  portalUrl: {
    type: 'string',
    format: 'uri',
    description: 'The page of this section on the trust center.',
  },
}

/** "`a`, `b` and `c`" */
const codeList = (names: string[]) =>
  names.length < 2
    ? names.join('')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`

const fields = subprocessorFields as readonly SubprocessorFieldDefinition[]
const named = (types: SubprocessorFieldDefinition['type'][], many = false) =>
  codeList(
    fields
      .filter((field) => types.includes(field.type) && (!many || field.hasMany))
      .map(({ name }) => `\`${name}\``),
  )

const fieldValue = (description: string): SchemaObject => ({
  type: ['string', 'array', 'null'],
  items: { type: 'string' },
  description: `${description} In words, as the notice showed it: a list for ${named(['text'], true)}, ${named(['transfers'])} (one line per mechanism) and ${named(['person'])} (name and role, then email); ${named(['category'])} and ${named(['scopes'])} by name (no scopes: all customers); ${named(['yesNoList'])} as "No", "Yes" or "Yes: …"; ${named(['select'])} in words. A change recorded before a field was retired names it as it was (\`transferSafeguards\`: a list of codes).`,
})

const optionList = (options: ReadonlyArray<{ value: string; label: string }>) =>
  options.map(({ value, label }) => `\`${value}\`: ${label}`).join('; ')

/** A field of `Subprocessor`, as the serializer writes it (src/public-api/serialize.ts). */
function subprocessorProperty(field: SubprocessorFieldDefinition): SchemaObject {
  const { description, example } = field.api
  const examples = example ? { examples: [example] } : {}
  switch (field.type) {
    case 'category':
      return { oneOf: [ref('CategoryRef'), { type: 'null' }], description }
    case 'scopes':
      return { type: 'array', items: slugSchema, description }
    case 'select':
      return {
        type: ['string', 'null'],
        enum: [...(field.options ?? []).map(({ value }) => value), null],
        description,
      }
    case 'person':
      return { ...ref('ContactPerson'), description }
    case 'yesNoList':
      return { ...ref('SpecialCategories'), description }
    case 'transfers':
      return { type: 'array', items: ref('TransferMechanism'), description }
  }
  if (field.hasMany) return { type: 'array', items: { type: 'string' }, description }
  const format = field.type === 'url' ? { format: 'uri' } : {}
  return field.required
    ? { type: 'string', description, ...examples }
    : nullable('string', { ...format, description, ...examples })
}

const contact = subprocessorField('contact')
const special = subprocessorField('specialCategories')
const transfers = subprocessorField('transferMechanisms')

const label = (field: SubprocessorFieldName) => subprocessorField(field).label
const exampleSlug = '2025-03-03-addition-acme-analytics'
const added = (field: SubprocessorFieldName, after: string | string[]): PublicFieldChange => ({
  field,
  label: label(field),
  subprocessorName: 'Acme Analytics',
  subprocessorSlug: 'acme-analytics',
  before: null,
  after,
})

const changeExample = {
  slug: exampleSlug,
  title: 'Acme Analytics: new subprocessor',
  kind: 'addition',
  status: 'announced',
  subprocessor: { slug: 'acme-analytics', name: 'Acme Analytics' },
  replaces: null,
  reason: 'We need product analytics to learn which features customers use.',
  urgentReason: null,
  noticePeriodDays: 30,
  announcedAt: '2025-03-03T09:15:00.000Z',
  effectiveDate: '2025-04-03T09:00:00.000Z',
  appliedAt: null,
  fieldChanges: [
    added('name', 'Acme Analytics'),
    added('category', 'Monitoring and Logging'),
    added('purpose', 'Product analytics'),
    added('dataProcessed', ['Usage events']),
    added('locations', ['Germany']),
  ],
  updatedAt: '2025-03-03T09:15:00.000Z',
  portalUrl: absoluteUrl(`/changes/${exampleSlug}`),
} satisfies PublicChangeNotice

/** The resources whose items carry the trust center's texts, translated per language. */
const TRANSLATED_SCHEMAS = [
  'Category',
  'Scope',
  'Subprocessor',
  'PolicySummary',
  'Policy',
  'Certification',
  'SecurityTopic',
  'FaqEntry',
  'Document',
] as const

const untranslatedProperty: SchemaObject = {
  type: 'array',
  items: { type: 'string', examples: ['retention', 'transferMechanisms.0.note'] },
  description: `Present only when a language other than the source (\`${DEFAULT_LOCALE}\`) is asked for with \`locale\`: the fields of this item shown in the source language because they have no translation, by their names in this API, dotted into objects and lists (\`category.name\`, \`transferMechanisms.0.note\`, \`statements.2\`); empty when everything is translated.`,
}

/** `schema` with the optional `untranslated` list (not required: absent in the source language). */
const translatable = (schema: SchemaObject): SchemaObject => ({
  ...schema,
  properties: { ...schema.properties, untranslated: untranslatedProperty },
})

const schemas: Record<string, SchemaObject> = {
  CategoryRef: object('The category a subprocessor is listed under.', {
    slug: slugSchema,
    name: { type: 'string', description: 'Heading shown to visitors.' },
  }),
  Category: object('A group of subprocessors, for example "Payments and Payouts".', {
    slug: slugSchema,
    name: { type: 'string', description: 'Heading shown to visitors.' },
    description: nullable('string', { description: 'One or two sentences about the group.' }),
    order: { type: 'number', description: 'Display order: lower comes first.' },
    updatedAt: timestamp('When the category last changed.'),
  }),
  TransferSafeguard: {
    ...object(
      'Deprecated (use `TransferMechanism`): a legal basis for transferring personal data out of the EEA, in the codes of API v1 before mechanisms.',
      {
        code: {
          type: 'string',
          enum: transferSafeguardOptions.map(({ value }) => value),
          description: optionList(transferSafeguardOptions),
        },
        label: { type: 'string', description: 'The same, in words.' },
      },
    ),
    deprecated: true,
  },
  TransferMechanism: object(
    'How transfers of personal data out of the European Economic Area are safeguarded.',
    {
      code: {
        type: 'string',
        enum: transferMechanismOptions.map(({ value }) => value),
        description: optionList(transferMechanismOptions),
      },
      label: { type: 'string', description: 'The same, in words.' },
      sccModule: {
        type: ['integer', 'null'],
        enum: [...sccModuleOptions.map(({ value }) => Number(value)), null],
        description: `For \`eu-sccs\`: ${sccModuleOptions.map(({ label }) => label).join('; ')}. Null for any other mechanism, or when not recorded (entries made before modules were recorded).`,
      },
      note: nullable('string', {
        maxLength: partOf(transfers, 'note').maxLength,
        description: 'Anything said about it, for example when the clauses were signed.',
      }),
    },
  ),
  ContactPerson: object("The subprocessor's contact person for data protection.", {
    name: nullable('string', { maxLength: partOf(contact, 'name').maxLength }),
    role: nullable('string', {
      maxLength: partOf(contact, 'role').maxLength,
      examples: ['Data Protection Officer'],
    }),
    email: nullable('string', { format: 'email' }),
  }),
  SpecialCategories: object('Special categories of personal data (GDPR Art. 9) it handles.', {
    processed: {
      type: ['boolean', 'null'],
      description: 'true: it handles some; false: none; null: not stated.',
    },
    which: {
      type: 'array',
      items: { type: 'string', maxLength: partOf(special, 'which').maxLength },
      description: 'Which ones, for example "Health data"; empty unless `processed` is true.',
    },
  }),
  Scope: object(
    'A product, region or optional feature only some customers use. A subprocessor applies to every customer, or to the scopes it names.',
    {
      slug: { ...slugSchema, examples: ['eu-region'] },
      name: { type: 'string', description: 'As customers know it.', examples: ['EU region'] },
      kind: object('What the scope is.', {
        code: {
          type: 'string',
          enum: SCOPE_KINDS.map(({ value }) => value),
          description: optionList(SCOPE_KINDS),
        },
        label: { type: 'string', description: 'The same, in words.' },
      }),
      description: nullable('string', { description: 'Who it concerns, in one sentence.' }),
      order: { type: 'number', description: 'Display order: lower comes first.' },
      updatedAt: timestamp('When the scope last changed.'),
    },
  ),
  Subprocessor: object('A third party that may process customer data.', {
    slug: slugSchema,
    ...Object.fromEntries(fields.map((field) => [field.name, subprocessorProperty(field)])),
    transferSafeguards: {
      type: 'array',
      items: ref('TransferSafeguard'),
      deprecated: true,
      description:
        'Deprecated: use `transferMechanisms`. Its mechanisms in the older codes, kept for clients of v1 written before mechanisms (a UK Addendum shows as `uk-idta`; a Swiss addendum has no code and is left out).',
    },
    updatedAt: timestamp('When the published entry last changed.'),
    portalUrl: {
      type: 'string',
      format: 'uri',
      description: 'The page about it on the trust center.',
    },
  }),
  PolicySummary: object(
    'A section of the data-handling policies, without its text.',
    policySummaryProperties,
  ),
  Policy: object('A section of the data-handling policies with its text.', {
    ...policySummaryProperties,
    body: ref('PolicyBody'),
  }),
  PolicyBody: object('The text of a policy section in three forms.', {
    html: {
      type: 'string',
      description:
        'HTML fragment (no wrapping element): p, h2–h6, ul/ol/li, a, strong, em. Links are absolute.',
    },
    text: {
      type: 'string',
      description: 'Plain text: blocks separated by a blank line, list items as "- " lines.',
    },
    lexical: {
      type: 'object',
      description:
        'The Lexical editor state as stored. Its node types may gain new kinds; prefer `html` or `text`.',
      properties: {
        root: { type: 'object', description: 'The root node; its `children` are the blocks.' },
      },
      required: ['root'],
    },
  }),
  ChangeSubprocessor: object('A subprocessor as a change notice names it.', {
    slug: nullable('string', {
      pattern: slugSchema.pattern,
      description:
        'Its slug on the list: the one it has once the change takes effect (for a removal, the one it had). An addition is not on /subprocessors until then.',
    }),
    name: { type: 'string', description: 'Its name, as announced.' },
  }),
  FieldChange: object('One public field of a subprocessor, before and after a change.', {
    field: {
      type: 'string',
      enum: [...subprocessorFields, ...retiredFields].map(({ name }) => name),
      description:
        'The field, by its name in `Subprocessor`; a change recorded earlier may name a field retired since (`transferSafeguards`).',
    },
    label: { type: 'string', description: 'The same, in words.' },
    subprocessorName: {
      type: 'string',
      description: 'Which subprocessor (a replacement names two).',
    },
    subprocessorSlug: nullable('string', {
      pattern: slugSchema.pattern,
      description: 'Its slug, as in `subprocessor` or `replaces` of the change.',
    }),
    before: fieldValue(
      'The published value before the change; null when empty, and for a new subprocessor.',
    ),
    after: fieldValue(
      'The value once the change takes effect; null when empty, and for a removed subprocessor.',
    ),
  }),
  Change: {
    ...object(
      'A change to the subprocessor list announced to customers ahead of time (a change notice), with what changes field by field.',
      {
        slug: {
          ...slugSchema,
          description:
            'Stable identifier: the day of the announcement, the kind and the subprocessor. Never reused.',
          examples: [changeExample.slug],
        },
        title: { type: 'string', description: 'A heading.', examples: [changeExample.title] },
        kind: {
          type: 'string',
          enum: CHANGE_KINDS,
          description: changeKinds.map(({ value, label }) => `\`${value}\`: ${label}`).join('; '),
        },
        status: {
          type: 'string',
          enum: PUBLIC_CHANGE_STATUSES,
          description:
            '`announced`: customers have been notified and it takes effect on `effectiveDate`; `effective`: it has taken effect. Drafts are never served; a cancelled change leaves the API.',
        },
        subprocessor: {
          ...ref('ChangeSubprocessor'),
          description:
            'The subprocessor added, removed or changed; for a replacement, the new one.',
        },
        replaces: {
          oneOf: [ref('ChangeSubprocessor'), { type: 'null' }],
          description: 'For a replacement: the subprocessor it takes over from.',
        },
        reason: { type: 'string', description: 'Why, in plain words, as told to customers.' },
        urgentReason: nullable('string', {
          description: 'Why the notice is shorter than the notice period, when it is.',
        }),
        noticePeriodDays: nullable('integer', {
          minimum: 0,
          description: 'The notice period in days that applied when it was announced.',
        }),
        announcedAt: timestamp('When customers were notified.'),
        effectiveDate: timestamp(
          'When it takes (or took) effect on the list: a moment, unlike the day of a policy section.',
        ),
        appliedAt: nullable('string', {
          format: 'date-time',
          description: 'When it was put into effect on the published list; null until then.',
        }),
        fieldChanges: {
          type: 'array',
          items: ref('FieldChange'),
          description:
            'Every public field that changes: for an addition each field goes from null, for a removal to null; a replacement lists the new and the replaced subprocessor.',
        },
        updatedAt: timestamp('When the notice last changed (announced, took effect).'),
        portalUrl: {
          type: 'string',
          format: 'uri',
          description: 'The page about it on the trust center.',
        },
      },
    ),
    examples: [changeExample],
  },
  Certification: object(
    'A certification, attestation or framework, as the badges on the Compliance page show it.',
    {
      name: { type: 'string', examples: ['SOC 2 Type II'] },
      status: object('Where it stands today.', {
        code: {
          type: 'string',
          enum: CERTIFICATION_STATUSES.map(({ value }) => value),
          description:
            'An `achieved` certification whose `validUntil` day has passed is served as `expired`.',
        },
        label: { type: 'string', description: 'The same, in words.' },
      }),
      auditor: nullable('string', { description: 'The audit firm or certification body.' }),
      validFrom: nullable('string', { format: 'date', description: 'First day of validity.' }),
      validUntil: nullable('string', { format: 'date', description: 'Last day of validity.' }),
      scope: nullable('string', { description: 'What it covers: products, locations, teams.' }),
      badge: {
        oneOf: [
          object('The badge image.', {
            url: { type: 'string', format: 'uri' },
            alt: { type: 'string', description: 'What the image shows, in words.' },
            width: nullable('integer', { minimum: 1 }),
            height: nullable('integer', { minimum: 1 }),
          }),
          { type: 'null' },
        ],
      },
      document: {
        oneOf: [
          object('The report or certificate in the document library that proves it.', {
            slug: slugSchema,
            title: { type: 'string' },
            portalUrl: { type: 'string', format: 'uri' },
          }),
          { type: 'null' },
        ],
      },
      order: { type: 'number', description: 'Display order: lower comes first.' },
      updatedAt: timestamp('When the published entry last changed.'),
      portalUrl: {
        type: 'string',
        format: 'uri',
        description: 'Its badge on the Compliance page.',
      },
    },
  ),
  SecurityTopic: object('A topic of the security overview, with short statements.', {
    slug: slugSchema,
    title: { type: 'string', examples: ['Encryption'] },
    summary: nullable('string', { description: 'One sentence introducing the topic.' }),
    statements: {
      type: 'array',
      items: { type: 'string' },
      description: 'Short facts, in display order.',
    },
    order: { type: 'number', description: 'Display order: lower comes first.' },
    updatedAt: timestamp('When the published topic last changed.'),
    portalUrl: { type: 'string', format: 'uri', description: 'The topic on the Security page.' },
  }),
  FaqEntry: object('A public question and its answer. Customers-only answers are never served.', {
    slug: slugSchema,
    question: { type: 'string' },
    topic: { type: 'string', description: 'Questions with the same topic belong together.' },
    answer: object('The answer in two forms.', {
      html: {
        type: 'string',
        description:
          'HTML fragment (no wrapping element): p, h2–h6, ul/ol/li, a, strong, em. Links are absolute.',
      },
      text: {
        type: 'string',
        description: 'Plain text: blocks separated by a blank line, list items as "- " lines.',
      },
    }),
    order: { type: 'number', description: 'Display order: lower comes first.' },
    updatedAt: timestamp('When the published entry last changed.'),
    portalUrl: { type: 'string', format: 'uri', description: 'The question on the FAQ page.' },
  }),
  Document: object(
    'A document of the library: what it is and who may download it. Confidential files are never reachable from the API: only a public document has a `downloadUrl`.',
    {
      slug: slugSchema,
      title: { type: 'string' },
      description: nullable('string'),
      kind: object('What kind of document it is.', {
        code: { type: 'string', enum: DOCUMENT_KINDS.map(({ value }) => value) },
        label: { type: 'string', description: 'The same, in words.' },
      }),
      accessLevel: object('Who may download it.', {
        code: {
          type: 'string',
          enum: ACCESS_LEVELS.map(({ value }) => value),
          description: ACCESS_LEVELS.map(({ value, label }) => `\`${value}\`: ${label}`).join('; '),
        },
        label: {
          type: 'string',
          enum: Object.values(ACCESS_LEVEL_NAMES),
          description: 'The same, in words.',
        },
      }),
      version: nullable('string', { description: 'The current file\'s version, e.g. "2026".' }),
      effectiveDate: nullable('string', {
        format: 'date',
        description: 'The day the current version took effect or was issued.',
      }),
      fileSize: nullable('integer', { minimum: 0, description: 'Bytes of the current file.' }),
      downloadUrl: nullable('string', {
        format: 'uri',
        description: 'For a public document, where to download it; null for a confidential one.',
      }),
      requestAccessUrl: nullable('string', {
        format: 'uri',
        description:
          'For a confidential document, the page where a person requests access (a click-through NDA, and staff approval where needed); null for a public one.',
      }),
      order: { type: 'number', description: 'Display order: lower comes first.' },
      updatedAt: timestamp('When the published entry last changed.'),
      portalUrl: { type: 'string', format: 'uri', description: 'Its page on the trust center.' },
    },
  ),
  Pagination: object('Where this page sits in the whole result.', {
    page: { type: 'integer', minimum: 1 },
    limit: { type: 'integer', minimum: 1, maximum: LIMIT.max },
    totalItems: {
      type: 'integer',
      minimum: 0,
      description: 'Items matching the filters, on all pages.',
    },
    totalPages: { type: 'integer', minimum: 0 },
    hasNextPage: { type: 'boolean' },
    hasPreviousPage: { type: 'boolean' },
  }),
  Links: object('Addresses of this and the neighbouring pages, relative to the server.', {
    self: { type: 'string', format: 'uri-reference' },
    next: nullable('string', { format: 'uri-reference' }),
    prev: nullable('string', { format: 'uri-reference' }),
  }),
  Problem: {
    type: 'object',
    description: 'An error, as RFC 9457 problem details (media type application/problem+json).',
    properties: {
      type: {
        type: 'string',
        format: 'uri',
        description: `Identifies the kind of problem; documented at /developers#problem-… (${Object.keys(PROBLEM_TYPES).join(', ')}).`,
      },
      title: { type: 'string', description: 'Short, the same for every problem of this type.' },
      status: { type: 'integer', description: 'The HTTP status code.' },
      detail: { type: 'string', description: 'What went wrong and how to fix it, for a person.' },
      instance: { type: 'string', description: 'The path that was requested.' },
      invalidParams: {
        type: 'array',
        description: 'Each refused query parameter and why.',
        items: object('A refused query parameter.', {
          name: { type: 'string' },
          reason: { type: 'string' },
        }),
      },
      removal: object(
        'With 410 Gone: the subprocessor a change in effect took off the list, and that change.',
        {
          subprocessor: object('The removed subprocessor, as the change names it.', {
            name: { type: 'string' },
            slug: slugSchema,
          }),
          removedOn: {
            type: 'string',
            format: 'date-time',
            description: 'The effective date of the change.',
          },
          reason: { type: 'string', description: 'Why, as the change notice says.' },
          change: object('The change notice that removed (or replaced) it.', {
            slug: slugSchema,
            href: { type: 'string', format: 'uri-reference', description: 'In this API.' },
            portalUrl: { type: 'string', format: 'uri', description: 'Its page on the portal.' },
          }),
        },
      ),
    },
    required: ['type', 'title', 'status', 'detail'],
    additionalProperties: false,
  },
  SubprocessorList: object('A page of subprocessors, ordered by name.', {
    data: { type: 'array', items: ref('Subprocessor') },
    pagination: ref('Pagination'),
    links: ref('Links'),
  }),
  ScopeList: object('A page of scopes, in display order.', {
    data: { type: 'array', items: ref('Scope') },
    pagination: ref('Pagination'),
    links: ref('Links'),
  }),
  CategoryList: object('A page of categories, in display order.', {
    data: { type: 'array', items: ref('Category') },
    pagination: ref('Pagination'),
    links: ref('Links'),
  }),
  PolicyList: object('A page of policy sections, in display order.', {
    data: { type: 'array', items: ref('PolicySummary') },
    pagination: ref('Pagination'),
    links: ref('Links'),
  }),
  CertificationList: object('A page of certifications, in display order.', {
    data: { type: 'array', items: ref('Certification') },
    pagination: ref('Pagination'),
    links: ref('Links'),
  }),
  SecurityTopicList: object('A page of security topics, in display order.', {
    data: { type: 'array', items: ref('SecurityTopic') },
    pagination: ref('Pagination'),
    links: ref('Links'),
  }),
  FaqList: object('A page of public FAQ entries, in display order.', {
    data: { type: 'array', items: ref('FaqEntry') },
    pagination: ref('Pagination'),
    links: ref('Links'),
  }),
  DocumentList: object('A page of documents, in display order.', {
    data: { type: 'array', items: ref('Document') },
    pagination: ref('Pagination'),
    links: ref('Links'),
  }),
  SubprocessorResponse: object('One subprocessor.', { data: ref('Subprocessor') }),
  PolicyResponse: object('One policy section with its text.', { data: ref('Policy') }),
  ChangeList: object('A page of change notices, newest announcement first.', {
    data: { type: 'array', items: ref('Change') },
    pagination: ref('Pagination'),
    links: ref('Links'),
  }),
  ChangeResponse: object('One change notice.', { data: ref('Change') }),
  ApiIndex: object('Where everything in this version of the API is.', {
    data: object('Links to the resources, relative to the server.', {
      version: { type: 'string', const: '1' },
      openapi: { type: 'string', format: 'uri-reference' },
      documentation: { type: 'string', format: 'uri-reference' },
      resources: {
        type: 'object',
        description: 'Collection address by resource name. New resources may be added within v1.',
        additionalProperties: { type: 'string', format: 'uri-reference' },
      },
    }),
  }),
  SubprocessorExport: object('The whole published subprocessor list at once, ordered by name.', {
    $schema: {
      type: 'string',
      format: 'uri',
      description: 'The JSON Schema this document follows: /.well-known/subprocessors.schema.json.',
    },
    data: { type: 'array', items: ref('Subprocessor') },
    totalItems: { type: 'integer', minimum: 0 },
    updatedAt: nullable('string', {
      format: 'date-time',
      description: 'When the list last changed.',
    }),
  }),
  Discovery: object(
    'Where a machine finds the subprocessor list and its formats (/.well-known/subprocessors.json).',
    {
      name: nullable('string', { description: 'The company whose subprocessors these are.' }),
      trustCenter: { type: 'string', format: 'uri' },
      subprocessorList: { type: 'string', format: 'uri', description: 'The list for people.' },
      schema: {
        type: 'string',
        format: 'uri',
        description: 'The JSON Schema (2020-12) of the machine-readable list, /subprocessors.json.',
      },
      updatedAt: nullable('string', {
        format: 'date-time',
        description: 'When the list last changed.',
      }),
      totalItems: { type: 'integer', minimum: 0 },
      contact: nullable('string', {
        format: 'uri',
        description: 'mailto: address for questions about subprocessors.',
      }),
      api: object('The versioned API.', {
        version: { type: 'string', const: '1' },
        baseUrl: { type: 'string', format: 'uri' },
        openapi: { type: 'string', format: 'uri' },
        documentation: { type: 'string', format: 'uri' },
        subprocessors: { type: 'string', format: 'uri' },
        changes: {
          type: 'string',
          format: 'uri',
          description: 'Announced and effective changes to the list.',
        },
      }),
      feeds: {
        type: 'array',
        description: 'The list, and the log of its changes, in other formats.',
        items: object('One format.', {
          type: { type: 'string', description: 'Media type.' },
          href: { type: 'string', format: 'uri' },
          title: { type: 'string' },
        }),
      },
    },
  ),
}

for (const name of TRANSLATED_SCHEMAS) schemas[name] = translatable(schemas[name])

const parameters: Record<string, ParameterObject> = {
  locale: {
    name: 'locale',
    in: 'query',
    description: `The language of the answer: ${LOCALES.map(({ code, label }) => `\`${code}\` (${label})`).join(', ')}; \`${DEFAULT_LOCALE}\`, the source, when not given. A text without a translation is given in the source language and named in the item's \`untranslated\`. Change notices are records of what was announced and stay in the source language. Any other code is refused (400). The answer's \`Content-Language\` says its language.`,
    schema: { type: 'string', enum: LOCALE_CODES, default: DEFAULT_LOCALE },
  },
  limit: {
    name: 'limit',
    in: 'query',
    description: `Items per page, 1 to ${LIMIT.max}.`,
    schema: { type: 'integer', minimum: 1, maximum: LIMIT.max, default: LIMIT.default },
  },
  page: {
    name: 'page',
    in: 'query',
    description: `Page number, from 1 (at most ${MAX_PAGE}). A page past the end is empty.`,
    schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 1 },
  },
  updatedSince: {
    name: 'updatedSince',
    in: 'query',
    description:
      'Only items whose `updatedAt` is at or after this moment: an ISO 8601 date (midnight UTC) or date-time with a time zone. Removed items are not reported.',
    schema: { type: 'string', examples: ['2025-01-31', '2025-01-31T09:00:00Z'] },
  },
  category: {
    name: 'category',
    in: 'query',
    description: 'Only subprocessors in the category with this slug.',
    schema: slugSchema,
  },
  location: {
    name: 'location',
    in: 'query',
    description:
      'Only subprocessors with a location containing this text (case-insensitive), 1 to 100 characters.',
    schema: { type: 'string', minLength: 1, maxLength: 100, examples: ['United States'] },
  },
  scope: {
    name: 'scope',
    in: 'query',
    description: `Only the subprocessors a customer using these scopes has: those for all customers, and those of any of these scopes. Slugs from \`/scopes\`, comma-separated or the parameter repeated (the one parameter that may be), at most ${MAX_CHOSEN_SCOPES}. A slug that names no scope is refused (400).`,
    style: 'form',
    explode: true,
    schema: {
      type: 'array',
      items: slugSchema,
      examples: [['eu-region', 'live-chat']],
    },
  },
  kind: {
    name: 'kind',
    in: 'query',
    description: 'Only changes of this kind.',
    schema: { type: 'string', enum: CHANGE_KINDS },
  },
  changeStatus: {
    name: 'status',
    in: 'query',
    description:
      'Only changes still in their notice period (`announced`) or only those in effect (`effective`).',
    schema: { type: 'string', enum: PUBLIC_CHANGE_STATUSES },
  },
  subprocessor: {
    name: 'subprocessor',
    in: 'query',
    description:
      'Only changes about the subprocessor with this slug, as the one added, removed or changed, or as the one replaced.',
    schema: slugSchema,
  },
  since: {
    name: 'since',
    in: 'query',
    description:
      'Only changes announced at or after this moment: an ISO 8601 date (midnight UTC) or date-time with a time zone.',
    schema: { type: 'string', examples: ['2025-01-31', '2025-01-31T09:00:00Z'] },
  },
  slug: {
    name: 'slug',
    in: 'path',
    required: true,
    description: 'The slug of the entry.',
    schema: slugSchema,
  },
  ifNoneMatch: {
    name: 'If-None-Match',
    in: 'header',
    description:
      'An ETag from an earlier response: the answer is 304 Not Modified while it still matches.',
    schema: { type: 'string' },
  },
  ifModifiedSince: {
    name: 'If-Modified-Since',
    in: 'header',
    description:
      'A Last-Modified value from an earlier response; ignored when If-None-Match is sent.',
    schema: { type: 'string' },
  },
}

const headers: Record<string, HeaderObject> = {
  ContentLanguage: {
    description: 'The language of the texts in the answer (BCP 47), as asked for with `locale`.',
    schema: { type: 'string', enum: LOCALES.map(({ tag }) => tag) },
  },
  ETag: {
    description: 'Strong validator of the body (a hash of its bytes).',
    schema: { type: 'string' },
  },
  LastModified: {
    description: 'When the content last changed (newest update or removal in the collection).',
    schema: { type: 'string' },
  },
  CacheControl: { description: 'Caching by browsers and CDNs.', schema: { type: 'string' } },
  SurrogateKey: {
    description:
      'The cache tags this answer was built from, space-separated (also in `xkey` for Varnish, and comma-separated in `Cache-Tag`): a shared cache that purges by tag drops it the moment the data changes.',
    schema: { type: 'string' },
  },
  AccessControlAllowOrigin: {
    description: 'Always `*`: any website may read.',
    schema: { type: 'string', const: '*' },
  },
}

const cacheHeaders = (withLastModified: boolean): ResponseObject['headers'] => ({
  ETag: { $ref: '#/components/headers/ETag' },
  ...(withLastModified ? { 'Last-Modified': { $ref: '#/components/headers/LastModified' } } : {}),
  'Cache-Control': { $ref: '#/components/headers/CacheControl' },
  'Surrogate-Key': { $ref: '#/components/headers/SurrogateKey' },
  'Access-Control-Allow-Origin': { $ref: '#/components/headers/AccessControlAllowOrigin' },
})

const ok = (
  description: string,
  mediaType: string,
  schema: SchemaObject,
  withLastModified = true,
): ResponseObject => ({
  description,
  headers: cacheHeaders(withLastModified),
  content: { [mediaType]: { schema } },
})

/** An answer made of the trust center's texts, in the language asked for (`locale`). */
const inLanguage = (response: ResponseObject): ResponseObject => ({
  ...response,
  headers: {
    ...response.headers,
    'Content-Language': { $ref: '#/components/headers/ContentLanguage' },
  },
})

const problemResponse = (description: string): ResponseObject => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
})

const responses: Record<string, ResponseObject> = {
  NotModified: {
    description: 'The representation has not changed since the ETag or date sent: no body.',
    headers: cacheHeaders(false),
  },
  InvalidParameter: problemResponse(
    'A query parameter is unknown, repeated or malformed; `invalidParams` names each.',
  ),
  NotFound: problemResponse('No published entry has this slug.'),
  Gone: problemResponse(
    'A subprocessor with this slug was taken off the list by a change in effect; `removal` says when, why and which change. Its slug is never given to another subprocessor.',
  ),
}

const common = {
  parameters: [
    { $ref: '#/components/parameters/ifNoneMatch' },
    { $ref: '#/components/parameters/ifModifiedSince' },
  ],
}
const p = (name: string) => ({ $ref: `#/components/parameters/${name}` })
const r = (name: string) => ({ $ref: `#/components/responses/${name}` })

function get(
  operation: Omit<OperationObject, 'parameters'> & { parameters?: OperationObject['parameters'] },
) {
  return {
    get: { ...operation, parameters: [...(operation.parameters ?? []), ...common.parameters] },
  }
}

/**
 * A paged list: its own filters, then `locale`, `updatedSince`, `limit` and `page`; 200 (in the
 * language asked for), 304 or 400.
 */
function listPage({
  filters = [],
  page,
  ...operation
}: Omit<OperationObject, 'parameters' | 'responses'> & {
  filters?: OperationObject['parameters']
  page: ResponseObject
}) {
  return get({
    ...operation,
    parameters: [...filters, p('locale'), p('updatedSince'), p('limit'), p('page')],
    responses: { '200': inLanguage(page), '304': r('NotModified'), '400': r('InvalidParameter') },
  })
}

export function openApiDocument(): OpenApiDocument {
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    info: {
      title: 'Trust center public API',
      version: '1.0.0',
      description:
        'Read-only access to the published subprocessor list, its announced changes, the data-handling policies, and the trust center: certifications, the security overview, the public FAQ and the document library. Field names and slugs are stable within v1: fields may be added, never renamed or removed. Only published content is served.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: siteUrl.origin, description: 'This trust center' }],
    tags: [
      {
        name: 'Subprocessors',
        description: 'The subprocessor list, its categories and the scopes entries apply to.',
      },
      {
        name: 'Changes',
        description:
          'Change notices: additions, replacements, removals and material changes of subprocessors, announced before they take effect.',
      },
      { name: 'Policies', description: 'The data-handling policy sections.' },
      {
        name: 'Security and compliance',
        description: 'Certifications, the security overview and the public security FAQ.',
      },
      {
        name: 'Documents',
        description:
          'The document library: metadata and access levels. Confidential files are downloaded from the portal once access is granted, never through the API.',
      },
      {
        name: 'Exports and discovery',
        description: 'Whole-list downloads and well-known addresses.',
      },
      { name: 'API', description: 'About the API itself.' },
    ],
    paths: {
      [API_BASE]: get({
        operationId: 'getApiIndex',
        summary: 'API index',
        description: 'Links to every resource of v1.',
        tags: ['API'],
        responses: {
          '200': ok('The index.', 'application/json', ref('ApiIndex'), false),
          '304': r('NotModified'),
          '400': r('InvalidParameter'),
        },
      }),
      [`${API_BASE}/subprocessors`]: listPage({
        operationId: 'listSubprocessors',
        summary: 'List subprocessors',
        description:
          'Published subprocessors ordered by name, optionally filtered, one page at a time.',
        tags: ['Subprocessors'],
        filters: [p('category'), p('location'), p('scope')],
        page: ok('A page of subprocessors.', 'application/json', ref('SubprocessorList')),
      }),
      [`${API_BASE}/subprocessors/{slug}`]: get({
        operationId: 'getSubprocessor',
        summary: 'Get a subprocessor',
        description:
          'One published subprocessor by its slug. A subprocessor that a change in effect took off the list answers 410 Gone, naming the change; a slug that never existed, 404.',
        tags: ['Subprocessors'],
        parameters: [p('slug'), p('locale')],
        responses: {
          '200': inLanguage(
            ok('The subprocessor.', 'application/json', ref('SubprocessorResponse')),
          ),
          '304': r('NotModified'),
          '400': r('InvalidParameter'),
          '404': r('NotFound'),
          '410': r('Gone'),
        },
      }),
      [`${API_BASE}/categories`]: listPage({
        operationId: 'listCategories',
        summary: 'List categories',
        description: 'Subprocessor categories in display order.',
        tags: ['Subprocessors'],
        page: ok('A page of categories.', 'application/json', ref('CategoryList')),
      }),
      [`${API_BASE}/scopes`]: listPage({
        operationId: 'listScopes',
        summary: 'List scopes',
        description:
          'The products, regions and optional features only some customers use, in display order. A subprocessor names the scopes it applies to (none: all customers); filter the list with `?scope=`.',
        tags: ['Subprocessors'],
        page: ok('A page of scopes.', 'application/json', ref('ScopeList')),
      }),
      [`${API_BASE}/policies`]: listPage({
        operationId: 'listPolicies',
        summary: 'List policy sections',
        description:
          'Published policy sections in display order, without their text (get one for its body).',
        tags: ['Policies'],
        page: ok('A page of policy sections.', 'application/json', ref('PolicyList')),
      }),
      [`${API_BASE}/policies/{slug}`]: get({
        operationId: 'getPolicy',
        summary: 'Get a policy section',
        description:
          'One published policy section with its body as HTML, plain text and Lexical JSON.',
        tags: ['Policies'],
        parameters: [p('slug'), p('locale')],
        responses: {
          '200': inLanguage(ok('The policy section.', 'application/json', ref('PolicyResponse'))),
          '304': r('NotModified'),
          '400': r('InvalidParameter'),
          '404': r('NotFound'),
        },
      }),
      [`${API_BASE}/changes`]: listPage({
        operationId: 'listChanges',
        summary: 'List change notices',
        description:
          'Announced and effective changes to the subprocessor list, newest announcement first, with each field before and after. The same changes are in the feeds /changes/rss.xml, /changes/atom.xml and /changes/feed.json. Change notices are records of what was announced: they are served in the source language whatever `locale` asks (`Content-Language` says so).',
        tags: ['Changes'],
        filters: [p('kind'), p('changeStatus'), p('subprocessor'), p('since')],
        page: ok('A page of change notices.', 'application/json', ref('ChangeList')),
      }),
      [`${API_BASE}/changes/{slug}`]: get({
        operationId: 'getChange',
        summary: 'Get a change notice',
        description:
          'One announced or effective change by its slug, in the source language whatever `locale` asks: it is the record of what was announced.',
        tags: ['Changes'],
        parameters: [p('slug'), p('locale')],
        responses: {
          '200': inLanguage(ok('The change notice.', 'application/json', ref('ChangeResponse'))),
          '304': r('NotModified'),
          '400': r('InvalidParameter'),
          '404': r('NotFound'),
        },
      }),
      [`${API_BASE}/certifications`]: listPage({
        operationId: 'listCertifications',
        summary: 'List certifications',
        description:
          'Published certifications, attestations and frameworks in display order, with their status today and period of validity.',
        tags: ['Security and compliance'],
        page: ok('A page of certifications.', 'application/json', ref('CertificationList')),
      }),
      [`${API_BASE}/security`]: listPage({
        operationId: 'listSecurityTopics',
        summary: 'The security overview',
        description: 'Published topics of the security overview in display order.',
        tags: ['Security and compliance'],
        page: ok('A page of security topics.', 'application/json', ref('SecurityTopicList')),
      }),
      [`${API_BASE}/faq`]: listPage({
        operationId: 'listFaq',
        summary: 'List FAQ entries',
        description:
          'Published public questions and answers in display order. Answers kept for customers are not served.',
        tags: ['Security and compliance'],
        page: ok('A page of FAQ entries.', 'application/json', ref('FaqList')),
      }),
      [`${API_BASE}/documents`]: listPage({
        operationId: 'listDocuments',
        summary: 'List documents',
        description:
          'Published documents in display order with their access level and current version. A public document has a `downloadUrl`; a confidential one a `requestAccessUrl`.',
        tags: ['Documents'],
        page: ok('A page of documents.', 'application/json', ref('DocumentList')),
      }),
      [`${API_BASE}/openapi.json`]: get({
        operationId: 'getOpenApiDocument',
        summary: 'This document',
        description: 'The OpenAPI 3.1 description of the API.',
        tags: ['API'],
        responses: {
          '200': ok(
            'The OpenAPI document.',
            'application/json',
            {
              type: 'object',
              properties: {
                openapi: { type: 'string', const: '3.1.0' },
                paths: { type: 'object' },
              },
              required: ['openapi', 'paths'],
            },
            false,
          ),
          '304': r('NotModified'),
          '400': r('InvalidParameter'),
        },
      }),
      '/subprocessors.csv': get({
        operationId: 'exportSubprocessorsCsv',
        summary: 'Subprocessor list as CSV',
        description:
          'The whole published list for spreadsheets, or with `scope` the list for a customer using those scopes: UTF-8 with a byte order mark, a header row, CRLF line ends, every cell quoted, and cells a spreadsheet would run as a formula (starting with = + - @) prefixed with an apostrophe.',
        tags: ['Exports and discovery'],
        parameters: [p('scope'), p('locale')],
        responses: {
          '200': inLanguage(
            ok(
              'The CSV file (downloaded as subprocessors.csv, or subprocessors-<scopes>.csv; in a language other than the source, subprocessors[-<scopes>].<locale>.csv), its header and words in the language asked for.',
              'text/csv',
              {
                type: 'string',
              },
            ),
          ),
          '304': r('NotModified'),
          '400': r('InvalidParameter'),
        },
      }),
      '/subprocessors.json': get({
        operationId: 'exportSubprocessorsJson',
        summary: 'Subprocessor list as JSON',
        description:
          'The whole published list in one document, in the same shape as the API, in the language asked for with `locale`.',
        tags: ['Exports and discovery'],
        parameters: [p('locale')],
        responses: {
          '200': inLanguage(ok('The list.', 'application/json', ref('SubprocessorExport'))),
          '304': r('NotModified'),
          '400': r('InvalidParameter'),
        },
      }),
      '/.well-known/subprocessors.json': get({
        operationId: 'discoverSubprocessors',
        summary: 'Subprocessor list discovery',
        description: 'Where the list, the API and the downloadable formats are.',
        tags: ['Exports and discovery'],
        responses: {
          '200': ok('The discovery document.', 'application/json', ref('Discovery')),
          '304': r('NotModified'),
          '400': r('InvalidParameter'),
        },
      }),
      '/.well-known/subprocessors.schema.json': get({
        operationId: 'getSubprocessorListSchema',
        summary: 'The JSON Schema of the subprocessor list',
        description:
          'A JSON Schema (2020-12) for /subprocessors.json, versioned (its title and `$comment` name the version). The list names it in `$schema`; the discovery document links to it.',
        tags: ['Exports and discovery'],
        responses: {
          '200': ok(
            'The schema.',
            'application/schema+json',
            { type: 'object', description: 'A JSON Schema document.' },
            false,
          ),
          '304': r('NotModified'),
          '400': r('InvalidParameter'),
        },
      }),
      '/.well-known/security.txt': get({
        operationId: 'getSecurityTxt',
        summary: 'Security contact (RFC 9116)',
        description: 'Contact, Expires, Canonical, Preferred-Languages and, when set, Policy.',
        tags: ['Exports and discovery'],
        responses: {
          '200': ok('The security.txt file.', 'text/plain', { type: 'string' }, false),
          '304': r('NotModified'),
          '400': r('InvalidParameter'),
        },
      }),
    },
    components: { schemas, parameters, headers, responses },
  }
}
