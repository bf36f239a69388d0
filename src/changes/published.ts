// A subprocessor that was ever on the published list keeps its record and its address for good:
// it cannot be deleted (a removal notice takes it off the list instead), and its slug never
// changes, because notices, the change log, feeds and the API's identifiers name it by that slug.
import type { Payload, PayloadRequest } from 'payload'
import type { Subprocessor } from '@/payload-types'

/** The stored (main) document, drafts aside: the last published or unpublished state. */
const mainDocument = (payload: Payload, id: string, req?: PayloadRequest) =>
  payload.db.findOne<Subprocessor>({
    collection: 'subprocessors',
    where: { id: { equals: id } },
    req,
  })

/**
 * Published now, or in any saved version, or in the recorded history of the published list (which
 * keeps the fact even after old versions are pruned past `maxPerDoc`).
 */
export async function wasEverPublished(
  payload: Payload,
  id: string,
  req?: PayloadRequest,
  main?: Subprocessor | null,
): Promise<boolean> {
  const stored = main === undefined ? await mainDocument(payload, id, req) : main
  if (!stored) return false
  if (stored._status === 'published') return true
  const [versions, history] = await Promise.all([
    payload.countVersions({
      collection: 'subprocessors',
      where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
      req,
      overrideAccess: true,
    }),
    payload.count({
      collection: 'subprocessor-history',
      where: { and: [{ subprocessor: { equals: id } }, { published: { equals: true } }] },
      req,
      overrideAccess: true,
    }),
  ])
  return versions.totalDocs + history.totalDocs > 0
}

/** The slug a subprocessor keeps for good once it was published; null while it never was. */
export async function lockedSlug(
  payload: Payload,
  id: string,
  req?: PayloadRequest,
): Promise<string | null> {
  const main = await mainDocument(payload, id, req)
  return main && (await wasEverPublished(payload, id, req, main)) ? main.slug : null
}
