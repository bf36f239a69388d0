import mongoose from 'mongoose'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { up as wrapTranslatedFields } from '@/migrations/20261204_150000_translated_fields'
import { loadPublicFaq } from '@/data/faq'
import { fillFromSource } from '@/i18n/resolve'
import { paragraph, richText } from '@/seed/lexical'
import type { Subprocessor } from '@/payload-types'
import { categoryId, localStore, publishedSubprocessor, quiet } from '../helpers/factories'
import { rest, seededPayload, tokenFor } from '../helpers/payload'

// Content in English and German (Payload localization): a translation is saved per field, read
// back in German with English filling each gap (and saying where), never counts as a change
// customers must be told about, and what was stored before the fields were translated is wrapped
// as English by the migration. Real database.

let payload: Payload
let editor: string
const run = Date.now().toString(36)

beforeAll(async () => {
  payload = await seededPayload()
  editor = await tokenFor('editor', 'translations-editor@tests.invalid')
})

afterAll(async () => {
  await payload.updateGlobal({ slug: 'trust-center', data: { requireNotice: false }, ...quiet })
})

describe('a German translation', () => {
  let vendor: Subprocessor

  beforeAll(async () => {
    await payload.updateGlobal({ slug: 'trust-center', data: { requireNotice: false }, ...quiet })
    vendor = await publishedSubprocessor(localStore(payload), `Translated Vendor ${run}`, {
      retention: 'Thirty days',
    })
    await payload.updateGlobal({ slug: 'trust-center', data: { requireNotice: true }, ...quiet })
  })

  it('is published by an editor without a change notice, field by field', async () => {
    const saved = await rest('PATCH', `/api/subprocessors/${vendor.id}?locale=de`, {
      token: editor,
      body: {
        purpose: 'Produktanalyse',
        dataProcessed: ['Nutzungsereignisse'],
        _status: 'published',
      },
    })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)

    const german = await payload.findByID({
      collection: 'subprocessors',
      id: vendor.id,
      locale: 'de',
    })
    expect(german.purpose).toBe('Produktanalyse')
    expect(german.dataProcessed).toEqual(['Nutzungsereignisse'])
    // not translated: Payload fills in the English
    expect(german.retention).toBe('Thirty days')
    const english = await payload.findByID({ collection: 'subprocessors', id: vendor.id })
    expect(english.purpose).toBe('Product analytics')
    expect(english.dataProcessed).toEqual(['Usage events'])
  })

  it('says which texts are shown in English instead', async () => {
    const read = (locale: 'en' | 'de') =>
      payload.findByID({
        collection: 'subprocessors',
        id: vendor.id,
        locale,
        fallbackLocale: false,
      })
    const { doc, untranslated } = fillFromSource(await read('de'), await read('en'))
    expect(doc.purpose).toBe('Produktanalyse')
    expect(doc.retention).toBe('Thirty days')
    expect(untranslated).toContain('retention')
    expect(untranslated).not.toContain('purpose')
    expect(untranslated).not.toContain('name') // never translated: the same in every language
    expect(untranslated).not.toContain('updatedAt') // the same in both reads
  })

  it('may leave a required text empty: it reads as the English', async () => {
    const saved = await rest('PATCH', `/api/subprocessors/${vendor.id}?locale=de`, {
      token: editor,
      body: { purpose: '', retention: 'Dreißig Tage', _status: 'published' },
    })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    const german = await payload.findByID({
      collection: 'subprocessors',
      id: vendor.id,
      locale: 'de',
    })
    expect(german.purpose).toBe('Product analytics')
    expect(german.retention).toBe('Dreißig Tage')
    // an English required text stays required
    const english = await rest('PATCH', `/api/subprocessors/${vendor.id}`, {
      token: editor,
      body: { purpose: '', _status: 'published' },
    })
    expect(english.status).toBe(400)
  })

  it('does not carry an English change past the notice rule', async () => {
    const direct = await rest('PATCH', `/api/subprocessors/${vendor.id}`, {
      token: editor,
      body: { purpose: 'Something else entirely', _status: 'published' },
    })
    expect(direct.status).toBe(400)
    expect(JSON.stringify(direct.body)).toContain('announce it under Change notices')

    const draft = await rest('PATCH', `/api/subprocessors/${vendor.id}?draft=true`, {
      token: editor,
      body: { purpose: 'Something else entirely', _status: 'draft' },
    })
    expect(draft.status, JSON.stringify(draft.body)).toBe(200)
    // publishing the German would publish the English draft with it
    const through = await rest('PATCH', `/api/subprocessors/${vendor.id}?locale=de`, {
      token: editor,
      body: { purpose: 'Etwas ganz anderes', _status: 'published' },
    })
    expect(through.status).toBe(400)
    const live = await payload.findByID({ collection: 'subprocessors', id: vendor.id })
    expect(live.purpose).toBe('Product analytics')
  })

  it('leaves the English record of a change alone: notices compare the source language', async () => {
    const { docs } = await payload.find({
      collection: 'subprocessor-history',
      where: { subprocessor: { equals: vendor.id } },
      depth: 0,
    })
    // published once; the German saves added no entry to the list's history
    expect(docs).toHaveLength(1)
  })
})

