import type { FilterOptionsProps, Where } from 'payload'
import { everPublishedSubprocessorIds, liveSubprocessorIds } from './subprocessorStates'

type ChangeData = { kind?: string | null; status?: string | null }

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
    const published = await everPublishedSubprocessorIds(req.payload, req)
    return published.length ? { id: { not_in: published } } : true
  }
  if (data?.kind === 'removal' || data?.kind === 'material-edit') {
    return onlyThese(await liveSubprocessorIds(req.payload, req))
  }
  return true
}

/** What a replacement replaces: a live subprocessor. */
export const replacedChoices = async ({
  data,
  req,
}: FilterOptionsProps<ChangeData>): Promise<boolean | Where> => {
  if (data?.status && data.status !== 'draft') return true
  return onlyThese(await liveSubprocessorIds(req.payload, req))
}
