import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  loadPublishedCategories,
  loadPublishedPolicies,
  loadPublishedScopes,
  loadPublishedSubprocessors,
} from '@/data/publicApi'
import { loadSecurityTopics } from '@/data/security'
import { LIST_SCHEMA_VERSION } from '@/public-api/listSchema'
import { openApiDocument } from '@/public-api/openapi'
import { readListQuery, readLocaleQuery, readSubprocessorQuery } from '@/public-api/query'
import { CSV_HEADER, subprocessorCsvRows } from '@/public-api/resources'
import { snapshotOf } from '@/changes/fields'
import { readListIn } from '@/data/localized'
import { shownValuesIn } from '@/i18n/subprocessorValuesIn'
import { subprocessorField } from '@/schema/subprocessor'
import { csvHeaderIn } from '@/public-api/csvWords'
import { toPublicSecurityTopic, withoutPolicyBody } from '@/public-api/serialize'
import { paragraph, richText } from '@/seed/lexical'
import {
  completeEntryData,
  localStore,
  policyData,
  publishedSubprocessor,
  quiet,
  scopeOf,
} from '../helpers/factories'
import { createContract } from '../helpers/openapi'
import { seededPayload } from '../helpers/payload'

// The public API in another language (`?locale=de`): German texts where they are translated, the
// English source where not, and each item naming those; answers without the parameter as before.
// Read from the real database through the loaders the endpoints call (their HTTP side, the
// Content-Language header and the 400, in tests/e2e/public-api-http.e2e.spec.ts).

let payload: Payload
const run = Date.now().toString(36)
const contract = createContract()
let slug: string
let categorySlug: string

beforeAll(async () => {
  payload = await seededPayload()
  const store = localStore(payload)
  await payload.updateGlobal({ slug: 'trust-center', data: { requireNotice: false }, ...quiet })
  const category = (await store.create('categories', {
    name: `Locale Tools ${run}`,
    description: 'Tools we translate.',
  })) as { id: string; slug: string }
  categorySlug = category.slug
  const vendor = await publishedSubprocessor(store, `Locale Vendor ${run}`, {
    ...completeEntryData(),
    category: category.id,
  })
  slug = vendor.slug
  await payload.update({
    collection: 'subprocessors',
    id: vendor.id,
    locale: 'de',
    data: {
      purpose: 'Produktanalyse',
      dataProcessed: ['Nutzungsereignisse'],
      _status: 'published',
    },
    ...quiet,
  })
  // the category's name is translated, its description is not
  await payload.update({
    collection: 'categories',
    id: category.id,
    locale: 'de',
    data: { name: `Übersetzte Werkzeuge ${run}` },
    ...quiet,
  })
  const policy = (await store.create(
    'policies',
    policyData(`Locale Policy ${run}`, richText(paragraph('English body.')), {
      summary: 'English summary.',
    }),
  )) as { id: string }
  await payload.update({
    collection: 'policies',
    id: policy.id,
    locale: 'de',
    data: { title: `Richtlinie ${run}`, _status: 'published' },
    ...quiet,
  })
  await store.create('security-domains', {
    title: `Locale Topic ${run}`,
    statements: [{ text: 'Encrypted at rest.' }, { text: 'Encrypted in transit.' }],
    _status: 'published',
  })
})

afterAll(async () => {
  await payload.updateGlobal({ slug: 'trust-center', data: { requireNotice: false }, ...quiet })
})

