// Published content for the public API, the exports and the DPA annex: always what anonymous
// visitors may read (overrideAccess: false, no user, no drafts), whatever the request's preview
// state, already in the v1 contract's shape, in one language (`?locale=`: a missing translation
// in the source language, listed in the item's `untranslated`). Cached under the portal's tags,
// per language (the language is an argument, so part of the cache key), so the hooks that
// refresh the pages refresh these too.
import type { Payload } from 'payload'
import { DEFAULT_LOCALE, type Locale } from '@/i18n/locales'
import { newest } from '@/public-api/http'
import { listPublicChanges } from '@/changes/log'
import {
  toPublicCategory,
  toPublicChangeNotice,
  toPublicPolicy,
  toPublicScope,
  toPublicSubprocessor,
  type PublicCategory,
  type PublicChangeNotice,
  type PublicPolicy,
  type PublicScope,
  type PublicSubprocessor,
} from '@/public-api/serialize'
import { lastWithdrawal } from '@/public-api/withdrawals'
import { getPayloadClient } from './payload'
import type { PublishedSet } from './published'
import { publicQuery } from './publicQuery'
import { TAGS } from '@/cache/tags'
import { readInLanguage } from './localized'

const published = { overrideAccess: false, draft: false, pagination: false, depth: 0 } as const

const findCategories = (payload: Payload, locale: Locale) =>
  readInLanguage(locale, async (language) => {
    const { docs } = await payload.find({
      collection: 'categories',
      ...published,
      ...language,
      sort: 'order',
    })
    return docs
  })

const findScopes = (payload: Payload, locale: Locale) =>
  readInLanguage(locale, async (language) => {
    const { docs } = await payload.find({
      collection: 'scopes',
      ...published,
      ...language,
      sort: 'order',
    })
    return docs
  })

export async function loadPublishedSubprocessors(
  payload: Payload,
  locale: Locale = DEFAULT_LOCALE,
): Promise<PublishedSet<PublicSubprocessor>> {
  const [subprocessors, categories, scopes, withdrawn] = await Promise.all([
    readInLanguage(locale, async (language) => {
      const { docs } = await payload.find({
        collection: 'subprocessors',
        ...published,
        ...language,
        sort: 'name',
      })
      return docs
    }),
    findCategories(payload, locale),
    findScopes(payload, locale),
    lastWithdrawal(payload, 'subprocessors'),
  ])
  const related = {
    categoriesById: new Map(categories.map(({ doc }) => [doc.id, doc])),
    scopesById: new Map(scopes.map(({ doc }) => [doc.id, doc])),
    locale,
    untranslatedCategories: new Map(
      categories.flatMap(({ doc, untranslated }) => (untranslated ? [[doc.id, untranslated]] : [])),
    ),
  }
  const items = subprocessors.map(({ doc, untranslated }) =>
    toPublicSubprocessor(doc, related, untranslated),
  )
  // a renamed category or a scope's new slug changes the items that name them
  const lastModified = newest([
    ...[...subprocessors, ...categories, ...scopes].map(({ doc }) => doc.updatedAt),
    withdrawn,
  ])
  return { items, lastModified: lastModified?.toISOString() ?? null }
}

/** Every scope (they have no drafts: all are public), in display order. */
export async function loadPublishedScopes(
  payload: Payload,
  locale: Locale = DEFAULT_LOCALE,
): Promise<PublishedSet<PublicScope>> {
  const [scopes, withdrawn] = await Promise.all([
    findScopes(payload, locale),
    lastWithdrawal(payload, 'scopes'),
  ])
  const lastModified = newest([...scopes.map(({ doc }) => doc.updatedAt), withdrawn])
  return {
    items: scopes.map(({ doc, untranslated }) => toPublicScope(doc, untranslated, locale)),
    lastModified: lastModified?.toISOString() ?? null,
  }
}

