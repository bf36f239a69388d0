import type { Field, Payload } from 'payload'
import type { Subprocessor } from '@/payload-types'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { diffSnapshots, snapshotOf } from '@/changes/fields'
import { listAsOf } from '@/changes/history'
import type { PublicChange } from '@/changes/log'
import { SubprocessorDetails } from '@/components/SubprocessorDetails'
import { loadPublishedSubprocessors } from '@/data/publicApi'
import { openApiDocument } from '@/public-api/openapi'
import { CSV_HEADER, subprocessorCsvRows } from '@/public-api/resources'
import { toPublicChangeNotice } from '@/public-api/serialize'
import {
  materialFields,
  subprocessorFields,
  type SubprocessorFieldDefinition,
} from '@/schema/subprocessor'
import { toHistorical } from '@/utilities/historicalList'
import { Subprocessors } from '../../collections/Subprocessors'
import { quiet, seededPayload } from '../helpers/payload'

// The subprocessor is defined once (src/schema/subprocessor.ts). These fail when a place that
// should derive from it drifts: the admin form, the API, OpenAPI, CSV, the diff, the past-day list.

const fields = subprocessorFields as readonly SubprocessorFieldDefinition[]
const names = fields.map(({ name }) => name)
const today = () => new Date().toISOString().slice(0, 10)
const render = (values: Parameters<typeof SubprocessorDetails>[0]['values']) =>
  renderToStaticMarkup(createElement(SubprocessorDetails, { values }))

let payload: Payload
let doc: Subprocessor
let categoryName: string

beforeAll(async () => {
  payload = await seededPayload()
  const category = (await payload.find({ collection: 'categories', limit: 1, depth: 0 })).docs[0]
  categoryName = category.name
  // every public field filled in (the seeding context skips the change-notice rule)
  doc = await payload.create({
    collection: 'subprocessors',
    data: {
      name: 'Schema Check Vendor',
      slug: 'schema-check-vendor',
      legalEntity: 'Schema Check GmbH',
      category: category.id,
      purpose: 'Checks that every field reaches every view',
      dataProcessed: ['Account identifiers', 'Usage events'],
      locations: ['Germany'],
      securityUrl: 'https://schema-check.example.com/security',
      websiteUrl: 'https://schema-check.example.com',
      transferSafeguards: ['eu-sccs', 'bcrs'],
      contact: 'Schema Street 1\n10115 Berlin',
      notes: 'Only for this test.',
      _status: 'published',
    },
    context: { ...quiet.context, seeding: true },
  })
})

// A published subprocessor cannot be deleted: taking it off the list is what the other files see.
afterAll(async () => {
  if (doc)
    await payload.update({
      collection: 'subprocessors',
      id: doc.id,
      data: { _status: 'draft' },
      ...quiet,
    })
})

