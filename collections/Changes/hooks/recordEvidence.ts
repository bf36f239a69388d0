import type { CollectionAfterChangeHook } from 'payload'
import type { Change } from '@/payload-types'
import {
  changeAnnounced,
  changeCancelled,
  changeEffective,
  changeFailed,
  changeRetried,
} from '@/evidence/events'
import { appendEvidence } from '@/evidence/ledger'

/**
 * Writes the change's life to the evidence ledger: draft → announced (the announced content and
 * the notice text), announced → cancelled, announced → effective (from the job that applies it),
 * announced → failed (with the reason), failed → announced (an admin's retry) or cancelled.
 * Runs before the hook that may apply an urgent change at once, so the announcement comes first.
 */
export const recordChangeEvidence: CollectionAfterChangeHook<Change> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const before = (operation === 'create' ? null : previousDoc?.status) ?? 'draft'
  const after = doc.status
  if (before === after) return doc
  const { payload } = req
  if (before === 'draft' && after === 'announced')
    await appendEvidence(payload, [await changeAnnounced(payload, doc, req)])
  else if ((before === 'announced' || before === 'failed') && after === 'cancelled')
    await appendEvidence(payload, [changeCancelled(doc, req)])
  else if (before === 'announced' && after === 'failed')
    await appendEvidence(payload, [changeFailed(doc)])
  else if (before === 'failed' && after === 'announced')
    await appendEvidence(payload, [changeRetried(doc, req)])
  else if (before === 'announced' && after === 'effective')
    await appendEvidence(payload, [await changeEffective(payload, doc, req)])
  return doc
}
