/** Cache tags for everything the portal reads. Collection hooks expire them (src/cache/revalidate.ts). */
export const TAGS = {
  trustCenter: 'trust-center',
  categories: 'categories',
  scopes: 'scopes',
  subprocessors: 'subprocessors',
  policies: 'policies',
  changes: 'changes',
  certifications: 'certifications',
  security: 'security',
  faq: 'faq',
  documents: 'documents',
  media: 'media',
} as const

export type CacheTag = (typeof TAGS)[keyof typeof TAGS]

/**
 * Upper bound on staleness for changes the hooks cannot announce: writes from another process
 * (the seed, scripts), or an invalidation lost because the server restarted before a visit
 * (Next.js keeps revalidated tags in memory only).
 */
export const REVALIDATE_AT_MOST_EVERY_SECONDS = 300
