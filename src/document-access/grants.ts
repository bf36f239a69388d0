// Grants: one visitor, one document, until a day, unless revoked. The download route asks
// `activeGrant` on every download.
import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  Payload,
  PayloadRequest,
} from 'payload'
import { ValidationError } from 'payload'
import { idOf } from '@/db/documents'
import { actorOf } from '@/evidence/events'
import { appendEvidence } from '@/evidence/ledger'
import type { AccessGrant, AccessRequest, Document } from '@/payload-types'
import { queueAccessEmail } from './mail'
import { accessSettings, DEFAULT_GRANT_DAYS } from './settings'
import { sessionDays } from './sessions'
import { adminLanguage } from '@/i18n/adminWords'

export type GrantBasis = AccessGrant['basis']

/**
 * Gives the requester access for the configured number of days, records it in the evidence
 * ledger and emails a sign-in link. Returns the grant.
 */
export async function grantAccess(
  payload: Payload,
  request: AccessRequest,
  basis: GrantBasis,
  req?: PayloadRequest,
  note?: string | null,
): Promise<AccessGrant> {
  const settings = await accessSettings(payload, req)
  const expiresAt = sessionDays(settings.grantDays ?? DEFAULT_GRANT_DAYS)
  const documentId = idOf(request.document)!
  const grant = await payload.create({
    collection: 'access-grants',
    data: {
      email: request.email,
      name: request.name,
      company: request.company,
      document: documentId,
      request: request.id,
      basis,
      grantedBy: basis === 'approved' && req?.user ? req.user.id : undefined,
      expiresAt,
    },
    overrideAccess: true,
    req,
  })
  const document = (await payload.findByID({
    collection: 'documents',
    id: documentId,
    depth: 0,
    overrideAccess: true,
    req,
  })) as Document
  await appendEvidence(payload, [
    {
      type: 'document.access-granted',
      data: {
        grant: String(grant.id),
        request: String(request.id),
        document: { id: documentId, title: document.title },
        email: request.email,
        basis,
        expiresAt,
        by: actorOf(req?.user),
      },
    },
  ])
  await queueAccessEmail(payload, { kind: 'granted', grant: String(grant.id), note }, req)
  return grant
}

/** The live grant of an address for a document, if any: not revoked, not expired. */
export async function activeGrant(
  payload: Payload,
  email: string,
  documentId: string,
): Promise<AccessGrant | null> {
  const { docs } = await payload.find({
    collection: 'access-grants',
    where: {
      and: [
        { email: { equals: email } },
        { document: { equals: documentId } },
        { revoked: { not_equals: true } },
        { expiresAt: { greater_than: new Date().toISOString() } },
      ],
    },
    sort: '-expiresAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return (docs[0] as AccessGrant | undefined) ?? null
}

/** Every live grant of an address, with its document. */
export async function activeGrants(payload: Payload, email: string) {
  const { docs } = await payload.find({
    collection: 'access-grants',
    where: {
      and: [
        { email: { equals: email } },
        { revoked: { not_equals: true } },
        { expiresAt: { greater_than: new Date().toISOString() } },
      ],
    },
    sort: '-expiresAt',
    limit: 100,
    depth: 1,
    overrideAccess: true,
  })
  return docs as AccessGrant[]
}

/** Revoking is final: a revoked grant cannot be restored (the visitor asks again). */
export const validateRevocation: CollectionBeforeChangeHook<AccessGrant> = ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || !originalDoc) return data
  if (originalDoc.revoked && data.revoked === false)
    throw new ValidationError({
      errors: [
        {
          path: 'revoked',
          message: adminLanguage(req.i18n).t('trust:messages:revokedForGood'),
        },
      ],
      req,
    })
  if (data.revoked && !originalDoc.revoked) {
    data.revokedAt = new Date().toISOString()
    data.revokedBy = req.user?.id as never
  }
  return data
}

export const recordRevocation: CollectionAfterChangeHook<AccessGrant> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || !doc.revoked || previousDoc?.revoked) return doc
  await appendEvidence(req.payload, [
    {
      type: 'document.access-revoked',
      data: {
        grant: String(doc.id),
        document: idOf(doc.document),
        email: doc.email,
        reason: doc.revokeReason ?? null,
        by: actorOf(req.user),
      },
    },
  ])
  return doc
}