describe('the public API in German', () => {
  it('serves the German texts, the English where none, and names those in `untranslated`', async () => {
    const { items } = await loadPublishedSubprocessors(payload, 'de')
    const item = items.find((candidate) => candidate.slug === slug)!
    expect(item.purpose).toBe('Produktanalyse')
    expect(item.dataProcessed).toEqual(['Nutzungsereignisse'])
    expect(item.retention).toBe('For the length of the contract, then deleted within 30 days')
    expect(item.category).toEqual({ slug: categorySlug, name: `Übersetzte Werkzeuge ${run}` })
    expect(item.transferMechanisms[0]).toMatchObject({
      code: 'eu-sccs',
      label: 'EU-Standardvertragsklauseln (2021)',
      note: 'Signed with the DPA of 1 March 2024',
    })
    expect(item.untranslated).toEqual(
      expect.arrayContaining([
        'nature',
        'dataSubjects',
        'specialCategories.which',
        'retention',
        'transferMechanisms.0.note',
      ]),
    )
    for (const translated of ['purpose', 'dataProcessed', 'category.name', 'name', 'slug'])
      expect(item.untranslated).not.toContain(translated)
    // a mechanism without a note has nothing to translate
    expect(item.untranslated).not.toContain('transferMechanisms.1.note')
    expect(contract.checkSchema('Subprocessor', item)).toEqual([])

    const categories = (await loadPublishedCategories(payload, 'de')).items
    const category = categories.find((candidate) => candidate.slug === categorySlug)!
    expect(category).toMatchObject({
      name: `Übersetzte Werkzeuge ${run}`,
      description: 'Tools we translate.',
      untranslated: ['description'],
    })
    expect(contract.checkSchema('Category', category)).toEqual([])
  })

  it('answers as before without a language, with no `untranslated`', async () => {
    const before = await loadPublishedSubprocessors(payload)
    expect(JSON.stringify(await loadPublishedSubprocessors(payload, 'en'))).toBe(
      JSON.stringify(before),
    )
    const item = before.items.find((candidate) => candidate.slug === slug)!
    expect(item.purpose).toBe('Product analytics')
    expect(item.category?.name).toBe(`Locale Tools ${run}`)
    expect(item.transferMechanisms[0].label).toBe('EU Standard Contractual Clauses (2021)')
    expect('untranslated' in item).toBe(false)
    expect(before.items.every((entry) => !('untranslated' in entry))).toBe(true)
  })

  it('lists a policy body in English on the section, not on the list that leaves it out', async () => {
    const { items } = await loadPublishedPolicies(payload, 'de')
    const policy = items.find((candidate) => candidate.title === `Richtlinie ${run}`)!
    expect(policy.summary).toBe('English summary.')
    expect(policy.body.text).toContain('English body.')
    expect(policy.untranslated).toEqual(expect.arrayContaining(['summary', 'body']))
    expect(policy.untranslated).not.toContain('title')
    expect(contract.checkSchema('Policy', policy)).toEqual([])
    const summary = withoutPolicyBody(policy)
    expect(summary.untranslated).toEqual(['summary'])
    expect(contract.checkSchema('PolicySummary', summary)).toEqual([])
  })

  it('names an untranslated statement of the security overview by its place in the list', async () => {
    const { items } = await loadSecurityTopics(payload, 'de')
    const topic = toPublicSecurityTopic(items.find((item) => item.title === `Locale Topic ${run}`)!)
    expect(topic.statements).toEqual(['Encrypted at rest.', 'Encrypted in transit.'])
    expect(topic.untranslated).toEqual(
      expect.arrayContaining(['title', 'statements.0', 'statements.1']),
    )
    expect(contract.checkSchema('SecurityTopic', topic)).toEqual([])
  })

  it('names a scope’s kind in German, the code the same', async () => {
    const scope = await scopeOf(localStore(payload), `Locale Feature ${run}`, { kind: 'feature' })
    try {
      const [english, german] = await Promise.all([
        loadPublishedScopes(payload, 'en'),
        loadPublishedScopes(payload, 'de'),
      ])
      const served = (set: typeof english) => set.items.find((item) => item.slug === scope.slug)
      expect(served(english)?.kind).toEqual({ code: 'feature', label: 'Optional feature' })
      expect(served(german)?.kind).toEqual({ code: 'feature', label: 'Optionale Funktion' })
    } finally {
      await payload.delete({ collection: 'scopes', id: scope.id, ...quiet })
    }
  })

  it('writes the CSV with German headers and words', async () => {
    const { items } = await loadPublishedSubprocessors(payload, 'de')
    const item = items.find((candidate) => candidate.slug === slug)!
    const header = csvHeaderIn('de')
    expect(header).toHaveLength(CSV_HEADER.length)
    expect(header).toEqual(
      expect.arrayContaining(['Name', 'Zweck', 'Aufbewahrung', 'Zuletzt aktualisiert']),
    )
    const [row] = subprocessorCsvRows([item], [], 'de')
    const cell = (label: string) => row[header.indexOf(label)]
    expect(cell('Zweck')).toBe('Produktanalyse')
    expect(cell('Gilt für')).toBe('Alle Kunden')
    expect(cell('Besondere Kategorien personenbezogener Daten')).toBe('Ja: Health data')
    expect(cell('Beziehung')).toBe('Dritter')
    expect(cell('Übermittlungsmechanismen')).toBe(
      'EU-Standardvertragsklauseln (2021) – Modul 3 (Auftragsverarbeiter an Auftragsverarbeiter) – Signed with the DPA of 1 March 2024; EU-US Data Privacy Framework',
    )
    // the English CSV is unchanged
    expect(csvHeaderIn('en')).toEqual(CSV_HEADER)
    expect(CSV_HEADER).toContain('Purpose')
  })
})

