import { requestLocale } from '@/i18n/request'
import type { Payload } from 'payload'
import { DEFAULT_LOCALE, type Locale } from '@/i18n/locales'
import type { Untranslated } from '@/i18n/resolve'
import { cache } from 'react'
import { TAGS } from '@/cache/tags'
import { lastWithdrawal } from '@/public-api/withdrawals'
import { readInLanguage, untranslatedOf } from './localized'
import { getPayloadClient } from './payload'
import { lastModifiedOf, PUBLISHED, type PublishedSet } from './published'
import { publicQuery } from './publicQuery'

/** A published topic of the security overview. */
export type SecurityTopic = {
  slug: string
  title: string
  summary: string | null
  statements: string[]
  order: number
  updatedAt: string
  /** Texts shown in the source language for want of a translation (src/i18n/resolve.ts). */
  untranslated?: Untranslated
}

/** Published topics in display order. */
export async function loadSecurityTopics(
  payload: Payload,
  locale: Locale = DEFAULT_LOCALE,
): Promise<PublishedSet<SecurityTopic>> {
  const [read, withdrawn] = await Promise.all([
    readInLanguage(locale, async (language) => {
      const { docs } = await payload.find({
        collection: 'security-domains',
        ...PUBLISHED,
        ...language,
        depth: 0,
        sort: 'order',
      })
      return docs
    }),
    lastWithdrawal(payload, 'security-domains'),
  ])
  const docs = read.map(({ doc }) => doc)
  const items = read.map(({ doc, untranslated }) => ({
    slug: doc.slug,
    title: doc.title,
    summary: doc.summary || null,
    statements: (doc.statements ?? []).map(({ text }) => text),
    order: doc.order,
    updatedAt: doc.updatedAt,
    ...untranslatedOf(untranslated),
  }))
  return { items, lastModified: lastModifiedOf([...docs.map((doc) => doc.updatedAt), withdrawn]) }
}

export const readSecurityTopics = publicQuery(
  'security-topics',
  [TAGS.security],
  async (locale: Locale) => loadSecurityTopics(await getPayloadClient(), locale),
)

export const listSecurityTopics = cache(
  async () => (await readSecurityTopics(requestLocale())).items,
)
