import { unstable_cache } from 'next/cache'
import { connection } from 'next/server'
import { cache } from 'react'
import { getPayloadClient } from './payload'
import { recordTags } from '@/cache/requestTags'
import { REVALIDATE_AT_MOST_EVERY_SECONDS, type CacheTag } from '@/cache/tags'

/**
 * True while `next build` runs against a database the seed has not filled yet (a clean clone:
 * `npm start` seeds only after the build). Pages prerendered then would stay empty, because the
 * seed writes from its own process and cannot revalidate them.
 */
export const buildSeesEmptyDatabase = cache(async (): Promise<boolean> => {
  if (process.env.NEXT_PHASE !== 'phase-production-build') return false
  const payload = await getPayloadClient()
  const settings = await payload.findGlobal({ slug: 'trust-center', depth: 0 })
  return !settings.portalTitle
})

/**
 * A published-content read kept in Next's data cache under `tags`, so the pages built from it are
 * static until a hook revalidates a tag (and a route handler's answer names them at the edge,
 * src/cache/requestTags.ts). Against an empty database at build time, the page opts
 * out of prerendering instead (rendered per request, still from this cache once running).
 * Next keys the entry by the arguments as given: give `query` no default arguments (a call
 * without the argument and one with its default would keep the same read twice).
 */
export function publicQuery<Args extends unknown[], Result>(
  key: string,
  tags: CacheTag[],
  query: (...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  const cached = unstable_cache(query, [key], {
    tags,
    revalidate: REVALIDATE_AT_MOST_EVERY_SECONDS,
  })
  return async (...args) => {
    recordTags(tags)
    if (await buildSeesEmptyDatabase()) await connection()
    return cached(...args)
  }
}
