import type { DefaultServerCellComponentProps } from 'payload'
import { adminLanguage } from '@/i18n/adminWords'
import { describeState, loadSubprocessorStates } from './subprocessorStates'

/** The subprocessor list's "State" column: live, new, change announced for a date, or removed. */
export async function SubprocessorStateCell({
  i18n,
  payload,
  rowData,
}: DefaultServerCellComponentProps) {
  const id = String(rowData?.id ?? '')
  if (!id) return null
  const states = await loadSubprocessorStates(payload)
  // the admin list reads drafts: a live subprocessor whose newest version is a draft has edits
  const hasDraftEdits = rowData?._status === 'draft'
  return <span>{describeState(id, states, hasDraftEdits, adminLanguage(i18n))}</span>
}
