// The trust center's own content for tests: the seed adds none of it (nothing is invented about
// the customer), so each test file that needs it builds this set and removes it afterwards,
// leaving the database as seeded for the files that follow.
import { paragraph, richText } from '@/seed/lexical'
import type { Certification, Document, Faq, Media, SecurityDomain } from '@/payload-types'
import { pdfBytes } from './documents'
import type { Store, UploadFile } from './factories'

/** A blue square PNG, 96 pixels wide: the badge image. */
export const badgePng = () =>
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAGAAAABgCAIAAABt+uBvAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAjklEQVR42u3QMQ0AAAgDsBnBEvqRgwNOriZV0FQPhygQJEiQIEGCBAlCkCBBggQJEiQIQYIECRIkSJAgBAkSJEiQIEGCBCFIkCBBggQJEoQgQYIECRIkSBCCBAkSJEiQIEGCECRIkCBBggQJQpAgQYIECRIkCEGCBAkSJEiQIEEIEiRIkCBBggQhSJCgPwuevm6k3O5fuwAAAABJRU5ErkJggg==',
    'base64',
  )

export const pdfFile = async (name: string, text = name): Promise<UploadFile> => ({
  data: Buffer.from(await pdfBytes(text, 1)),
  mimetype: 'application/pdf',
  name: `${name}.pdf`,
})

type Created = { collection: Parameters<Store['delete']>[0]; id: string }

export type TrustCenterContent = {
  /** Every record made, in the order to remove them (referring records first). */
  created: Created[]
  topics: SecurityDomain[]
  faq: { public: Faq[]; gated: Faq }
  badge: Media
  certifications: { achieved: Certification; underway: Certification; lapsed: Certification }
  documents: { public: Document; nda: Document; approval: Document }
}

/**
 * A security overview of two topics, three FAQ entries (one for customers only), a badge image,
 * three certifications (achieved with a badge and its report; in progress with none; achieved
 * but past its validity) and three documents, one per access level, each with a PDF. `tag` keeps
 * the names apart from anything else in the database.
 */
export async function createTrustCenterContent(
  store: Store,
  tag: string,
): Promise<TrustCenterContent> {
  const created: Created[] = []
  const make = async <T extends { id: string }>(
    collection: Created['collection'],
    data: Record<string, unknown>,
  ) => {
    const doc = (await store.create(collection, { _status: 'published', ...data })) as T
    created.unshift({ collection, id: doc.id })
    return doc
  }
  const upload = async <T extends { id: string }>(
    collection: 'document-files' | 'media',
    data: Record<string, unknown>,
    file: UploadFile,
  ) => {
    const doc = (await store.upload(collection, data, file)) as T
    created.unshift({ collection, id: doc.id })
    return doc
  }

  const topics = [
    await make<SecurityDomain>('security-domains', {
      title: `Encryption ${tag}`,
      summary: 'How data is protected in transit and at rest.',
      statements: [
        { text: 'Data is encrypted at rest with AES-256.' },
        { text: 'Connections use TLS 1.2 or newer.' },
      ],
      order: 1,
    }),
    await make<SecurityDomain>('security-domains', {
      title: `Access control ${tag}`,
      statements: [{ text: 'Staff sign in with single sign-on and a second factor.' }],
      order: 2,
    }),
  ]
  const faq = {
    public: [
      await make<Faq>('faq', {
        question: `Is customer data encrypted at rest (${tag})?`,
        answer: richText(paragraph('Yes: every database and backup is encrypted with AES-256.')),
        topic: `Data protection ${tag}`,
        visibility: 'public',
        order: 1,
      }),
      await make<Faq>('faq', {
        question: `Who can reach production systems (${tag})?`,
        answer: richText(paragraph('Only on-call engineers, through single sign-on.')),
        topic: `Access ${tag}`,
        visibility: 'public',
        order: 2,
      }),
    ],
    gated: await make<Faq>('faq', {
      question: `Which penetration testers do you use (${tag})?`,
      answer: richText(paragraph(`A customers-only answer ${tag}.`)),
      topic: `Data protection ${tag}`,
      visibility: 'gated',
      order: 3,
    }),
  }
  const badge = await upload<Media>(
    'media',
    { alt: `Badge of the ${tag} audit` },
    { data: badgePng(), mimetype: 'image/png', name: `badge-${tag}.png` },
  )

  const document = async (title: string, accessLevel: string, order: number) => {
    const file = await upload<{ id: string }>(
      'document-files',
      { version: `v${order}.0`, effectiveDate: '2026-01-15T12:00:00.000Z' },
      await pdfFile(`${accessLevel}-${tag}`, `${title} ${tag}`),
    )
    return make<Document>('documents', {
      title: `${title} ${tag}`,
      description: `${title}, for the tests.`,
      kind: accessLevel === 'public' ? 'policy' : 'audit-report',
      accessLevel,
      file: file.id,
      order,
    })
  }
  const documents = {
    public: await document('Information security policy', 'public', 1),
    nda: await document('Penetration test summary', 'nda', 2),
    approval: await document('SOC 2 Type II report', 'approval', 3),
  }

  const certifications = {
    achieved: await make<Certification>('certifications', {
      name: `SOC 2 Type II ${tag}`,
      status: 'achieved',
      auditor: 'An audit firm',
      validFrom: '2026-01-01T12:00:00.000Z',
      validUntil: '2099-12-31T12:00:00.000Z',
      scope: 'The product and its infrastructure.',
      badge: badge.id,
      document: documents.approval.id,
      order: 1,
    }),
    underway: await make<Certification>('certifications', {
      name: `ISO 27001 ${tag}`,
      status: 'in-progress',
      order: 2,
    }),
    lapsed: await make<Certification>('certifications', {
      name: `Cyber Essentials ${tag}`,
      status: 'achieved',
      validFrom: '2020-01-01T12:00:00.000Z',
      validUntil: '2021-01-01T12:00:00.000Z',
      order: 3,
    }),
  }
  return { created, topics, faq, badge, certifications, documents }
}

/** Removes what createTrustCenterContent made, referring records first. */
export async function removeTrustCenterContent(store: Store, content?: TrustCenterContent) {
  for (const { collection, id } of content?.created ?? []) await store.delete(collection, id)
}
