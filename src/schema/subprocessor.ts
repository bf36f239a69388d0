// The subprocessor, defined once: every public field with its labels, help text, limits, whether
// a change to it needs a notice, and how it is shown and exported. The collection config
// (collections/Subprocessors/fields.ts), the field diff (src/changes/fields.ts), the API
// serializer, the OpenAPI schema, the CSV export, the DPA annex, the past-day list and the pages
// derive from it. The values of the structured fields (contact, special categories, transfer
// mechanisms) are read and written in words by ./subprocessorValues.ts.
import { sccModuleOptions, transferMechanismOptions } from './transfers'
import { labelOf, type Option } from '@/utilities/options'

/** A part of a structured field (the name of a contact, the module of a transfer mechanism). */
export type FieldPart = {
  readonly name: string
  readonly label: string
  readonly help: string
  readonly maxLength?: number
  readonly maxRows?: number
  readonly options?: readonly Option[]
  /** Translated per language (src/i18n/locales.ts), like a field's `localized`. */
  readonly localized?: boolean
}

/** Consecutive fields of one section sit in one collapsible group of the admin form. */
export const formSections = {
  processing: 'What is processed, and how',
  transfers: 'Transfers out of the EEA',
  scopes: 'Which customers it applies to',
  company: 'Company and contact',
} as const

export type SubprocessorFieldDefinition = {
  name: string
  /** For visitors: notices, the change log, the API's field changes, the CSV header, the pages. */
  label: string
  /** In the admin form, when it differs from `label`. */
  editorLabel?: string
  /** On the subprocessor pages, when it differs from `label`: one term, or [one item, several]. */
  pageLabel?: string | readonly [string, string]
  /** The CSV column header, when it differs from `label`. */
  csvHeader?: string
  /** Inside a sentence ("a new legal entity, … or …"), when not `label` in lower case. */
  phrase?: string
  /** Help under the field in the admin form. */
  help: string
  /**
   * `url`: an http(s) address; `category`: the category it is listed under; `select`: one of
   * `options`; `person`: name, role and email; `yesNoList`: yes or no, and which; `transfers`:
   * rows of a mechanism, its module and a note; `scopes`: the scopes it applies to (none: all).
   */
  type:
    | 'text'
    | 'textarea'
    | 'url'
    | 'category'
    | 'select'
    | 'person'
    | 'yesNoList'
    | 'transfers'
    | 'scopes'
  required?: boolean
  maxLength?: number
  hasMany?: boolean
  minRows?: number
  maxRows?: number
  options?: readonly Option[]
  /** The parts of a `person`, `yesNoList` or `transfers` field, by name. */
  parts?: readonly FieldPart[]
  /** Fields with the same row name sit side by side in the admin form. */
  row?: string
  /** The collapsible group of the admin form it sits in (none: at the top level). */
  section?: keyof typeof formSections
  /**
   * Text visitors read, translated per language (src/i18n/locales.ts). The default language is
   * the source: it is what a change notice compares and records; a translation is not a change.
   */
  localized?: boolean
  /** A change to it reaches customers only through an announced change notice (GDPR Art. 28). */
  material?: boolean
  /** An empty value in words, where empty means something (no scopes: every customer). */
  emptyText?: string
  /**
   * On the pages: the heading (`title`), plain text, text keeping its line breaks (`multiline`),
   * a list, a link, the category (on the subprocessor's own page only), or lines of which an
   * email address is a link (`contact`).
   */
  show: 'title' | 'text' | 'multiline' | 'list' | 'link' | 'category' | 'contact'
  /** The field's description in the OpenAPI document, and an example value if any. */
  api: { description: string; example?: string }
}

