import type { FilterOptionsProps, PayloadRequest, Where } from 'payload'
import { idOf } from '@/db/documents'

type ChangeData = { kind?: string | null; status?: string | null }

async function subprocessorIds(req: PayloadRequest, which: 'live' | 'ever-published') {
  if (which === 'live') {
    const { docs } = await req.payload.find({
      collection: 'subprocessors',
      where: { _status: { equals: 'published' } },
      select: { slug: true },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    return docs.map((doc) => String(doc.id))
  }
  const { docs } = await req.payload.findVersions({
    collection: 'subprocessors',
    where: { 'version._status': { equals: 'published' } },
    select: { parent: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return [...new Set(docs.map((version) => idOf(version.parent)).filter(Boolean) as string[])]
}

// A where clause may not list nothing: an id no document has stands for "none".
const none = '000000000000000000000000'
const onlyThese = (ids: string[]): Where => ({ id: { in: ids.length ? ids : [none] } })

/**
 * The subprocessors a draft change notice can be about: for an addition (and the new one of a
 * replacement) drafts that were never published; for a removal or a change, live ones. Once a
 * notice is announced its fields are locked, and the choice is no longer narrowed (the job that
 * puts it into effect must still be able to save it).
 */
export const subprocessorChoices = async ({
  data,
  req,
}: FilterOptionsProps<ChangeData>): Promise<boolean | Where> => {
  if (data?.status && data.status !== 'draft') return true
  if (data?.kind === 'addition' || data?.kind === 'replacement') {
    const published = await subprocessorIds(req, 'ever-published')
    return published.length ? { id: { not_in: published } } : true
  }
  if (data?.kind === 'removal' || data?.kind === 'material-edit') {
    return onlyThese(await subprocessorIds(req, 'live'))
  }
  return true
}

/** What a replacement replaces: a live subprocessor. */
export const replacedChoices = async ({
  data,
  req,
}: FilterOptionsProps<ChangeData>): Promise<boolean | Where> => {
  if (data?.status && data.status !== 'draft') return true
  return onlyThese(await subprocessorIds(req, 'live'))
}
