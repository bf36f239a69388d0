import { cache } from 'react'
import type { Policy } from '@/payload-types'
import { getPayloadClient } from './payload'
import { getPreview, type Preview } from './preview'
import { publicQuery } from './publicQuery'
import { TAGS } from '@/cache/tags'
import { type Locale } from '@/i18n/locales'
import { requestLocale } from '@/i18n/request'
import { readListIn, type Localized } from './localized'

export type PolicySummary = Pick<Policy, 'id' | 'title' | 'slug' | 'summary' | 'updatedAt'>

async function findPolicies(
  viewer: Preview['user'],
  locale: Locale,
): Promise<Localized<PolicySummary>[]> {
  const payload = await getPayloadClient()
  return readListIn(locale, async (languages) => {
    const { docs } = await payload.find({
      collection: 'policies',
      overrideAccess: false,
      user: viewer,
      draft: Boolean(viewer),
      sort: 'order',
      pagination: false,
      depth: 0,
      select: { title: true, slug: true, summary: true, updatedAt: true },
      ...languages,
    })
    return docs
  })
}

async function findPolicy(
  slug: string,
  viewer: Preview['user'],
  locale: Locale,
): Promise<Localized<Policy> | null> {
  const payload = await getPayloadClient()
  const docs = await readListIn(locale, async (languages) => {
    const { docs } = await payload.find({
      collection: 'policies',
      overrideAccess: false,
      user: viewer,
      draft: Boolean(viewer),
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 1,
      ...languages,
    })
    return docs
  })
  return docs[0] ?? null
}

export const listPublishedPolicies = publicQuery('policies', [TAGS.policies], (locale: Locale) =>
  findPolicies(null, locale),
)
const readPublishedPolicy = publicQuery('policy', [TAGS.policies], (slug: string, locale: Locale) =>
  findPolicy(slug, null, locale),
)

/** The sections this request may see: drafts too for staff in preview, in display order. */
export const listPolicies = cache(async () => {
  const { user } = await getPreview()
  const locale = requestLocale()
  return user ? findPolicies(user, locale) : listPublishedPolicies(locale)
})

/** A published section by its slug; one not in the (cached) list gets no cache entry of its own. */
export const getPolicyBySlug = cache(async (slug: string) => {
  const { user } = await getPreview()
  const locale = requestLocale()
  if (user) return findPolicy(slug, user, locale)
  const published = await listPublishedPolicies(locale)
  return published.some((policy) => policy.slug === slug) ? readPublishedPolicy(slug, locale) : null
})
