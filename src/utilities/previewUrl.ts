/**
 * The admin's Preview button opens this address (relative: the admin and the portal share one
 * origin). The preview route checks the signed-in user, turns on draft mode and redirects to the
 * page. Null, so no button, until the document has a slug.
 */
export function previewUrl(section: '/subprocessors' | '/policies', slug: unknown): string | null {
  if (typeof slug !== 'string' || slug === '') return null
  return `/preview?path=${encodeURIComponent(`${section}/${slug}`)}`
}
