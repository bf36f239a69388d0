// The trust center's sections as the portal and the public API read them (certifications, the
// security overview, the FAQ, the document library), and the brand settings' accent check.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadCertifications, withStatus } from '@/data/certifications'
import { formatFileSize, loadDocuments } from '@/data/documents'
import { groupByTopic, loadPublicFaq, searchFaq } from '@/data/faq'
import { loadSecurityTopics } from '@/data/security'
import {
  toPublicCertification,
  toPublicDocument,
  toPublicFaqEntry,
  toPublicSecurityTopic,
} from '@/public-api/serialize'
import { lastWithdrawal } from '@/public-api/withdrawals'
import {
  accentColorProblem,
  accentStylesheet,
  contrastRatio,
  DARK_SURFACE,
  LIGHT_SURFACE,
  darkerShade,
  lighterShade,
} from '@/site/accent'
import { anchorOf } from '@/utilities/anchor'
import { localStore, quiet, type Store } from '../helpers/factories'
import { createContract } from '../helpers/openapi'
import { rest, seededPayload, tokenFor } from '../helpers/payload'
import {
  createTrustCenterContent,
  removeTrustCenterContent,
  type TrustCenterContent,
} from '../helpers/trust-center'

let payload: Payload
let store: Store
let content: TrustCenterContent
const contract = createContract()
const TAG = 'int'

beforeAll(async () => {
  payload = await seededPayload()
  store = localStore(payload)
  content = await createTrustCenterContent(store, TAG)
})

afterAll(async () => {
  await payload.updateGlobal({
    slug: 'trust-center',
    data: { accentColor: null, logo: null },
    ...quiet,
  })
  await removeTrustCenterContent(store, content)
})

const ours = <T extends { updatedAt: string }>(items: T[], text: (item: T) => string) =>
  items.filter((item) => text(item).includes(TAG))

