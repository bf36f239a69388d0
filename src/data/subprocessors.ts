import { cache } from 'react'
import type { Category, Scope, Subprocessor } from '@/payload-types'
import { getPayloadClient } from './payload'
import { getPreview, type Preview } from './preview'
import { publicQuery } from './publicQuery'
import { TAGS } from '@/cache/tags'

// depth 0: categories are read once on their own and joined in memory (FerretDB has no $lookup).
async function findSubprocessors(viewer: Preview['user']): Promise<Subprocessor[]> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'subprocessors',
    overrideAccess: false,
    user: viewer,
    draft: Boolean(viewer),
    sort: 'name',
    pagination: false,
    depth: 0,
  })
  return docs
}

export const listPublishedSubprocessors = publicQuery('subprocessors', [TAGS.subprocessors], () =>
  findSubprocessors(null),
)

const readCategories = publicQuery(
  'categories',
  [TAGS.categories],
  async (): Promise<Category[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'categories',
      overrideAccess: false,
      sort: 'order',
      pagination: false,
      depth: 0,
    })
    return docs
  },
)

const readScopes = publicQuery('scopes', [TAGS.scopes], async (): Promise<Scope[]> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'scopes',
    overrideAccess: false,
    sort: 'order',
    pagination: false,
    depth: 0,
  })
  return docs
})

/** Scopes in display order: what a subprocessor may apply to, and the list's scope filter. */
export const listScopes = cache(() => readScopes())

/** Categories in display order (categories have no drafts, so preview reads the same). */
export const listCategories = cache(() => readCategories())

/** The subprocessors this request may see: drafts too for staff in preview. */
export const listSubprocessors = cache(async () => {
  const { user } = await getPreview()
  return user ? findSubprocessors(user) : listPublishedSubprocessors()
})

export const getSubprocessorBySlug = cache(async (slug: string) => {
  const subprocessors = await listSubprocessors()
  return subprocessors.find((subprocessor) => subprocessor.slug === slug) ?? null
})
