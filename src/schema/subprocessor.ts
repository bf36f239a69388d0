// The subprocessor, defined once: every public field with its labels, help text, limits, whether
// a change to it needs a notice, and how it is shown and exported. The collection config
// (collections/Subprocessors/fields.ts), the field diff (src/changes/fields.ts), the API
// serializer, the OpenAPI schema, the CSV export, the past-day list and the pages derive from it.

export const transferSafeguards = [
  { value: 'eu-sccs', label: 'EU Standard Contractual Clauses (SCCs)' },
  { value: 'eu-us-dpf', label: 'EU-US Data Privacy Framework' },
  { value: 'uk-idta', label: 'UK International Data Transfer Addendum' },
  { value: 'swiss-us-dpf', label: 'Swiss-US Data Privacy Framework' },
  { value: 'adequacy', label: 'Adequacy decision' },
  { value: 'bcrs', label: 'Binding Corporate Rules' },
  { value: 'not-applicable', label: 'Not applicable: data stays in the EEA' },
] as const

type Option = { readonly value: string; readonly label: string }

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
  /** Help under the field in the admin form. */
  help: string
  /** `url`: an http(s) address; `category`: the category it is listed under; `select`: `options`. */
  type: 'text' | 'textarea' | 'url' | 'category' | 'select'
  required?: boolean
  maxLength?: number
  hasMany?: boolean
  minRows?: number
  maxRows?: number
  options?: readonly Option[]
  /** Fields with the same row name sit side by side in the admin form. */
  row?: string
  /** A change to it reaches customers only through an announced change notice (GDPR Art. 28). */
  material?: boolean
  /**
   * On the pages: the heading (`title`), plain text, text keeping its line breaks (`multiline`),
   * a list, a link, or the category (on the subprocessor's own page only).
   */
  show: 'title' | 'text' | 'multiline' | 'list' | 'link' | 'category'
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
    help: 'Where the data is processed. Add one item per place, for example "United States (primary), global infrastructure".',
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
    name: 'securityUrl',
    label: 'Security information',
    help: "Link to the vendor's security or compliance page.",
    type: 'url',
    row: 'links',
    show: 'link',
    api: { description: "The subprocessor's security or compliance page." },
  },
  {
    name: 'websiteUrl',
    label: 'Website',
    help: "The vendor's home page.",
    type: 'url',
    row: 'links',
    show: 'link',
    api: { description: "The subprocessor's home page." },
  },
  {
    name: 'transferSafeguards',
    label: 'Transfer safeguards',
    editorLabel: 'Safeguards for transfers out of the EEA',
    pageLabel: 'Safeguards for transfers out of the EEA',
    help: 'Optional. How personal data is protected when it leaves the European Economic Area.',
    type: 'select',
    hasMany: true,
    options: transferSafeguards,
    material: true,
    show: 'list',
    api: { description: 'Safeguards for transfers out of the EEA.' },
  },
  {
    name: 'contact',
    label: 'Postal address or contact',
    pageLabel: 'Contact',
    csvHeader: 'Contact',
    help: "Optional. The vendor's registered address or privacy contact.",
    type: 'textarea',
    maxLength: 500,
    show: 'multiline',
    api: { description: 'Postal address or privacy contact.' },
  },
  {
    name: 'notes',
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

/** The fields whose change needs a notice. */
export const materialFields = subprocessorFields
  .filter((field) => 'material' in field && field.material)
  .map((field) => field.name)

/** The material fields in words, for editors and customers: "legal entity, purpose, … or …". */
export const materialFieldWords = (() => {
  const words = subprocessorFields
    .filter((field) => 'material' in field && field.material)
    .map((field) => field.label.toLowerCase())
  return `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`
})()

/** The order of the details on the pages (the name is the heading above them). */
export const detailsOrder = [
  'legalEntity',
  'category',
  'purpose',
  'dataProcessed',
  'locations',
  'transferSafeguards',
  'securityUrl',
  'websiteUrl',
  'contact',
  'notes',
] as const satisfies readonly SubprocessorFieldName[]

/** The columns of the printed list and the DPA annex, after the name and legal entity. */
export const printColumns = [
  'purpose',
  'dataProcessed',
  'locations',
  'securityUrl',
] as const satisfies readonly SubprocessorFieldName[]

const byName = new Map<string, SubprocessorFieldDefinition>(
  subprocessorFields.map((field) => [field.name, field]),
)

export const subprocessorField = (name: SubprocessorFieldName): SubprocessorFieldDefinition =>
  byName.get(name)!

/** A stored option code in words (the code itself if the option is gone). */
export const optionLabel = (field: SubprocessorFieldDefinition, code: string): string =>
  field.options?.find((option) => option.value === code)?.label ?? code

/** The term on the pages, for a value with `count` items. */
export function pageLabelOf(field: SubprocessorFieldDefinition, count = 1): string {
  const { pageLabel = field.label } = field
  return typeof pageLabel === 'string' ? pageLabel : pageLabel[count === 1 ? 0 : 1]
}