export const subprocessorFields = [
  {
    name: 'name',
    label: 'Name',
    help: 'The name customers know, for example "Amazon Web Services (AWS)".',
    type: 'text',
    required: true,
    maxLength: 120,
    show: 'title',
    api: { description: 'The name customers know.', example: 'Stripe' },
  },
  {
    name: 'legalEntity',
    label: 'Legal entity',
    help: 'The company that signs the contract, if different from the name, for example "Divisible Inc." for Dots.',
    type: 'text',
    maxLength: 200,
    material: true,
    show: 'text',
    api: { description: 'The contracting company, when it differs from the name.' },
  },
  {
    name: 'category',
    label: 'Category',
    help: 'The group this subprocessor is listed under.',
    type: 'category',
    required: true,
    show: 'category',
    api: { description: 'The group it is listed under.' },
  },
  {
    name: 'purpose',
    localized: true,
    label: 'Purpose',
    help: 'What this vendor does for us, in one sentence.',
    type: 'textarea',
    required: true,
    maxLength: 1000,
    material: true,
    show: 'text',
    api: { description: 'What the subprocessor does for the company.' },
  },
  {
    name: 'dataProcessed',
    localized: true,
    label: 'Data processed',
    help: 'Each kind of data the vendor handles, one item at a time (type it and press Enter), for example "Billing data".',
    type: 'text',
    hasMany: true,
    required: true,
    minRows: 1,
    maxRows: 30,
    maxLength: 200,
    material: true,
    show: 'list',
    api: { description: 'Each kind of data it handles.' },
  },
  {
    name: 'locations',
    label: 'Locations',
    pageLabel: ['Location', 'Locations'],
    help: 'Where the data is processed. Add one item per place and name the country, for example "United States (primary), global infrastructure" or "Germany (Frankfurt)". A place outside the European Economic Area needs a transfer mechanism below.',
    type: 'text',
    hasMany: true,
    required: true,
    minRows: 1,
    maxRows: 20,
    maxLength: 200,
    material: true,
    show: 'list',
    api: {
      description:
        'Where the data is processed, in words (free text, for example "United States / global infrastructure").',
    },
  },
  {
    name: 'nature',
    localized: true,
    label: 'Nature of the processing',
    help: 'Optional. What the vendor does with the data, in one line, for example "Storage and hosting" or "Sending text messages".',
    type: 'text',
    maxLength: 200,
    section: 'processing',
    show: 'text',
    api: {
      description: 'The nature of the processing, in one line (SCC Annex I.B).',
      example: 'Storage and hosting',
    },
  },
  {
    name: 'dataSubjects',
    localized: true,
    label: 'Data subjects',
    editorLabel: 'Whose data (categories of data subjects)',
    help: 'Optional. The groups of people whose personal data the vendor handles, one at a time (type it and press Enter), for example "Customers\' end users" or "Our employees".',
    type: 'text',
    hasMany: true,
    maxRows: 20,
    maxLength: 200,
    material: true,
    section: 'processing',
    show: 'list',
    api: { description: 'The categories of data subjects whose data it handles.' },
  },
  {
    name: 'specialCategories',
    label: 'Special categories of data',
    help: 'Optional. Does the vendor handle special-category data (GDPR Art. 9): health, genetic or biometric data, racial or ethnic origin, political opinions, religious or philosophical beliefs, trade-union membership, sex life or sexual orientation?',
    type: 'yesNoList',
    parts: [
      {
        name: 'processed',
        label: 'Special-category data handled?',
        help: 'Leave empty if you do not know yet.',
        options: [
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No' },
        ],
      },
      {
        name: 'which',
        label: 'Which special categories',
        localized: true,
        help: 'Only when Yes: each one, one at a time (type it and press Enter), for example "Health data".',
        maxLength: 200,
        maxRows: 10,
      },
    ],
    material: true,
    section: 'processing',
    show: 'text',
    api: {
      description:
        'Whether it handles special categories of personal data (GDPR Art. 9), and which: `processed` is true, false, or null when not stated; `which` names them when true.',
    },
  },
  {
    name: 'retention',
    localized: true,
    label: 'Retention',
    help: 'Optional. How long the vendor keeps the data, or how that is decided, for example "For the length of the contract, then deleted within 30 days".',
    type: 'textarea',
    maxLength: 500,
    section: 'processing',
    show: 'multiline',
    api: { description: 'How long the data is kept, or the criteria that decide it.' },
  },
  {
    name: 'transferMechanisms',
    label: 'Transfer mechanisms',
    editorLabel: 'How transfers out of the EEA are safeguarded',
    pageLabel: 'Safeguards for transfers out of the EEA',
    help: 'Needed when a location is outside the European Economic Area (EEA): one row per legal basis, for example the EU Standard Contractual Clauses (2021) and their module. When the data stays in the EEA, choose "Not applicable". Entries saved before this rule stay as they are until their locations or mechanisms change.',
    type: 'transfers',
    maxRows: 10,
    parts: [
      {
        name: 'mechanism',
        label: 'Mechanism',
        help: 'The legal basis for the transfer.',
        options: transferMechanismOptions,
      },
      {
        name: 'sccModule',
        label: 'Module',
        help: "Which module of the Standard Contractual Clauses applies: usually Module 3, as the vendor handles our customers' data for us. The dashboard lists clauses without one.",
        options: sccModuleOptions,
      },
      {
        name: 'note',
        label: 'Note',
        localized: true,
        help: 'Optional, for example "Signed with the DPA of 1 March 2024" or the adequacy decision\'s country.',
        maxLength: 300,
      },
    ],
    material: true,
    section: 'transfers',
    show: 'list',
    api: {
      description:
        'How transfers out of the European Economic Area are safeguarded: one entry per mechanism, from a fixed vocabulary, with the module of the Standard Contractual Clauses and an optional note.',
    },
  },
  {
    name: 'scopes',
    label: 'Applies to',
    phrase: 'the customers it applies to',
    help: 'Leave empty when the vendor is used for every customer. Otherwise choose the products, regions or optional features it is used for: customers using none of them are not affected. Add scopes under Trust center → Scopes.',
    type: 'scopes',
    hasMany: true,
    material: true,
    emptyText: 'All customers',
    section: 'scopes',
    show: 'list',
    api: {
      description:
        'The scopes (products, regions, optional features) it is used for, by slug: see `/scopes`. Empty: it applies to all customers.',
    },
  },
  {
    name: 'relationship',
    label: 'Relationship',
    help: 'Optional. Is the vendor part of our own group of companies (an affiliate), or another company (a third party)?',
    type: 'select',
    options: [
      { value: 'affiliate', label: 'Affiliate (part of our group of companies)' },
      { value: 'third-party', label: 'Third party' },
    ],
    section: 'company',
    show: 'text',
    api: { description: '`affiliate` (part of the same group of companies) or `third-party`.' },
  },
  {
    name: 'address',
    label: 'Registered address',
    help: "Optional. The vendor's registered business address, as in its contract.",
    type: 'textarea',
    maxLength: 500,
    section: 'company',
    show: 'multiline',
    api: {
      description:
        'The registered address. (Before `contact` became the contact person, its free text was here; see "Changes to the API".)',
    },
  },
  {
    name: 'contact',
    label: 'Contact person',
    pageLabel: 'Contact',
    help: "Optional. The vendor's contact for data protection questions, often its data protection officer.",
    type: 'person',
    parts: [
      { name: 'name', label: 'Name', help: 'For example "Jane Doe".', maxLength: 120 },
      {
        name: 'role',
        label: 'Role',
        help: 'For example "Data Protection Officer".',
        maxLength: 120,
      },
      { name: 'email', label: 'Email', help: 'For example "privacy@vendor.example".' },
    ],
    section: 'company',
    show: 'contact',
    api: {
      description:
        "The subprocessor's contact person for data protection: name, role and email, each null when not given.",
    },
  },
  {
    name: 'securityUrl',
    label: 'Security information',
    help: "Link to the vendor's security or compliance page.",
    type: 'url',
    row: 'links',
    section: 'company',
    show: 'link',
    api: { description: "The subprocessor's security or compliance page." },
  },
  {
    name: 'websiteUrl',
    label: 'Website',
    help: "The vendor's home page.",
    type: 'url',
    row: 'links',
    section: 'company',
    show: 'link',
    api: { description: "The subprocessor's home page." },
  },
  {
    name: 'onwardSubprocessorsUrl',
    label: 'Its own subprocessors',
    editorLabel: "The vendor's own subprocessor list",
    help: "Optional. Link to the vendor's own list of subprocessors, if it publishes one.",
    type: 'url',
    section: 'company',
    show: 'link',
    api: { description: "The subprocessor's own list of subprocessors." },
  },
  {
    name: 'notes',
    localized: true,
    label: 'Notes',
    help: 'Optional. Anything else visitors should know about this vendor.',
    type: 'textarea',
    maxLength: 2000,
    show: 'multiline',
    api: { description: 'Anything else customers should know.' },
  },
] as const satisfies readonly SubprocessorFieldDefinition[]

