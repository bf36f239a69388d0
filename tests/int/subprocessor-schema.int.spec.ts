import { Types as mongooseTypes } from 'mongoose'
import {
  fieldLabelIn,
  helpIn,
  optionLabelIn,
  partWordsIn,
  sectionIn,
} from '@/i18n/subprocessorWords'
import type { Field, Payload } from 'payload'
import type { Subprocessor } from '@/payload-types'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { describeFieldChange, diffSnapshots, snapshotOf } from '@/changes/fields'
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
import { placesIn, readLocations, transferProblem } from '@/schema/eea'
import { transferMechanismsOf } from '@/schema/transfers'
import { withCurrentShape } from '@/schema/subprocessorValues'
import { up as migrateUp } from '@/migrations/20261204_120000_subprocessor_contact_and_transfers'
import { migrations, migrationsToRun } from '@/migrations'
import { toHistorical } from '@/utilities/historicalList'
import { readDashboard } from '@/admin/dashboardData'
import { Subprocessors } from '../../collections/Subprocessors'
import {
  completeEntryData,
  localStore,
  publishedSubprocessor,
  scopeOf,
  subprocessorData,
} from '../helpers/factories'
import { createContract } from '../helpers/openapi'
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
let categoryId: string
let categoryName: string
let scope: { id: string; slug: string; name: string }
const run = Date.now().toString(36)

