import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { seed } from '@/seed'
import { nodesOfType, plainText } from '../helpers/lexical'
import { quiet, seededPayload } from '../helpers/payload'
import { sourceSections, sourceSubprocessors, sourceTitles } from '../helpers/seed-document'

let payload: Payload

// Everything below is read as an anonymous visitor would read it: published content only.
const visitor = { overrideAccess: false } as const

beforeAll(async () => {
  payload = await seededPayload()
})

describe('seed fidelity: every fact of the original page is in the trust center', () => {
  const expected = sourceSubprocessors()

  it('parses the six subprocessors in five categories from the original page', () => {
    expect(expected).toHaveLength(6)
    expect(new Set(expected.map((s) => s.category)).size).toBe(5)
  })

  it('has the five categories, in the order of the original page', async () => {
    const names = [...new Set(expected.map((s) => s.category))]
    // other test files add their own categories to the shared test database
    const { docs } = await payload.find({
      collection: 'categories',
      sort: 'order',
      limit: 500,
      ...visitor,
    })
    expect(docs.map((c) => c.name).filter((name) => names.includes(name))).toEqual(names)
  })

  for (const source of expected) {
    it(`has ${source.heading} with every field`, async () => {
      const { docs } = await payload.find({
        collection: 'subprocessors',
        limit: 100,
        depth: 1,
        ...visitor,
      })
      const doc = docs.find(
        (d) => d.name === source.heading || `${d.name} (${d.legalEntity})` === source.heading,
      )
      expect(doc, `no published subprocessor named ${source.heading}`).toBeDefined()
      expect(doc!._status).toBe('published')
      expect(typeof doc!.category === 'object' && doc!.category?.name).toBe(source.category)
      expect(doc!.purpose).toBe(source.purpose)
      expect(doc!.dataProcessed).toEqual(source.dataProcessed.split(', '))
      expect(doc!.locations?.join(', ')).toBe(source.location)
      expect(doc!.securityUrl ?? undefined).toBe(source.securityInfo)
    })
  }

  it('keeps the legal entity apart from the name (Dots, Divisible Inc.)', async () => {
    const { docs } = await payload.find({
      collection: 'subprocessors',
      where: { slug: { equals: 'dots' } },
      ...visitor,
    })
    expect(docs[0]).toMatchObject({ name: 'Dots', legalEntity: 'Divisible Inc.' })
  })

  for (const [title, paragraphs] of Object.entries(sourceSections)) {
    it(`has the "${title}" section with all its text`, async () => {
      const { docs } = await payload.find({
        collection: 'policies',
        where: { title: { equals: title } },
        ...visitor,
      })
      expect(docs, `no published policy titled ${title}`).toHaveLength(1)
      const text = plainText(docs[0].body.root)
      for (const paragraph of paragraphs) expect(text).toContain(paragraph.replace(/^•\s*/, ''))
    })
  }

  it('keeps the three management practices as a bulleted list', async () => {
    const { docs } = await payload.find({
      collection: 'policies',
      where: { slug: { equals: 'subprocessor-management' } },
      ...visitor,
    })
    const items = nodesOfType(docs[0].body.root, 'listitem').map(plainText)
    const bullets = sourceSections['Subprocessor Management']
      .filter((line) => line.startsWith('•'))
      .map((line) => line.replace(/^•\s*/, ''))
    expect(bullets).toHaveLength(3)
    expect(items).toEqual(bullets)
    expect(nodesOfType(docs[0].body.root, 'list')[0]).toMatchObject({ listType: 'bullet' })
  })

  it('has the contact address in the settings and as a mailto link in the Contact section', async () => {
    const address = sourceSections.Contact.at(-1)!
    const settings = await payload.findGlobal({ slug: 'trust-center', ...visitor })
    expect(settings.contactEmail).toBe(address)
    expect(settings.portalTitle).toBe(sourceTitles.portal)
    expect(settings.subprocessorListTitle).toBe(sourceTitles.list)
    const { docs } = await payload.find({
      collection: 'policies',
      where: { slug: { equals: 'contact' } },
      ...visitor,
    })
    const links = nodesOfType(docs[0].body.root, 'link') as Array<{ fields?: { url?: string } }>
    expect(links.map((link) => link.fields?.url)).toContain(`mailto:${address}`)
  })

  it('creates the first admin from ADMIN_EMAIL', async () => {
    const { docs } = await payload.find({
      collection: 'users',
      where: { email: { equals: process.env.ADMIN_EMAIL } },
    })
    expect(docs).toHaveLength(1)
    expect(docs[0].role).toBe('admin')
  })
})

describe('seed idempotency', () => {
  const counts = async () =>
    Object.fromEntries(
      await Promise.all(
        (['categories', 'subprocessors', 'policies', 'users'] as const).map(async (collection) => [
          collection,
          (await payload.count({ collection })).totalDocs,
        ]),
      ),
    )

  it('adds nothing on a second run', async () => {
    const before = await counts()
    const report = await seed(payload)
    expect(report).toMatchObject({ admin: 'exists', content: 'already seeded', created: [] })
    expect(await counts()).toEqual(before)
  })

  it("never overwrites an editor's change or restores what an editor deleted", async () => {
    const { docs } = await payload.find({
      collection: 'subprocessors',
      where: { slug: { equals: 'twilio' } },
    })
    await payload.update({
      collection: 'subprocessors',
      id: docs[0].id,
      data: { purpose: 'SMS delivery (edited by an editor)' },
      ...quiet,
    })
    const scope = await payload.find({
      collection: 'policies',
      where: { slug: { equals: 'scope' } },
    })
    await payload.delete({ collection: 'policies', id: scope.docs[0].id, ...quiet })

    await seed(payload)

    const after = await payload.findByID({ collection: 'subprocessors', id: docs[0].id })
    expect(after.purpose).toBe('SMS delivery (edited by an editor)')
    expect(
      (await payload.count({ collection: 'policies', where: { slug: { equals: 'scope' } } }))
        .totalDocs,
    ).toBe(0)

    // put the seed back the way the other tests expect it
    await payload.update({
      collection: 'subprocessors',
      id: docs[0].id,
      data: { purpose: 'SMS and MMS messaging delivery and communication services' },
      ...quiet,
    })
    const { policies } = await import('@/seed/clicki')
    await payload.create({
      collection: 'policies',
      data: { ...policies.find((p) => p.slug === 'scope')!, _status: 'published' },
      ...quiet,
    })
  })
})