describe('the one subprocessor schema', () => {
  it('keeps exactly legal entity, purpose, data processed, locations and safeguards material', () => {
    expect(materialFields).toEqual([
      'legalEntity',
      'purpose',
      'dataProcessed',
      'locations',
      'transferSafeguards',
    ])
  })

  it('is the admin form: every field in order, with its label, help and limits', () => {
    const flat = (list: Field[]): Field[] =>
      list.flatMap((field) =>
        'fields' in field && !('name' in field) ? flat(field.fields) : [field],
      )
    // (Payload appends its timestamps to the config when it starts)
    const form = flat(Subprocessors.fields)
      .filter((field) => 'name' in field)
      .slice(0, names.length + 1) as Array<Record<string, any>>
    expect(form.map((field) => field.name)).toEqual([...names, 'slug'])
    for (const field of fields) {
      const config = form.find((candidate) => candidate.name === field.name)!
      expect(config.label, field.name).toBe(field.editorLabel ?? field.label)
      expect(config.admin?.description, field.name).toBe(field.help)
      expect(Boolean(config.required), field.name).toBe(Boolean(field.required))
      for (const limit of ['maxLength', 'minRows', 'maxRows', 'hasMany'] as const) {
        expect(config[limit], `${field.name}.${limit}`).toBe(field[limit])
      }
      if (field.options) expect(config.options, field.name).toEqual(field.options)
    }
  })

  it('reaches the API, OpenAPI and the CSV with every field, in order', async () => {
    const { items } = await loadPublishedSubprocessors(payload)
    const item = items.find((candidate) => candidate.name === doc.name)!
    expect(Object.keys(item)).toEqual(['slug', ...names, 'updatedAt', 'portalUrl'])
    for (const name of names) expect(item[name as keyof typeof item], name).not.toEqual(null)
    expect(item.transferSafeguards).toEqual([
      { code: 'eu-sccs', label: 'EU Standard Contractual Clauses (SCCs)' },
      { code: 'bcrs', label: 'Binding Corporate Rules' },
    ])

    const schema = openApiDocument().components.schemas.Subprocessor
    expect(Object.keys(schema.properties!)).toEqual(Object.keys(item))
    expect(schema.required).toEqual(Object.keys(item))

    expect(CSV_HEADER).toEqual([
      ...fields.map((field) => field.csvHeader ?? field.label),
      'Last updated',
      'Slug',
    ])
    const [row] = subprocessorCsvRows([item])
    expect(row).toHaveLength(CSV_HEADER.length)
    expect(
      row.every((cell) => cell !== ''),
      JSON.stringify(row),
    ).toBe(true)
    expect(row[names.indexOf('category')]).toBe(categoryName)
    expect(row[names.indexOf('transferSafeguards')]).toBe(
      'EU Standard Contractual Clauses (SCCs); Binding Corporate Rules',
    )
  })

  it('is what a notice compares: every field in the diff', () => {
    const changes = diffSnapshots(doc, null, snapshotOf(doc))
    expect(changes.map((change) => change.field)).toEqual(names)
    expect(changes.map((change) => change.label)).toEqual(fields.map((field) => field.label))
  })

  it('shows a past day with every field the current list shows', async () => {
    const { entries } = await listAsOf(payload, today())
    const entry = entries.find((candidate) => candidate.subprocessor === doc.id)
    expect(entry, 'the published subprocessor is in today’s history').toBeTruthy()
    const past = toHistorical(entry!)
    expect(past.category).toBe(categoryName)
    for (const name of names)
      expect(past.values[name as keyof typeof past.values], name).toBeTruthy()

    const html = render(past.values)
    expect(html).toBe(render(snapshotOf(doc)!))
    for (const text of [
      'Safeguards for transfers out of the EEA',
      'Binding Corporate Rules',
      'Contact',
      'Schema Street 1\n10115 Berlin',
      'Only for this test.',
      'schema-check.example.com/security',
    ]) {
      expect(html).toContain(text)
    }
  })
})

describe('the one public change model', () => {
  it('gives the API every field OpenAPI describes, in order, without database ids', () => {
    const change: PublicChange = {
      id: 'database-id',
      slug: '2025-03-03-addition-acme',
      title: 'Acme: new subprocessor',
      kind: 'addition',
      status: 'announced',
      subprocessor: { slug: 'acme', name: 'Acme' },
      replaces: null,
      reason: 'Analytics',
      urgentReason: null,
      noticePeriodDays: 30,
      announcedAt: '2025-03-03T09:00:00.000Z',
      effectiveDate: '2025-04-03T09:00:00.000Z',
      appliedAt: null,
      fieldChanges: [
        {
          subprocessor: 'database-id-of-acme',
          subprocessorName: 'Acme',
          subprocessorSlug: 'acme',
          field: 'name',
          label: 'Name',
          before: null,
          after: 'Acme',
        },
      ],
      updatedAt: '2025-03-03T09:00:00.000Z',
    }
    const notice = toPublicChangeNotice(change)
    const { schemas } = openApiDocument().components
    expect(Object.keys(notice)).toEqual(Object.keys(schemas.Change.properties!))
    expect(Object.keys(notice.fieldChanges[0])).toEqual(
      Object.keys(schemas.FieldChange.properties!),
    )
    expect(JSON.stringify(notice)).not.toContain('database-id')
  })
})