beforeAll(async () => {
  payload = await seededPayload()
  const category = (await payload.find({ collection: 'categories', limit: 1, depth: 0 })).docs[0]
  categoryId = category.id
  categoryName = category.name
  scope = await scopeOf(localStore(payload), `Schema Region ${run}`)
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
      ...completeEntryData([scope.id]),
      notes: 'Only for this test.',
      _status: 'published',
    } as never,
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
  it('keeps material what customers agreed to: who, what, whose data, where, how transferred, for whom', () => {
    expect(materialFields).toEqual([
      'legalEntity',
      'purpose',
      'dataProcessed',
      'locations',
      'dataSubjects',
      'specialCategories',
      'transferMechanisms',
      'scopes',
    ])
  })

  it('is the admin form: every field in order, with its label, help and limits, in English and German', () => {
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
      // in the editor's language: English, or the German the visitors read
      expect(config.label, field.name).toEqual({
        en: field.editorLabel ?? field.label,
        de: fieldLabelIn(field, 'de'),
      })
      expect(config.admin?.description, field.name).toEqual({
        en: field.help,
        de: helpIn(field, 'de'),
      })
      expect(Boolean(config.required), field.name).toBe(Boolean(field.required))
      for (const limit of ['maxLength', 'minRows', 'maxRows', 'hasMany'] as const) {
        expect(config[limit], `${field.name}.${limit}`).toBe(field[limit])
      }
      // each option in both languages, the German the visitors' word
      const inBoth = (key: string, options: SubprocessorFieldDefinition['options']) =>
        options!.map(({ value, label }) => ({
          value,
          label: { en: label, de: optionLabelIn(key, options, value, 'de') },
        }))
      if (field.options)
        expect(config.options, field.name).toEqual(inBoth(field.name, field.options))
      // the parts of a structured field: each with its label, help and limits
      for (const part of field.parts ?? []) {
        const sub = flat(config.fields).find((candidate: any) => candidate.name === part.name) as
          Record<string, any> | undefined
        expect(sub, `${field.name}.${part.name}`).toBeTruthy()
        const german = partWordsIn(field, part.name, 'de')
        expect(sub!.label, `${field.name}.${part.name}`).toEqual({
          en: part.label,
          de: german.label,
        })
        expect(sub!.admin?.description, `${field.name}.${part.name}`).toEqual({
          en: part.help,
          de: german.help,
        })
        expect(sub!.maxLength, `${field.name}.${part.name}`).toBe(part.maxLength)
        if (part.options)
          expect(sub!.options).toEqual(inBoth(`${field.name}.${part.name}`, part.options))
      }
    }
    // editors get help on every field, in German too, and the new ones sit in collapsible groups
    for (const field of fields) {
      expect(field.help.length, field.name).toBeGreaterThan(20)
      expect(helpIn(field, 'de'), field.name).not.toBe(field.help)
      for (const part of field.parts ?? [])
        expect(partWordsIn(field, part.name, 'de').help, part.name).not.toBe(part.help)
    }
    expect(
      Subprocessors.fields
        .filter((field) => field.type === 'collapsible')
        .map((field) => ('label' in field ? field.label : null)),
    ).toEqual(
      (['processing', 'transfers', 'scopes', 'company'] as const).map((section) => ({
        en: {
          processing: 'What is processed, and how',
          transfers: 'Transfers out of the EEA',
          scopes: 'Which customers it applies to',
          company: 'Company and contact',
        }[section],
        de: sectionIn(section, 'de'),
      })),
    )
  })

  it('reaches the API, OpenAPI and the CSV with every field, in order', async () => {
    const { items } = await loadPublishedSubprocessors(payload)
    const item = items.find((candidate) => candidate.name === doc.name)!
    expect(Object.keys(item)).toEqual([
      'slug',
      ...names,
      'transferSafeguards',
      'updatedAt',
      'portalUrl',
    ])
    for (const name of names) expect(item[name as keyof typeof item], name).not.toEqual(null)
    expect(item).toMatchObject({
      nature: 'Storage and hosting',
      dataSubjects: ["Customers' end users", 'Our employees'],
      specialCategories: { processed: true, which: ['Health data'] },
      retention: 'For the length of the contract, then deleted within 30 days',
      transferMechanisms: [
        {
          code: 'eu-sccs',
          label: 'EU Standard Contractual Clauses (2021)',
          sccModule: 3,
          note: 'Signed with the DPA of 1 March 2024',
        },
        { code: 'eu-us-dpf', label: 'EU-US Data Privacy Framework', sccModule: null, note: null },
      ],
      scopes: [scope.slug],
      relationship: 'third-party',
      address: 'Example Street 1\n10115 Berlin',
      contact: {
        name: 'Jane Doe',
        role: 'Data Protection Officer',
        email: 'privacy@vendor.example',
      },
      onwardSubprocessorsUrl: 'https://vendor.example/subprocessors',
      // deprecated, derived for clients of v1 written before mechanisms
      transferSafeguards: [
        { code: 'eu-sccs', label: 'EU Standard Contractual Clauses (SCCs)' },
        { code: 'eu-us-dpf', label: 'EU-US Data Privacy Framework' },
      ],
    })

    const schema = openApiDocument().components.schemas.Subprocessor
    // and, only in a language other than the source (`?locale=`), the texts left in English
    expect(Object.keys(schema.properties!)).toEqual([...Object.keys(item), 'untranslated'])
    expect(schema.required).toEqual(Object.keys(item))
    expect(schema.properties!.transferSafeguards.deprecated).toBe(true)
    expect(createContract().checkSchema('Subprocessor', item)).toEqual([])

    expect(CSV_HEADER).toEqual([
      ...fields.map((field) => field.csvHeader ?? field.label),
      'Last updated',
      'Slug',
    ])
    const [row] = subprocessorCsvRows([item], [{ slug: scope.slug, name: scope.name }])
    expect(row).toHaveLength(CSV_HEADER.length)
    expect(
      row.every((cell) => cell !== ''),
      JSON.stringify(row),
    ).toBe(true)
    const cell = (name: string) => row[names.indexOf(name)]
    expect(cell('category')).toBe(categoryName)
    expect(cell('transferMechanisms')).toBe(
      'EU Standard Contractual Clauses (2021) – Module 3 (processor to processor) – Signed with the DPA of 1 March 2024; EU-US Data Privacy Framework',
    )
    expect(cell('contact')).toBe('Jane Doe (Data Protection Officer); privacy@vendor.example')
    expect(cell('specialCategories')).toBe('Yes: Health data')
    expect(cell('scopes')).toBe(scope.name)
    expect(cell('relationship')).toBe('Third party')
    // an entry for every customer says so
    const [everyone] = subprocessorCsvRows([{ ...item, scopes: [] }])
    expect(everyone[names.indexOf('scopes')]).toBe('All customers')
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
    expect(past.scopeIds).toEqual([scope.id])
    for (const name of names)
      expect(past.values[name as keyof typeof past.values], name).toBeTruthy()

    const html = render(past.values)
    expect(html).toBe(render(snapshotOf(doc, { scopeName: () => scope.name })!))
    for (const text of [
      'Safeguards for transfers out of the EEA',
      'EU Standard Contractual Clauses (2021) – Module 3 (processor to processor)',
      'Data subjects',
      'Our employees',
      'Special categories of data',
      'Yes: Health data',
      'Nature of the processing',
      'Retention',
      `Applies to</dt><dd>`,
      scope.name,
      'Registered address',
      'Example Street 1\n10115 Berlin',
      'Jane Doe (Data Protection Officer)',
      '<a href="mailto:privacy@vendor.example">privacy@vendor.example</a>',
      'Its own subprocessors',
      'vendor.example/subprocessors',
      'Only for this test.',
      'schema-check.example.com/security',
    ]) {
      expect(html).toContain(text)
    }
  })
})

