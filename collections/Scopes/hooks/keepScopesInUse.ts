// A scope that subprocessors apply to is part of what customers read ("only if you use EU
// region") and what API clients filter by (`?scope=eu-region`): it cannot be deleted, and its
// slug stays the same, while any subprocessor names it (published, or in its newest draft, which
// an announced change may be about to publish).
import {
  APIError,
  ValidationError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type PayloadRequest,
} from 'payload'
import type { Scope } from '@/payload-types'
import { adminLanguage, type AdminT } from '@/i18n/adminWords'

/** The names of the subprocessors that apply to the scope, in their stored or newest draft. */
async function subprocessorsUsing(req: PayloadRequest, id: string | number): Promise<string[]> {
  const [main, drafts] = await Promise.all([
    req.payload.find({
      collection: 'subprocessors',
      where: { scopes: { in: [id] } },
      select: { name: true },
      pagination: false,
      depth: 0,
      req,
      overrideAccess: true,
    }),
    req.payload.findVersions({
      collection: 'subprocessors',
      where: { and: [{ latest: { equals: true } }, { 'version.scopes': { in: [id] } }] },
      select: { version: { name: true } },
      pagination: false,
      depth: 0,
      req,
      overrideAccess: true,
    }),
  ])
  return [
    ...new Set([
      ...main.docs.map((doc) => doc.name),
      ...drafts.docs.map((version) => String(version.version.name ?? '')),
    ]),
  ].filter(Boolean)
}

/** The first names, quoted, and how many more, in the admin language of `t`. */
const named = (t: AdminT, names: string[]) =>
  `${names
    .slice(0, 5)
    .map((name) => t('trust:messages:quoted', { text: name }))
    .join(', ')}${names.length > 5 ? t('trust:messages:andMore', { count: names.length - 5 }) : ''}`

export const refuseDeletingScopeInUse: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const names = await subprocessorsUsing(req, id)
  if (!names.length) return
  const { t } = adminLanguage(req.i18n)
  throw new APIError(
    t('trust:messages:scopeInUse', { count: names.length, names: named(t, names) }),
    409,
    null,
    true,
  )
}

export const keepSlugOfScopeInUse: CollectionBeforeChangeHook<Scope> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || !originalDoc?.slug) return data
  if (typeof data.slug !== 'string' || data.slug === originalDoc.slug) return data
  const names = await subprocessorsUsing(req, originalDoc.id)
  if (!names.length) return data
  const { t } = adminLanguage(req.i18n)
  throw new ValidationError({
    collection: 'scopes',
    errors: [
      {
        path: 'slug',
        message: t('trust:messages:scopeSlugInUse', {
          count: names.length,
          names: named(t, names),
          slug: originalDoc.slug,
        }),
      },
    ],
  })
}