describe('the readers of the trust center sections', () => {
  it('read published certifications with their badge, linked document and status today', async () => {
    const draft = await store.create(
      'certifications',
      { name: `Draft certification ${TAG}`, status: 'planned' },
      { draft: true },
    )
    const { items, lastModified } = await loadCertifications(payload)
    const mine = ours(items, (item) => item.name)
    expect(mine.map((item) => item.name)).toEqual([
      `SOC 2 Type II ${TAG}`,
      `ISO 27001 ${TAG}`,
      `Cyber Essentials ${TAG}`,
    ])
    const [achieved, underway, lapsed] = mine
    expect(achieved.badge).toMatchObject({
      alt: `Badge of the ${TAG} audit`,
      width: 96,
      height: 96,
    })
    expect(achieved.badge!.src).toMatch(/^\/api\/media\/file\/badge-int.*\.png$/)
    expect(achieved.document).toEqual({
      slug: content.documents.approval.slug,
      title: content.documents.approval.title,
    })
    expect(achieved.anchor).toBe('soc-2-type-ii-int')
    expect(underway.badge).toBeNull()
    expect(withStatus(achieved, '2026-06-01').status).toBe('achieved')
    expect(withStatus(lapsed, '2026-06-01').status).toBe('expired')
    expect(withStatus(lapsed, '2020-06-01').status).toBe('achieved')
    expect(withStatus(underway, '2026-06-01').status).toBe('in-progress')
    expect(Date.parse(lastModified!)).toBeGreaterThanOrEqual(Date.parse(lapsed.updatedAt))
    await payload.delete({
      collection: 'certifications',
      id: (draft as { id: string }).id,
      ...quiet,
    })
  })

  it('read the security overview with its statements, in display order', async () => {
    const { items } = await loadSecurityTopics(payload)
    const mine = ours(items, (item) => item.title)
    expect(mine.map((item) => item.title)).toEqual([`Encryption ${TAG}`, `Access control ${TAG}`])
    expect(mine[0].statements).toEqual([
      'Data is encrypted at rest with AES-256.',
      'Connections use TLS 1.2 or newer.',
    ])
    expect(mine[0].slug).toBe('encryption-int')
    expect(mine[1].summary).toBeNull()
  })

  it('read public FAQ entries only, with the answer as text for the search', async () => {
    const { items } = await loadPublicFaq(payload)
    const mine = ours(items, (item) => item.question)
    expect(mine.map((item) => item.question)).toEqual(
      content.faq.public.map((entry) => entry.question),
    )
    expect(JSON.stringify(items)).not.toContain('customers-only answer')
    expect(mine[0].answerText).toBe('Yes: every database and backup is encrypted with AES-256.')
    expect(searchFaq(mine, 'ENCRYPTED backup').map((item) => item.slug)).toEqual([mine[0].slug])
    expect(searchFaq(mine, 'single sign-on').map((item) => item.slug)).toEqual([mine[1].slug])
    expect(searchFaq(mine, 'nothing like this')).toEqual([])
    expect(searchFaq(mine, '  ')).toEqual(mine)
    const topics = groupByTopic(mine, anchorOf)
    expect(topics.map(({ topic, anchor }) => [topic, anchor])).toEqual([
      [`Data protection ${TAG}`, 'topic-data-protection-int'],
      [`Access ${TAG}`, 'topic-access-int'],
    ])
  })

  it('give links in an answer the slug of the published page they name', async () => {
    const [policy] = (await store.find('policies', 'slug', 'scope')) as Array<{ id: string }>
    const linked = await store.create('faq', {
      _status: 'published',
      question: `Where is the scope written down (${TAG})?`,
      topic: `Linked ${TAG}`,
      answer: {
        root: {
          type: 'root',
          direction: 'ltr',
          format: '',
          indent: 0,
          version: 1,
          children: [
            {
              type: 'paragraph',
              version: 1,
              direction: 'ltr',
              format: '',
              indent: 0,
              textFormat: 0,
              children: [
                {
                  type: 'link',
                  version: 3,
                  direction: 'ltr',
                  format: '',
                  indent: 0,
                  id: 'faq-link',
                  fields: {
                    linkType: 'internal',
                    newTab: false,
                    doc: { relationTo: 'policies', value: policy.id },
                  },
                  children: [
                    {
                      type: 'text',
                      version: 1,
                      text: 'Our scope',
                      detail: 0,
                      format: 0,
                      mode: 'normal',
                      style: '',
                    },
                  ],
                },
              ],
            },
          ],
        },
      },
    })
    const { items } = await loadPublicFaq(payload)
    const entry = items.find((item) => item.question.includes('scope written down'))!
    const served = toPublicFaqEntry(entry)
    expect(served.answer.html).toMatch(/<a href="http[^"]*\/policies\/scope">Our scope<\/a>/)
    expect(served.answer.text).toMatch(/Our scope \(http[^)]*\/policies\/scope\)/)
    await payload.delete({ collection: 'faq', id: (linked as { id: string }).id, ...quiet })
  })

  it('read documents with their current version, never the file itself', async () => {
    const { items, lastModified } = await loadDocuments(payload)
    const mine = ours(items, (item) => item.title)
    expect(mine.map((item) => [item.accessLevel, item.version])).toEqual([
      ['public', 'v1.0'],
      ['nda', 'v2.0'],
      ['approval', 'v3.0'],
    ])
    expect(mine[0].effectiveDate?.slice(0, 10)).toBe('2026-01-15')
    expect(mine[0].fileSize).toBeGreaterThan(200)
    const text = JSON.stringify(items)
    expect(text).not.toMatch(/\.pdf|document-files|filename|sha256/)
    expect(lastModified).not.toBeNull()
  })

  it('record a withdrawal when a published entry is deleted, for Last-Modified', async () => {
    const before = await lastWithdrawal(payload, 'security-domains')
    const topic = (await store.create('security-domains', {
      _status: 'published',
      title: `Short-lived ${TAG}`,
      statements: [{ text: 'Gone soon.' }],
    })) as { id: string }
    await store.delete('security-domains', topic.id)
    const after = await lastWithdrawal(payload, 'security-domains')
    expect(after).not.toBeNull()
    expect(after).not.toBe(before)
  })
})