export type SubprocessorField = (typeof subprocessorFields)[number]
export type SubprocessorFieldName = SubprocessorField['name']

/**
 * Fields that existed once and left the definition. Old change records, history snapshots and
 * ledger entries name them; readers still show them (src/schema/subprocessorValues.ts).
 */
export const retiredFields = [{ name: 'transferSafeguards', label: 'Transfer safeguards' }] as const

/** The fields (or fields with parts) visitors read in their language. */
export const localizedFields = subprocessorFields
  .filter(
    (field) =>
      ('localized' in field && field.localized) ||
      ('parts' in field && field.parts.some((part: FieldPart) => part.localized)),
  )
  .map((field) => field.name)

/** The fields whose change needs a notice. */
export const materialFields = subprocessorFields
  .filter((field) => 'material' in field && field.material)
  .map((field) => field.name)

/** The material fields in words, for editors and customers: "legal entity, purpose, … or …". */
export const materialFieldWords = (() => {
  const words = subprocessorFields
    .filter((field) => 'material' in field && field.material)
    .map((field) => ('phrase' in field ? field.phrase : field.label.toLowerCase()))
  return `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`
})()

/** The order of the details on the pages (the name is the heading above them). */
export const detailsOrder = [
  'legalEntity',
  'category',
  'purpose',
  'nature',
  'dataProcessed',
  'dataSubjects',
  'specialCategories',
  'retention',
  'locations',
  'transferMechanisms',
  'scopes',
  'relationship',
  'address',
  'contact',
  'securityUrl',
  'websiteUrl',
  'onwardSubprocessorsUrl',
  'notes',
] as const satisfies readonly SubprocessorFieldName[]

