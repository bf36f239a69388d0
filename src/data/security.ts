import type { Payload } from 'payload'
import { cache } from 'react'
import { TAGS } from '@/cache/tags'
import { lastWithdrawal } from '@/public-api/withdrawals'
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
}

/** Published topics in display order. */
export async function loadSecurityTopics(payload: Payload): Promise<PublishedSet<SecurityTopic>> {
  const [{ docs }, withdrawn] = await Promise.all([
    payload.find({ collection: 'security-domains', ...PUBLISHED, depth: 0, sort: 'order' }),
    lastWithdrawal(payload, 'security-domains'),
  ])
  const items = docs.map((doc) => ({
    slug: doc.slug,
    title: doc.title,
    summary: doc.summary || null,
    statements: (doc.statements ?? []).map(({ text }) => text),
    order: doc.order,
    updatedAt: doc.updatedAt,
  }))
  return { items, lastModified: lastModifiedOf([...docs.map((doc) => doc.updatedAt), withdrawn]) }
}

export const readSecurityTopics = publicQuery('security-topics', [TAGS.security], async () =>
  loadSecurityTopics(await getPayloadClient()),
)

export const listSecurityTopics = cache(async () => (await readSecurityTopics()).items)
