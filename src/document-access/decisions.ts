// Staff decide requests for "approval" documents in the admin: choose Approve or Deny on the
// request, add a note, save. The hooks check the decision is allowed, then grant access or tell
// the visitor it was declined, and record either in the evidence ledger.
import {
  ValidationError,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
} from 'payload'
import { idOf } from '@/db/documents'
import { actorOf } from '@/evidence/events'
import { appendEvidence } from '@/evidence/ledger'
import type { AccessRequest, Document } from '@/payload-types'
import { grantAccess } from './grants'
import { queueAccessEmail } from './mail'
import { adminLanguage } from '@/i18n/adminWords'

export const validateDecision: CollectionBeforeChangeHook<AccessRequest> = ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || !originalDoc) return data
  const changed = data.decision !== undefined && data.decision !== originalDoc.decision
  if (!changed) {
    // a note can be added to an undecided request, never rewritten after the decision
    if (originalDoc.decision && data.decisionNote !== undefined)
      data.decisionNote = originalDoc.decisionNote
    return data
  }
  const { t } = adminLanguage(req.i18n)
  const refuse = (message: string) => {
    throw new ValidationError({ errors: [{ path: 'decision', message }], req })
  }
  if (originalDoc.decision) refuse(t('trust:messages:alreadyDecided'))
  if (originalDoc.status !== 'awaiting-approval') refuse(t('trust:messages:notAwaitingApproval'))
  data.decidedAt = new Date().toISOString()
  data.decidedBy = req.user?.id as never
  data.status = data.decision === 'approve' ? 'granted' : 'denied'
  return data
}

export const decideAfterChange: CollectionAfterChangeHook<AccessRequest> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || !doc.decision || previousDoc?.decision) return doc
  const { payload } = req
  if (doc.decision === 'approve') {
    const grant = await grantAccess(payload, doc, 'approved', req, doc.decisionNote)
    await payload.update({
      collection: 'access-requests',
      id: doc.id,
      data: { grant: grant.id },
      overrideAccess: true,
      req,
    })
    return { ...doc, grant: grant.id }
  }
  const document = (await payload.findByID({
    collection: 'documents',
    id: idOf(doc.document)!,
    depth: 0,
    overrideAccess: true,
    req,
  })) as Document
  await appendEvidence(payload, [
    {
      type: 'document.access-denied',
      data: {
        request: String(doc.id),
        document: { id: String(document.id), title: document.title },
        email: doc.email,
        note: doc.decisionNote ?? null,
        by: actorOf(req.user),
      },
    },
  ])
  await queueAccessEmail(payload, { kind: 'denied', request: String(doc.id) }, req)
  return doc
}