export async function loadPublishedCategories(
  payload: Payload,
  locale: Locale = DEFAULT_LOCALE,
): Promise<PublishedSet<PublicCategory>> {
  const [categories, withdrawn] = await Promise.all([
    findCategories(payload, locale),
    lastWithdrawal(payload, 'categories'),
  ])
  const lastModified = newest([...categories.map(({ doc }) => doc.updatedAt), withdrawn])
  return {
    items: categories.map(({ doc, untranslated }) => toPublicCategory(doc, untranslated)),
    lastModified: lastModified?.toISOString() ?? null,
  }
}

export async function loadPublishedPolicies(
  payload: Payload,
  locale: Locale = DEFAULT_LOCALE,
): Promise<PublishedSet<PublicPolicy>> {
  const [policies, subprocessors, withdrawn] = await Promise.all([
    readInLanguage(locale, async (language) => {
      const { docs } = await payload.find({
        collection: 'policies',
        ...published,
        ...language,
        sort: 'order',
      })
      return docs
    }),
    payload.find({ collection: 'subprocessors', ...published, select: { slug: true } }),
    lastWithdrawal(payload, 'policies'),
  ])
  const slugs = new Map<string, string>()
  for (const { doc } of policies) slugs.set(`policies:${doc.id}`, doc.slug)
  for (const doc of subprocessors.docs) slugs.set(`subprocessors:${doc.id}`, doc.slug)
  const slugOf = (collection: string, id: string) => slugs.get(`${collection}:${id}`) ?? null
  const lastModified = newest([...policies.map(({ doc }) => doc.updatedAt), withdrawn])
  return {
    items: policies.map(({ doc, untranslated }) => toPublicPolicy(doc, slugOf, untranslated)),
    lastModified: lastModified?.toISOString() ?? null,
  }
}

/**
 * Announced and effective change notices, newest announcement first: the public model the pages
 * and feeds show (src/changes/log.ts). The time of the last cancellation of an announced change
 * is read bypassing access control: it removes the change from the list, so it must move
 * Last-Modified forward.
 */
export async function loadPublishedChanges(
  payload: Payload,
): Promise<PublishedSet<PublicChangeNotice>> {
  const [changes, cancelled] = await Promise.all([
    listPublicChanges(payload),
    payload.find({
      collection: 'changes',
      where: { and: [{ status: { equals: 'cancelled' } }, { announcedAt: { exists: true } }] },
      sort: '-updatedAt',
      limit: 1,
      pagination: false,
      depth: 0,
      select: { updatedAt: true },
    }),
  ])
  const lastModified = newest([
    ...changes.map((change) => change.updatedAt),
    cancelled.docs[0]?.updatedAt,
  ])
  return {
    items: changes.map(toPublicChangeNotice),
    lastModified: lastModified?.toISOString() ?? null,
  }
}

// Each read takes its language as an argument: `unstable_cache` keys a call by its arguments, so
// every language is cached apart under the same tags.
export const readPublishedSubprocessors = publicQuery(
  'public-api:subprocessors',
  [TAGS.subprocessors, TAGS.categories, TAGS.scopes],
  async (locale: Locale) => loadPublishedSubprocessors(await getPayloadClient(), locale),
)

export const readPublishedScopes = publicQuery(
  'public-api:scopes',
  [TAGS.scopes],
  async (locale: Locale) => loadPublishedScopes(await getPayloadClient(), locale),
)

export const readPublishedCategories = publicQuery(
  'public-api:categories',
  [TAGS.categories],
  async (locale: Locale) => loadPublishedCategories(await getPayloadClient(), locale),
)

export const readPublishedPolicies = publicQuery(
  'public-api:policies',
  [TAGS.policies, TAGS.subprocessors],
  async (locale: Locale) => loadPublishedPolicies(await getPayloadClient(), locale),
)

export const readPublishedChanges = publicQuery('public-api:changes', [TAGS.changes], async () =>
  loadPublishedChanges(await getPayloadClient()),
)
