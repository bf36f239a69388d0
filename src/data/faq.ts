import { requestLocale } from '@/i18n/request'
import type { Payload } from 'payload'
import { DEFAULT_LOCALE, type Locale } from '@/i18n/locales'
import type { Untranslated } from '@/i18n/resolve'
import { cache } from 'react'
import { TAGS } from '@/cache/tags'
import type { Faq } from '@/payload-types'
import { populatedSlugOf, policyBodyToText } from '@/public-api/richText'
import { lastWithdrawal } from '@/public-api/withdrawals'
import { readInLanguage, untranslatedOf } from './localized'
import { getPayloadClient } from './payload'
import { lastModifiedOf, PUBLISHED, type PublishedSet } from './published'
import { publicQuery } from './publicQuery'

/** A public FAQ entry. The answer's links to policies and subprocessors carry their slugs. */
export type FaqEntry = {
  slug: string
  question: string
  topic: string
  answer: Faq['answer']
  /** The answer as plain text: what the search reads, and the API's `answer.text`. */
  answerText: string
  order: number
  updatedAt: string
  /** Texts shown in the source language for want of a translation (src/i18n/resolve.ts). */
  untranslated?: Untranslated
}

/**
 * Published public entries in display order. Access control already hides customers-only answers
 * from anonymous readers (collections/Faq); the query asks for public ones as well, so a reader
 * that ever runs with a user cannot leak them here.
 */
export async function loadPublicFaq(
  payload: Payload,
  locale: Locale = DEFAULT_LOCALE,
): Promise<PublishedSet<FaqEntry>> {
  const [read, withdrawn] = await Promise.all([
    readInLanguage(locale, async (language) => {
      const { docs } = await payload.find({
        collection: 'faq',
        ...PUBLISHED,
        ...language,
        where: { visibility: { equals: 'public' } },
        sort: 'order',
        depth: 1,
        populate: { policies: { slug: true }, subprocessors: { slug: true } },
      })
      return docs
    }),
    lastWithdrawal(payload, 'faq'),
  ])
  const docs = read.map(({ doc }) => doc)
  const items = read.map(({ doc, untranslated }) => ({
    slug: doc.slug,
    question: doc.question,
    topic: doc.topic || 'General',
    answer: doc.answer,
    answerText: policyBodyToText(doc.answer, populatedSlugOf(doc.answer)),
    order: doc.order,
    updatedAt: doc.updatedAt,
    ...untranslatedOf(untranslated),
  }))
  return { items, lastModified: lastModifiedOf([...docs.map((doc) => doc.updatedAt), withdrawn]) }
}

// The answers' links name policy and subprocessor slugs, so those tags refresh them too.
export const readPublicFaq = publicQuery(
  'faq',
  [TAGS.faq, TAGS.policies, TAGS.subprocessors],
  async (locale: Locale) => loadPublicFaq(await getPayloadClient(), locale),
)

export const listPublicFaq = cache(async () => (await readPublicFaq(requestLocale())).items)

export type FaqTopic = { topic: string; anchor: string; entries: FaqEntry[] }

/** Entries grouped by topic, topics in the order of their first entry. */
export function groupByTopic(entries: FaqEntry[], anchorOf: (topic: string) => string): FaqTopic[] {
  const topics = new Map<string, FaqTopic>()
  for (const entry of entries) {
    const group = topics.get(entry.topic) ?? { topic: entry.topic, anchor: '', entries: [] }
    group.entries.push(entry)
    topics.set(entry.topic, group)
  }
  const used = new Set<string>()
  return [...topics.values()].map((group) => {
    let anchor = `topic-${anchorOf(group.topic)}`
    for (let n = 2; used.has(anchor); n++) anchor = `topic-${anchorOf(group.topic)}-${n}`
    used.add(anchor)
    return { ...group, anchor }
  })
}

/**
 * The entries whose question, topic or answer contain every word of `query` (case-insensitive).
 * Words, not the exact phrase: "encrypt data rest" finds "Is data encrypted at rest?".
 */
export function searchFaq(entries: FaqEntry[], query: string): FaqEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  if (words.length === 0) return entries
  return entries.filter((entry) => {
    const text = `${entry.question}\n${entry.topic}\n${entry.answerText}`.toLowerCase()
    return words.every((word) => text.includes(word))
  })
}