describe('records of the old shape (before contact person and transfer mechanisms)', () => {
  // What the database held before issue 13: a published subprocessor with `contact` as free text
  // and `transferSafeguards` codes, its version, its history snapshot and a change that changed
  // its safeguards. None of them is rewritten; every reader shows them right.
  const oldFields = {
    contact: 'Old Street 9, 1010 Vienna',
    transferSafeguards: ['eu-sccs', 'bcrs'],
  }

  it('shows an old history snapshot and an old change record as they were', async () => {
    const name = `Old Shape Vendor ${run}`
    const snapshot = {
      slug: `old-shape-vendor-${run}`,
      name,
      legalEntity: null,
      category: categoryName,
      purpose: 'Recorded before issue 13',
      dataProcessed: ['Logs'],
      locations: ['United States'],
      securityUrl: null,
      websiteUrl: null,
      ...oldFields,
      notes: null,
      categoryId,
    }
    // written straight to the collection: history is append-only and nobody may create it
    const history = payload.db.collections['subprocessor-history'].collection
    await history.insertOne({
      subprocessor: `old-${run}`,
      name,
      at: new Date(),
      published: true,
      snapshot,
      createdAt: new Date(),
      updatedAt: new Date(),
    })
    const stored = await history.findOne({ subprocessor: `old-${run}` })
    expect(stored?.snapshot).toEqual(snapshot) // the record itself keeps its shape

    const { entries } = await listAsOf(payload, today())
    const past = toHistorical(entries.find((entry) => entry.subprocessor === `old-${run}`)!)
    expect(past.values).toMatchObject({
      address: 'Old Street 9, 1010 Vienna',
      contact: null,
      transferMechanisms: ['EU Standard Contractual Clauses (SCCs)', 'Binding Corporate Rules'],
      scopes: null,
    })
    const html = render(past.values)
    expect(html).toContain('Registered address')
    expect(html).toContain('Old Street 9, 1010 Vienna')
    expect(html).toContain('Binding Corporate Rules')
    expect(html).toContain('All customers') // before scopes, everything applied to everyone

    // a change recorded then names the retired field; the API and OpenAPI still take it
    const change: PublicChange = {
      id: 'database-id',
      slug: `2025-01-10-material-edit-old-shape-${run}`,
      title: `${name}: change`,
      kind: 'material-edit',
      status: 'effective',
      subprocessor: { slug: snapshot.slug, name },
      replaces: null,
      reason: 'Safeguards',
      urgentReason: null,
      noticePeriodDays: 30,
      announcedAt: '2025-01-10T09:00:00.000Z',
      effectiveDate: '2025-02-10T09:00:00.000Z',
      appliedAt: '2025-02-10T09:01:00.000Z',
      fieldChanges: [
        {
          subprocessor: 'database-id-of-it',
          subprocessorName: name,
          subprocessorSlug: snapshot.slug,
          field: 'transferSafeguards',
          label: 'Transfer safeguards',
          before: ['eu-sccs'],
          after: ['eu-sccs', 'bcrs'],
        },
        {
          subprocessor: 'database-id-of-it',
          subprocessorName: name,
          subprocessorSlug: snapshot.slug,
          field: 'contact',
          label: 'Postal address or contact',
          before: null,
          after: 'Old Street 9, 1010 Vienna',
        },
      ],
      updatedAt: '2025-02-10T09:01:00.000Z',
    }
    const notice = toPublicChangeNotice(change)
    expect(createContract().checkSchema('Change', notice)).toEqual([])
    expect(notice.fieldChanges.map(describeFieldChangeOf)).toEqual([
      `${name}, Transfer safeguards: eu-sccs → eu-sccs, bcrs`,
      `${name}, Postal address or contact: (none) → Old Street 9, 1010 Vienna`,
    ])
  })

  it('moves a stored subprocessor to the new shape (idempotent), leaving its versions as they were', async () => {
    const collection = payload.db.collections.subprocessors.collection
    const versions = payload.db.versions.subprocessors.collection
    const current = await publishedSubprocessor(localStore(payload), `Migrated Vendor ${run}`)
    // turn it back into what an old release stored, in the document and in a version
    await collection.updateOne(
      { _id: new mongooseTypes.ObjectId(current.id) },
      { $set: oldFields, $unset: { address: '', transferMechanisms: '' } },
    )
    const oldVersion = await versions.insertOne({
      parent: new mongooseTypes.ObjectId(current.id),
      version: { ...subprocessorData(current.name, categoryId), ...oldFields, _status: 'draft' },
      latest: false,
      createdAt: new Date(),
      updatedAt: new Date(),
    })

    // read before the migration, every reader already sees the new shape
    const read = await payload.findByID({ collection: 'subprocessors', id: current.id, depth: 0 })
    expect(read).toMatchObject({ address: oldFields.contact, contact: null })
    expect(read).not.toHaveProperty('transferSafeguards')
    expect(snapshotOf(read)!.transferMechanisms).toEqual([
      'EU Standard Contractual Clauses (2021)',
      'Binding Corporate Rules',
    ])

    // Payload's own runner, as the seed step and a production start call it (on FerretDB here:
    // no transactions), records it once; run again directly, it changes nothing
    await payload.db.migrate({ migrations: migrationsToRun })
    await payload.db.migrate({ migrations: migrationsToRun })
    const { docs: recorded } = await payload.find({
      collection: 'payload-migrations',
      where: { name: { equals: migrations[0].name } },
      depth: 0,
    })
    expect(recorded).toHaveLength(1)
    await migrateUp({ payload, req: {} as never, session: undefined })
    const raw = await collection.findOne({ _id: new mongooseTypes.ObjectId(current.id) })
    expect(raw).toMatchObject({ address: 'Old Street 9, 1010 Vienna' })
    expect(raw).not.toHaveProperty('contact')
    expect(raw).not.toHaveProperty('transferSafeguards')
    expect(transferMechanismsOf(raw!.transferMechanisms).map(({ code }) => code)).toEqual([
      'eu-sccs',
      'bcrs',
    ])
    expect(typeof raw!.transferMechanisms[0].id).toBe('string')
    const entry = await payload.findByID({ collection: 'subprocessors', id: current.id, depth: 0 })
    expect(withCurrentShape(raw!)).toMatchObject({
      address: entry.address,
      transferMechanisms: raw!.transferMechanisms,
    })

    // the version keeps its shape; read through the hooks, it has the new one
    const version = await versions.findOne({ _id: oldVersion.insertedId })
    expect(version!.version).toMatchObject(oldFields)
    const viaPayload = await payload.findVersionByID({
      collection: 'subprocessors',
      id: String(oldVersion.insertedId),
      depth: 0,
    })
    expect(snapshotOf(viaPayload.version)).toMatchObject({
      address: oldFields.contact,
      contact: null,
      transferMechanisms: ['EU Standard Contractual Clauses (2021)', 'Binding Corporate Rules'],
    })
  })
})