describe('option words on the German pages', () => {
  const readDoc = async (locale: 'en' | 'de') =>
    (
      await readListIn(locale, async (language) => {
        const { docs } = await payload.find({
          collection: 'subprocessors',
          where: { slug: { equals: slug } },
          depth: 0,
          ...language,
        })
        return docs
      })
    )[0]

  it('are the CSV’s words, the English notes marked; what notices record stays English', async () => {
    const doc = await readDoc('de')
    const { values, sourceEnds } = shownValuesIn(doc, 'de')
    expect(values.purpose).toBe('Produktanalyse')
    expect(values.relationship).toBe('Dritter')
    expect(values.specialCategories).toBe('Ja: Health data')
    expect(values.transferMechanisms).toEqual([
      'EU-Standardvertragsklauseln (2021) – Modul 3 (Auftragsverarbeiter an Auftragsverarbeiter) – Signed with the DPA of 1 March 2024',
      'EU-US Data Privacy Framework',
    ])
    // the untranslated parts the page marks as English: the note, which special categories
    expect(sourceEnds).toEqual({
      specialCategories: ['Health data'],
      transferMechanisms: ['Signed with the DPA of 1 March 2024', null],
    })
    // the same words as the German CSV
    const { items } = await loadPublishedSubprocessors(payload, 'de')
    const [row] = subprocessorCsvRows([items.find((item) => item.slug === slug)!], [], 'de')
    for (const name of ['relationship', 'specialCategories', 'transferMechanisms'] as const)
      expect(row[CSV_HEADER.indexOf(subprocessorField(name).label)], name).toBe(
        [values[name]].flat().join('; '),
      )

    // the snapshot a notice compares and records is unchanged: English option words
    expect(snapshotOf(doc)).toMatchObject({
      relationship: 'Third party',
      specialCategories: 'Yes: Health data',
      transferMechanisms: [
        'EU Standard Contractual Clauses (2021) – Module 3 (processor to processor) – Signed with the DPA of 1 March 2024',
        'EU-US Data Privacy Framework',
      ],
    })
    // and an English page shows exactly it
    const english = await readDoc('en')
    expect(shownValuesIn(english, 'en')).toEqual({ values: snapshotOf(english), sourceEnds: {} })
  })
})

describe('the `locale` parameter', () => {
  it('takes the configured languages, defaults to English, and refuses others naming them', () => {
    expect(readLocaleQuery(new URLSearchParams('locale=de'))).toEqual({
      ok: true,
      value: { locale: 'de' },
    })
    expect(readLocaleQuery(new URLSearchParams(''))).toEqual({ ok: true, value: { locale: 'en' } })
    expect(readListQuery(new URLSearchParams('locale=de&limit=5'))).toMatchObject({
      ok: true,
      value: { locale: 'de', limit: 5 },
    })
    for (const query of ['locale=xx', 'locale=DE', 'locale=', 'locale=de&locale=en']) {
      const result = readSubprocessorQuery(new URLSearchParams(query))
      expect(result.ok, query).toBe(false)
      if (!result.ok) expect(result.invalidParams[0].name).toBe('locale')
    }
    const refused = readLocaleQuery(new URLSearchParams('locale=xx'))
    expect(refused.ok || refused.invalidParams[0].reason).toBe(
      'must be one of en, de (the languages of this trust center), not "xx".',
    )
    expect(readLocaleQuery(new URLSearchParams('scope=eu')).ok).toBe(false)
  })

  it('is described in the OpenAPI document, with `untranslated` and the schema version', () => {
    const doc = openApiDocument()
    expect(doc.components.parameters.locale.schema).toMatchObject({ enum: ['en', 'de'] })
    expect(doc.components.schemas.Subprocessor.properties?.untranslated).toBeDefined()
    expect(doc.components.schemas.Subprocessor.required).not.toContain('untranslated')
    expect(LIST_SCHEMA_VERSION).toBe('1.1.0')
    for (const path of [
      '/api/public/v1/subprocessors',
      '/api/public/v1/subprocessors/{slug}',
      '/api/public/v1/policies/{slug}',
      '/api/public/v1/changes',
      '/subprocessors.csv',
      '/subprocessors.json',
    ]) {
      const parameters = JSON.stringify(doc.paths[path].get.parameters)
      expect(parameters, path).toContain('#/components/parameters/locale')
    }
  })
})
