import { cache } from 'react'
import type { Category, Scope, Subprocessor } from '@/payload-types'
import { getPayloadClient } from './payload'
import { getPreview, type Preview } from './preview'
import { publicQuery } from './publicQuery'
import { TAGS } from '@/cache/tags'
import { DEFAULT_LOCALE, type Locale } from '@/i18n/locales'
import { requestLocale } from '@/i18n/request'
import { readListIn, type Localized } from './localized'

// depth 0: categories are read once on their own and joined in memory (FerretDB has no $lookup).
async function findSubprocessors(
  viewer: Preview['user'],
  locale: Locale,
): Promise<Localized<Subprocessor>[]> {
  const payload = await getPayloadClient()
  return readListIn(locale, async (languages) => {
    const { docs } = await payload.find({
      collection: 'subprocessors',
      overrideAccess: false,
      user: viewer,
      draft: Boolean(viewer),
      sort: 'name',
      pagination: false,
      depth: 0,
      ...languages,
    })
    return docs
  })
}

/** The published subprocessors in `locale`. */
export const listPublishedSubprocessors = publicQuery(
  'subprocessors',
  [TAGS.subprocessors],
  (locale: Locale) => findSubprocessors(null, locale),
)

/** A published collection staff order by hand (`order`), in `locale`. */
const readInDisplayOrder =
  <Slug extends 'categories' | 'scopes'>(collection: Slug) =>
  async (locale: Locale) => {
    const payload = await getPayloadClient()
    return readListIn(locale, async (languages) => {
      const { docs } = await payload.find({
        collection,
        overrideAccess: false,
        sort: 'order',
        pagination: false,
        depth: 0,
        ...languages,
      })
      return docs
    })
  }

const readCategories = publicQuery<[Locale], Localized<Category>[]>(
  'categories',
  [TAGS.categories],
  readInDisplayOrder('categories'),
)

const readScopes = publicQuery<[Locale], Localized<Scope>[]>(
  'scopes',
  [TAGS.scopes],
  readInDisplayOrder('scopes'),
)

/** Scopes in display order: what a subprocessor may apply to, and the list's scope filter. */
export const listScopes = cache(() => readScopes(requestLocale()))

/** Categories in display order (categories have no drafts, so preview reads the same). */
export const listCategories = cache(() => readCategories(requestLocale()))

/**
 * Categories in display order, named in the source language: the names recorded in the list's
 * history (a past day's entries), which a past day's view matches and orders by.
 */
export const listCategoriesAsRecorded = cache(() => readCategories(DEFAULT_LOCALE))

/** The subprocessors this request may see: drafts too for staff in preview. */
export const listSubprocessors = cache(async () => {
  const { user } = await getPreview()
  const locale = requestLocale()
  return user ? findSubprocessors(user, locale) : listPublishedSubprocessors(locale)
})

export const getSubprocessorBySlug = cache(async (slug: string) => {
  const subprocessors = await listSubprocessors()
  return subprocessors.find((subprocessor) => subprocessor.slug === slug) ?? null
})