describe('the public API serialisers of the trust center sections', () => {
  it('match the OpenAPI schemas, with a download address only for public documents', async () => {
    const [certifications, topics, faq, documents] = await Promise.all([
      loadCertifications(payload),
      loadSecurityTopics(payload),
      loadPublicFaq(payload),
      loadDocuments(payload),
    ])
    for (const item of certifications.items) {
      const served = toPublicCertification(item, '2026-06-01', 'en')
      expect(contract.checkSchema('Certification', served)).toEqual([])
    }
    const lapsed = certifications.items.find((item) => item.name === `Cyber Essentials ${TAG}`)!
    expect(toPublicCertification(lapsed, '2026-06-01', 'en').status).toEqual({
      code: 'expired',
      label: 'Expired',
    })
    // ?locale=de: the vocabulary's words in German, the code the same
    expect(toPublicCertification(lapsed, '2026-06-01', 'de').status).toEqual({
      code: 'expired',
      label: 'Abgelaufen',
    })
    const soc2 = certifications.items.find((item) => item.name === `SOC 2 Type II ${TAG}`)!
    expect(toPublicCertification(soc2, '2026-06-01', 'en')).toMatchObject({
      validFrom: '2026-01-01',
      validUntil: '2099-12-31',
      badge: { url: expect.stringMatching(/^http.*\/api\/media\/file\/badge-int/), width: 96 },
      portalUrl: expect.stringMatching(/\/compliance#soc-2-type-ii-int$/),
    })
    for (const item of topics.items)
      expect(contract.checkSchema('SecurityTopic', toPublicSecurityTopic(item))).toEqual([])
    for (const item of faq.items)
      expect(contract.checkSchema('FaqEntry', toPublicFaqEntry(item))).toEqual([])
    const served = documents.items.map((item) => toPublicDocument(item, 'en'))
    for (const item of served) expect(contract.checkSchema('Document', item)).toEqual([])
    const bySlug = new Map(served.map((item) => [item.slug, item]))
    const open = bySlug.get(content.documents.public.slug)!
    expect(open.downloadUrl).toMatch(new RegExp(`/documents/${open.slug}/download$`))
    expect(open.requestAccessUrl).toBeNull()
    expect(open.accessLevel).toEqual({ code: 'public', label: 'Public' })
    const openEntry = documents.items.find((item) => item.slug === open.slug)!
    expect(toPublicDocument(openEntry, 'de')).toMatchObject({
      accessLevel: { code: 'public', label: 'Öffentlich' },
      kind: { code: open.kind.code, label: expect.not.stringMatching(open.kind.label) },
    })
    for (const gated of [content.documents.nda, content.documents.approval]) {
      const item = bySlug.get(gated.slug)!
      expect(item.downloadUrl).toBeNull()
      expect(item.requestAccessUrl).toMatch(new RegExp(`/documents/${gated.slug}/request$`))
    }
    expect(bySlug.get(content.documents.approval.slug)!.accessLevel.label).toBe(
      'Requires NDA and approval',
    )
  })
})

describe('the accent colour', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5)
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5)
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5)
    expect(accentColorProblem('#767676')).toBeNull()
    expect(accentColorProblem('')).toBeNull()
    expect(accentColorProblem('#777777')).toMatch(/4\.47:1 against white/)
    expect(accentColorProblem('blue')).toMatch(/not a colour code/)
    // the suggested shade is accepted, and the dark scheme's shade reads on the dark panels
    for (const colour of ['#7fb3ff', '#ffd400', '#00c853']) {
      expect(accentColorProblem(darkerShade(colour))).toBeNull()
      expect(contrastRatio(lighterShade(darkerShade(colour)), DARK_SURFACE)).toBeGreaterThanOrEqual(
        4.5,
      )
    }
    const css = accentStylesheet('#7a1fa2')
    expect(css).toContain('--link: #7a1fa2')
    expect(css).toMatch(/prefers-color-scheme: dark[\s\S]*--link: #[0-9a-f]{6}/)
    // a grey that passes on white only just: links take a shade that passes on the grey panels
    const borderline = accentStylesheet('#767676')
    expect(borderline).toContain('--accent: #767676')
    const link = /--link: (#[0-9a-f]{6})/.exec(borderline)![1]
    expect(link).not.toBe('#767676')
    expect(contrastRatio(link, LIGHT_SURFACE)).toBeGreaterThanOrEqual(4.5)
  })

  it('is refused in the settings when it is too light, saying the ratio and what to do (an editor saves)', async () => {
    const token = await tokenFor('editor', 'brand-editor@tests.invalid')
    const refused = await rest('POST', '/api/globals/trust-center', {
      token,
      body: { accentColor: '#7fb3ff' },
    })
    expect(refused.status).toBe(400)
    const message = JSON.stringify(refused.body)
    expect(message).toContain('#7fb3ff has a contrast of 2.')
    expect(message).toContain('at least 4.5:1')
    expect(message).toMatch(/Choose a darker shade, for example #[0-9a-f]{6}/)
    const kept = await payload.findGlobal({ slug: 'trust-center', depth: 0 })
    expect(kept.accentColor ?? null).toBeNull()

    const saved = await rest('POST', '/api/globals/trust-center', {
      token,
      body: { accentColor: '#7A1FA2', logo: content.badge.id },
    })
    expect(saved.status).toBe(200)
    const settings = await payload.findGlobal({ slug: 'trust-center', depth: 0 })
    expect(settings.accentColor).toBe('#7a1fa2')
    expect(settings.logo).toBe(content.badge.id)
  })
})

describe('formatting', () => {
  it('gives file sizes in words', () => {
    expect(formatFileSize(512)).toBe('512 bytes')
    expect(formatFileSize(240_400)).toBe('240 KB')
    expect(formatFileSize(1_250_000)).toBe('1.3 MB')
    expect(formatFileSize(2_000_000)).toBe('2 MB')
    // German writes a decimal comma, and "Byte"
    expect(formatFileSize(512, 'de')).toBe('512 Byte')
    expect(formatFileSize(1_250_000, 'de')).toBe('1,3 MB')
  })
})
