import { cache } from 'react'
import type { Policy } from '@/payload-types'
import { getPayloadClient } from './payload'
import { getPreview, type Preview } from './preview'
import { publicQuery } from './publicQuery'
import { TAGS } from '@/cache/tags'

export type PolicySummary = Pick<Policy, 'id' | 'title' | 'slug' | 'summary' | 'updatedAt'>

async function findPolicies(viewer: Preview['user']): Promise<PolicySummary[]> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'policies',
    overrideAccess: false,
    user: viewer,
    draft: Boolean(viewer),
    sort: 'order',
    pagination: false,
    depth: 0,
    select: { title: true, slug: true, summary: true, updatedAt: true },
  })
  return docs
}

async function findPolicy(slug: string, viewer: Preview['user']): Promise<Policy | null> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'policies',
    overrideAccess: false,
    user: viewer,
    draft: Boolean(viewer),
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
  })
  return docs[0] ?? null
}

export const listPublishedPolicies = publicQuery('policies', [TAGS.policies], () =>
  findPolicies(null),
)
const readPublishedPolicy = publicQuery('policy', [TAGS.policies], (slug: string) =>
  findPolicy(slug, null),
)

/** The sections this request may see: drafts too for staff in preview, in display order. */
export const listPolicies = cache(async () => {
  const { user } = await getPreview()
  return user ? findPolicies(user) : listPublishedPolicies()
})

/** A published section by its slug; one not in the (cached) list gets no cache entry of its own. */
export const getPolicyBySlug = cache(async (slug: string) => {
  const { user } = await getPreview()
  if (user) return findPolicy(slug, user)
  const published = await listPublishedPolicies()
  return published.some((policy) => policy.slug === slug) ? readPublishedPolicy(slug) : null
})