describe('a location outside the EEA needs a transfer mechanism', () => {
  it('recognises countries in free text', () => {
    expect(placesIn('United States (primary), global infrastructure').outside).toEqual([
      'United States',
      'global',
    ])
    expect(placesIn('Northern Ireland')).toEqual({ inside: [], outside: ['Northern Ireland'] })
    expect(placesIn('Ireland (Dublin)')).toEqual({ inside: ['Ireland'], outside: [] })
    expect(placesIn('EU (Frankfurt)').inside).toEqual(['EU'])
    expect(placesIn('Amazon S3 in the US').outside).toEqual(['US'])
    expect(placesIn('data about us').outside).toEqual([]) // "us" is a word, not the country
    expect(readLocations(['Germany', 'Frankfurt', 'USA'])).toEqual({
      outside: [{ location: 'USA', place: 'USA' }],
      unknown: ['Frankfurt'],
    })
  })

  it('says what is missing, in words for an editor', () => {
    const sccs = transferMechanismsOf([{ mechanism: 'eu-sccs', sccModule: '3' }])
    const notApplicable = transferMechanismsOf([{ mechanism: 'not-applicable' }])
    expect(transferProblem(['Germany'], [])).toBeNull()
    expect(transferProblem(['United States / global infrastructure'], [])).toBe(
      '"United States / global infrastructure" (United States) is outside the European Economic Area, so choose how transfers there are safeguarded, for example the EU Standard Contractual Clauses (2021) with their module.',
    )
    expect(transferProblem(['United States'], sccs)).toBeNull()
    expect(transferProblem(['United States'], notApplicable)).toMatch(
      /^"Not applicable" is only for data that stays in the EEA, but "United States" is outside it/,
    )
    expect(transferProblem(['Frankfurt'], [])).toMatch(/^We cannot tell whether "Frankfurt"/)
    expect(transferProblem(['Frankfurt'], notApplicable)).toBeNull()
    expect(transferProblem(['Germany'], [...sccs, ...notApplicable])).toMatch(/cannot be combined/)
  })

  it('refuses to publish a new entry without one, and leaves entries published before the rule valid', async () => {
    const store = localStore(payload)
    const refusal = await publishedSubprocessor(store, `Outside EEA ${run}`, {
      locations: ['United States'],
    }).catch((error: { data?: { errors?: Array<{ path: string; message: string }> } }) => error)
    expect((refusal as any).data?.errors).toEqual([
      {
        path: 'transferMechanisms',
        message: expect.stringMatching(/"United States" is outside the European Economic Area/),
        label: expect.any(String),
      },
    ])
    const allowed = await publishedSubprocessor(store, `Outside EEA ${run}`, {
      locations: ['United States'],
      transferMechanisms: [{ mechanism: 'eu-sccs', sccModule: '3' }],
    })
    expect(allowed._status).toBe('published')

    // Stripe, as seeded from Clicki's list: United States, no mechanism. Still valid to edit...
    const [stripe] = (await store.find('subprocessors', 'slug', 'stripe')) as Subprocessor[]
    expect(stripe.transferMechanisms ?? []).toEqual([]) // nothing invented for it in the seed
    const edited = (await store.update('subprocessors', stripe.id, {
      notes: `Checked ${run}`,
      _status: 'published',
    })) as Subprocessor
    expect(edited.notes).toBe(`Checked ${run}`)
    // ...until its locations change without one
    await expect(
      store.update('subprocessors', stripe.id, {
        locations: ['United States', 'Canada'],
        _status: 'published',
      }),
    ).rejects.toThrow(/transfer|Transfer/)
    await store.update('subprocessors', stripe.id, { notes: null, _status: 'published' })
  })

  it('lists on the dashboard the published entries still missing a mechanism or a module', async () => {
    const [admin] = (
      await payload.find({ collection: 'users', where: { role: { equals: 'admin' } }, limit: 1 })
    ).docs
    const { transfers } = await readDashboard(payload, admin, '/admin')
    const stripe = transfers.find((entry) => entry.link.label === 'Stripe')
    expect(stripe?.problem).toMatch(
      /^"United States \/ global infrastructure" \(United States\) is outside/,
    )
    expect(transfers.map((entry) => entry.link.label)).not.toContain(doc.name)
  })

  it('asks which special categories when the answer is yes, and keeps none when it is no', async () => {
    const store = localStore(payload)
    const refusal = await publishedSubprocessor(store, `Special yes ${run}`, {
      specialCategories: { processed: 'yes', which: [] },
    }).catch((error: { data?: { errors?: Array<{ path: string; message: string }> } }) => error)
    expect((refusal as any).data?.errors?.[0]).toMatchObject({
      path: 'specialCategories.processed',
      message: expect.stringMatching(/^Name each special category the vendor handles/),
    })
    // a list left from an earlier "Yes" is not kept under "No"
    const no = await publishedSubprocessor(store, `Special no ${run}`, {
      specialCategories: { processed: 'no', which: ['Health data'] },
    })
    expect(no.specialCategories).toMatchObject({ processed: 'no', which: [] })
  })
})

