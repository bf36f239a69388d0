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

const named = (names: string[]) =>
  `${names
    .slice(0, 5)
    .map((name) => `"${name}"`)
    .join(', ')}${names.length > 5 ? ` and ${names.length - 5} more` : ''}`

export const refuseDeletingScopeInUse: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const names = await subprocessorsUsing(req, id)
  if (!names.length) return
  throw new APIError(
    `${named(names)} ${names.length === 1 ? 'applies' : 'apply'} to this scope. Take the scope off ${names.length === 1 ? 'it' : 'them'} first (a material change: through a change notice), then delete it.`,
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
  throw new ValidationError({
    collection: 'scopes',
    errors: [
      {
        path: 'slug',
        message: `${named(names)} ${names.length === 1 ? 'applies' : 'apply'} to this scope, and lists and API clients choose it by its slug (?scope=${originalDoc.slug}). Keep the slug "${originalDoc.slug}"; the name can change.`,
      },
    ],
  })
}