/** The columns of the printed list, after the name and legal entity. */
export const printColumns = [
  'purpose',
  'dataProcessed',
  'locations',
  'securityUrl',
] as const satisfies readonly SubprocessorFieldName[]

/**
 * The DPA annex: the list of subprocessors the EU Standard Contractual Clauses ask for (Annex
 * III: name, address, contact person, description of the processing, location, transfers; Annex
 * I.B: data subjects, categories of data, special categories, nature, purpose, retention). One
 * column per heading, each field as a labelled line of its cell; the name heads the first.
 */
export const annexColumns = [
  {
    heading: 'Subprocessor',
    fields: ['legalEntity', 'relationship', 'address', 'contact', 'securityUrl', 'scopes'],
  },
  {
    heading: 'Description of the processing',
    fields: [
      'nature',
      'purpose',
      'dataProcessed',
      'dataSubjects',
      'specialCategories',
      'retention',
    ],
  },
  { heading: 'Location', fields: ['locations'] },
  { heading: 'Transfer mechanism', fields: ['transferMechanisms', 'onwardSubprocessorsUrl'] },
] as const satisfies ReadonlyArray<{
  heading: string
  fields: readonly SubprocessorFieldName[]
}>

const byName = new Map<string, SubprocessorFieldDefinition>(
  subprocessorFields.map((field) => [field.name, field]),
)

export const subprocessorField = (name: SubprocessorFieldName): SubprocessorFieldDefinition =>
  byName.get(name)!

/** The definition of a field by a name found in a record (undefined for a retired field). */
export const fieldNamed = (name: string): SubprocessorFieldDefinition | undefined =>
  byName.get(name)

/** A stored option code in words (the code itself if the option is gone). */
export const optionLabel = (field: SubprocessorFieldDefinition, code: string): string =>
  labelOf(field.options, code)

/** The term on the pages, for a value with `count` items. */
export function pageLabelOf(field: SubprocessorFieldDefinition, count = 1): string {
  const { pageLabel = field.label } = field
  return typeof pageLabel === 'string' ? pageLabel : pageLabel[count === 1 ? 0 : 1]
}

/** A part of a structured field. */
export const partOf = (field: SubprocessorFieldDefinition, name: string): FieldPart =>
  field.parts!.find((part) => part.name === name)!
