import { AsyncLocalStorage } from 'node:async_hooks'
import type { CacheTag } from './tags'

// The portal tags a route handler's answer was built from, so the answer can name them at the
// edge (src/cache/edgeTags.mjs). Pages get theirs from Next.js's cache entry; a route handler
// (the public API, exports, discovery files) is rendered per request and has no entry, so every
// cached read (src/data/publicQuery.ts) records its tags in the request's collector instead.
const collector = new AsyncLocalStorage<Set<CacheTag>>()

/** Runs `read`, returning its result and the tags of every cached read made during it. */
export async function collectTags<T>(read: () => Promise<T>): Promise<[T, Set<CacheTag>]> {
  const tags = new Set<CacheTag>()
  const result = await collector.run(tags, read)
  return [result, tags]
}

/** Called by each cached read; outside collectTags (pages, scripts) it does nothing. */
export function recordTags(tags: readonly CacheTag[]): void {
  const current = collector.getStore()
  for (const tag of tags) current?.add(tag)
}
