import type { GlobalAfterChangeHook } from 'payload'
import { actorOf } from '@/evidence/events'
import { appendEvidence } from '@/evidence/ledger'

const noticeRules = (doc: Record<string, unknown> | undefined) => ({
  noticePeriodDays: typeof doc?.noticePeriodDays === 'number' ? doc.noticePeriodDays : null,
  requireNotice: typeof doc?.requireNotice === 'boolean' ? doc.requireNotice : null,
})

/** Each change of the notice period or of the notice rule is a ledger entry: before, after, who. */
export const recordNoticeSettings: GlobalAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const before = noticeRules(previousDoc)
  const after = noticeRules(doc)
  if (
    before.noticePeriodDays !== after.noticePeriodDays ||
    before.requireNotice !== after.requireNotice
  ) {
    await appendEvidence(req.payload, [
      { type: 'settings.changed', data: { before, after, by: actorOf(req.user) } },
    ])
  }
  return doc
}
