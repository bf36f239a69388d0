import { requestLocale } from '@/i18n/request'
import type { Payload } from 'payload'
import { DEFAULT_LOCALE, localeDefinition, type Locale } from '@/i18n/locales'
import { portalWords } from '@/i18n/portalWords'
import type { Untranslated } from '@/i18n/resolve'
import { cache } from 'react'
import { TAGS } from '@/cache/tags'
import { idOf } from '@/db/documents'
import { lastWithdrawal } from '@/public-api/withdrawals'
import { isGated, type AccessLevel, type DocumentKind } from '@/trust/documents'
import { readInLanguage, untranslatedOf } from './localized'
import { getPayloadClient } from './payload'
import { lastModifiedOf, PUBLISHED, type PublishedSet } from './published'
import { publicQuery } from './publicQuery'

/**
 * A published document as the library shows it: what it is, who may download it, and the facts
 * of its current file. Never the file's name or address: a confidential file leaves the server
 * only through the checked download route (/documents/<slug>/download).
 */
export type DocumentEntry = {
  slug: string
  title: string
  description: string | null
  kind: DocumentKind
  accessLevel: AccessLevel
  version: string | null
  effectiveDate: string | null
  /** Bytes of the current file as uploaded. */
  fileSize: number | null
  order: number
  updatedAt: string
  /** Texts shown in the source language for want of a translation (src/i18n/resolve.ts). */
  untranslated?: Untranslated
}

/** Where a visitor gets the file: the download itself, or the request for access. */
export const downloadPath = (slug: string) => `/documents/${slug}/download`
export const requestAccessPath = (slug: string) => `/documents/${slug}/request`
export const accessPathOf = ({ slug, accessLevel }: Pick<DocumentEntry, 'slug' | 'accessLevel'>) =>
  isGated(accessLevel) ? requestAccessPath(slug) : downloadPath(slug)

/**
 * Published documents in display order. The file records are staff-only (collections/DocumentFiles):
 * they are read here bypassing access control, and only their version, effective date and size
 * are kept.
 */
export async function loadDocuments(
  payload: Payload,
  locale: Locale = DEFAULT_LOCALE,
): Promise<PublishedSet<DocumentEntry>> {
  const [read, withdrawn] = await Promise.all([
    readInLanguage(locale, async (language) => {
      const { docs } = await payload.find({
        collection: 'documents',
        ...PUBLISHED,
        ...language,
        depth: 0,
        sort: 'order',
      })
      return docs
    }),
    lastWithdrawal(payload, 'documents'),
  ])
  const docs = read.map(({ doc }) => doc)
  const untranslatedById = new Map(read.map(({ doc, untranslated }) => [doc.id, untranslated]))
  const fileIds = docs.map((doc) => idOf(doc.file)).filter((id): id is string => Boolean(id))
  const { docs: files } = fileIds.length
    ? await payload.find({
        collection: 'document-files',
        overrideAccess: true,
        where: { id: { in: fileIds } },
        pagination: false,
        depth: 0,
        select: { version: true, effectiveDate: true, filesize: true, updatedAt: true },
      })
    : { docs: [] }
  const fileById = new Map(files.map((file) => [String(file.id), file]))
  const items = docs.map((doc) => {
    const file = fileById.get(idOf(doc.file) ?? '')
    return {
      slug: doc.slug,
      title: doc.title,
      description: doc.description || null,
      kind: doc.kind,
      accessLevel: doc.accessLevel,
      version: file?.version || null,
      effectiveDate: file?.effectiveDate || null,
      fileSize: file?.filesize ?? null,
      order: doc.order,
      updatedAt: doc.updatedAt,
      ...untranslatedOf(untranslatedById.get(doc.id)),
    }
  })
  const lastModified = lastModifiedOf([
    ...docs.map((doc) => doc.updatedAt),
    ...files.map((file) => file.updatedAt),
    withdrawn,
  ])
  return { items, lastModified }
}

export const readDocuments = publicQuery('documents', [TAGS.documents], async (locale: Locale) =>
  loadDocuments(await getPayloadClient(), locale),
)

export const listDocuments = cache(async () => (await readDocuments(requestLocale())).items)

/** A published document by slug, from the (cached) library: unknown slugs add no cache entry. */
export const getDocumentBySlug = cache(
  async (slug: string) => (await listDocuments()).find((doc) => doc.slug === slug) ?? null,
)

/** "240 KB", "1.2 MB" (in German "1,2 MB"): a file's size as people read it. */
export function formatFileSize(bytes: number, locale: Locale = DEFAULT_LOCALE): string {
  const units = portalWords(locale).fileSize
  if (bytes < 1000) return `${bytes} ${units.bytes}`
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} ${units.kb}`
  const megabytes = new Intl.NumberFormat(localeDefinition(locale).tag, {
    maximumFractionDigits: 1,
    useGrouping: false,
  }).format(bytes / 1_000_000)
  return `${megabytes} ${units.mb}`
}
