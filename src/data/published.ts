import { newest } from '@/public-api/http'

/** A whole published collection and the last time anything in it changed (ISO), if known. */
export type PublishedSet<T> = { items: T[]; lastModified: string | null }

/** The newest of the timestamps as ISO, or null: what Last-Modified says for a set. */
export const lastModifiedOf = (times: Array<string | null | undefined>): string | null =>
  newest(times)?.toISOString() ?? null

/** How every public read asks: what anonymous visitors may read, published, all at once. */
export const PUBLISHED = { overrideAccess: false, draft: false, pagination: false } as const