const describeFieldChangeOf = (
  change: ReturnType<typeof toPublicChangeNotice>['fieldChanges'][number],
) => describeFieldChange({ ...change, subprocessor: '' })

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

describe('scopes in use', () => {
  it('cannot be deleted, and keep their slug; unused ones can', async () => {
    const deleting = await payload
      .delete({ collection: 'scopes', id: scope.id, ...quiet })
      .catch((error: Error & { status?: number }) => error)
    expect(deleting).toMatchObject({ status: 409 })
    expect((deleting as Error).message).toBe(
      '"Schema Check Vendor" applies to this scope. Take the scope off it first (a material change: through a change notice), then delete it.',
    )
    const reslug = await payload
      .update({ collection: 'scopes', id: scope.id, data: { slug: `renamed-${run}` }, ...quiet })
      .catch((error: { data?: { errors?: Array<{ path: string; message: string }> } }) => error)
    expect((reslug as any).data?.errors?.[0]).toMatchObject({
      path: 'slug',
      message: expect.stringMatching(
        /lists and API clients choose it by its slug .* Keep the slug/,
      ),
    })
    // the name can change; its pages and API answers follow (cache tag `scopes`)
    const renamed = await payload.update({
      collection: 'scopes',
      id: scope.id,
      data: { name: `${scope.name} (renamed)` },
      ...quiet,
    })
    expect(renamed.slug).toBe(scope.slug)

    const unused = await scopeOf(localStore(payload), `Unused Scope ${run}`)
    const moved = await payload.update({
      collection: 'scopes',
      id: unused.id,
      data: { slug: `unused-moved-${run}` },
      ...quiet,
    })
    expect(moved.slug).toBe(`unused-moved-${run}`)
    await payload.delete({ collection: 'scopes', id: unused.id, ...quiet })
  })
})
