import { requestLocale } from '@/i18n/request'
import type { Payload } from 'payload'
import { DEFAULT_LOCALE, type Locale } from '@/i18n/locales'
import type { Untranslated } from '@/i18n/resolve'
import { cache } from 'react'
import { TAGS } from '@/cache/tags'
import type { Document } from '@/payload-types'
import { lastWithdrawal } from '@/public-api/withdrawals'
import { effectiveStatus, type CertificationStatus } from '@/trust/certifications'
import { anchorOf } from '@/utilities/anchor'
import { todayUtc } from '@/utilities/asOf'
import { IMAGE_FIELDS, imageOf, type Image } from './media'
import { readInLanguage, untranslatedOf } from './localized'
import { getPayloadClient } from './payload'
import { lastModifiedOf, PUBLISHED, type PublishedSet } from './published'
import { publicQuery } from './publicQuery'

/** A published certification as the Compliance page, the home page and the API read it. */
export type CertificationEntry = {
  /** The id of its heading on /compliance (certifications have no slug). */
  anchor: string
  name: string
  /** As staff set it; `status` below is what to show. */
  storedStatus: CertificationStatus
  auditor: string | null
  validFrom: string | null
  validUntil: string | null
  scope: string | null
  badge: Image | null
  /** The linked document, when it is published. */
  document: { slug: string; title: string } | null
  order: number
  updatedAt: string
  /** Texts shown in the source language for want of a translation (src/i18n/resolve.ts). */
  untranslated?: Untranslated
}

export type Certification = CertificationEntry & { status: CertificationStatus }

const linkedDocument = (value: unknown): CertificationEntry['document'] =>
  value && typeof value === 'object' && 'slug' in value && (value as Document).slug
    ? { slug: (value as Document).slug!, title: (value as Document).title }
    : null

/** Published certifications in display order, badge and linked document read with them. */
export async function loadCertifications(
  payload: Payload,
  locale: Locale = DEFAULT_LOCALE,
): Promise<PublishedSet<CertificationEntry>> {
  const [read, withdrawn] = await Promise.all([
    readInLanguage(locale, async (language) => {
      const { docs } = await payload.find({
        collection: 'certifications',
        ...PUBLISHED,
        ...language,
        depth: 1,
        sort: 'order',
        populate: { media: IMAGE_FIELDS, documents: { slug: true, title: true } },
      })
      return docs
    }),
    lastWithdrawal(payload, 'certifications'),
  ])
  const docs = read.map(({ doc }) => doc)
  const items = read.map(({ doc, untranslated }) => ({
    anchor: anchorOf(doc.name),
    name: doc.name,
    storedStatus: doc.status,
    auditor: doc.auditor || null,
    validFrom: doc.validFrom || null,
    validUntil: doc.validUntil || null,
    scope: doc.scope || null,
    badge: imageOf(doc.badge),
    document: linkedDocument(doc.document),
    order: doc.order,
    updatedAt: doc.updatedAt,
    ...untranslatedOf(untranslated),
  }))
  return { items, lastModified: lastModifiedOf([...docs.map((doc) => doc.updatedAt), withdrawn]) }
}

export const readCertifications = publicQuery(
  'certifications',
  [TAGS.certifications, TAGS.media, TAGS.documents],
  async (locale: Locale) => loadCertifications(await getPayloadClient(), locale),
)

/**
 * The status to show today: computed after the cache, so an achieved certification shows as
 * expired from the day after "Valid until" whenever the page is next rendered.
 */
export const withStatus = (entry: CertificationEntry, today = todayUtc()): Certification => ({
  ...entry,
  status: effectiveStatus(entry.storedStatus, entry.validUntil, today),
})

export const listCertifications = cache(async (): Promise<Certification[]> => {
  const { items } = await readCertifications(requestLocale())
  const today = todayUtc()
  return items.map((entry) => withStatus(entry, today))
})