describe('a text with a default, left untranslated', () => {
  it('reads as the English, marked, not as the default (an FAQ topic)', async () => {
    const answer = richText(paragraph('Yes.'))
    const entry = await payload.create({
      collection: 'faq',
      data: {
        question: `Is it audited ${run}?`,
        answer,
        topic: `Audits ${run}`,
        _status: 'published',
      } as never,
      ...quiet,
    })
    // a new entry with no topic still gets the default, in English
    const plain = await payload.create({
      collection: 'faq',
      data: { question: `Is it monitored ${run}?`, answer, _status: 'published' } as never,
      ...quiet,
    })
    try {
      expect(plain.topic).toBe('General')
      const { items } = await loadPublicFaq(payload, 'de')
      const german = items.find((item) => item.slug === entry.slug)!
      expect(german.topic).toBe(`Audits ${run}`)
      expect(german.untranslated).toEqual(expect.arrayContaining(['question', 'topic']))
    } finally {
      for (const id of [entry.id, plain.id])
        await payload.delete({ collection: 'faq', id, ...quiet })
    }
  })
})

describe('the migration to translated fields', () => {
  it('wraps what was stored before as English, in documents and versions, once', async () => {
    const categories = payload.db.collections.categories.collection
    const _id = new mongoose.Types.ObjectId()
    const now = new Date()
    await categories.insertOne({
      _id,
      name: `Stored Before ${run}`,
      description: 'Written before translations',
      slug: `stored-before-${run}`,
      order: 990,
      createdAt: now,
      updatedAt: now,
    })
    const subprocessors = payload.db.collections.subprocessors.collection
    const spId = new mongoose.Types.ObjectId()
    const old = {
      name: `Old Vendor ${run}`,
      slug: `old-vendor-${run}`,
      category: new mongoose.Types.ObjectId(await categoryId(localStore(payload))),
      purpose: 'Hosting',
      dataProcessed: ['Logs', 'Backups'],
      locations: ['Germany'],
      transferMechanisms: [{ id: 'row1', mechanism: 'not-applicable', note: 'Stays in Frankfurt' }],
      specialCategories: { processed: 'yes', which: ['Health data'] },
      _status: 'published',
      createdAt: now,
      updatedAt: now,
    }
    await subprocessors.insertOne({ _id: spId, ...old })
    const versions = payload.db.versions.subprocessors.collection
    await versions.insertOne({
      parent: spId,
      version: old,
      latest: true,
      createdAt: now,
      updatedAt: now,
    })

    await wrapTranslatedFields({ payload, session: undefined } as never)
    await wrapTranslatedFields({ payload, session: undefined } as never) // again: nothing changes

    const raw = await subprocessors.findOne({ _id: spId })
    expect(raw?.purpose).toEqual({ en: 'Hosting' })
    expect(raw?.dataProcessed).toEqual({ en: ['Logs', 'Backups'] })
    expect(raw?.transferMechanisms[0]).toMatchObject({
      mechanism: 'not-applicable',
      note: { en: 'Stays in Frankfurt' },
    })
    expect(raw?.specialCategories).toEqual({ processed: 'yes', which: { en: ['Health data'] } })
    expect(raw?.name).toBe(old.name) // not translated: untouched
    const rawVersion = await versions.findOne({ parent: spId })
    expect(rawVersion?.version.purpose).toEqual({ en: 'Hosting' })

    const german = await payload.findByID({
      collection: 'subprocessors',
      id: String(spId),
      locale: 'de',
    })
    expect(german.purpose).toBe('Hosting')
    expect(german.dataProcessed).toEqual(['Logs', 'Backups'])
    expect(german.transferMechanisms?.[0].note).toBe('Stays in Frankfurt')
    const category = await payload.findByID({ collection: 'categories', id: String(_id) })
    expect(category.name).toBe(`Stored Before ${run}`)
    expect(category.description).toBe('Written before translations')

    await subprocessors.deleteOne({ _id: spId }) // published: only the database may drop it
    await versions.deleteMany({ parent: spId })
    await payload.delete({
      collection: 'categories',
      id: String(_id),
      overrideAccess: true,
      ...quiet,
    })
  })
})
