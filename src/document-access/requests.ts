// The visitor's side of a request: ask (name, work email, company, reason), prove the address by
// the emailed link, accept the NDA. NDA documents (and addresses approved in advance) are then
// granted at once; approval documents wait for staff (decisions.ts).
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { Payload } from 'payload'
import { noticeSettings } from '@/changes/noticeSettings'
import { idOf } from '@/db/documents'
import { DEFAULT_LOCALE, isLocale, LOCALE_CODES, type Locale } from '@/i18n/locales'
import { localePath } from '@/i18n/paths'
import { appendEvidence } from '@/evidence/ledger'
import { EMAIL } from '@/notices/subscriptions'
import type { AccessRequest, Document } from '@/payload-types'
import { absoluteUrl } from '@/site/url'
import { domainVerdict } from './domains'
import { confirmRequestEmail } from './emails'
import { queueAccessEmail } from './mail'
import { AccessFlowError } from './errors'
import { grantAccess } from './grants'
import { hashSecret, newSecret, wellFormedSecret } from './secrets'
import { accessSettings, currentNda } from './settings'
import { startSession } from './sessions'

const CONFIRM_HOURS = 24
const quiet = { overrideAccess: true, depth: 0 } as const

export type RequestInput = Partial<
  Record<'document' | 'name' | 'email' | 'company' | 'reason' | 'locale', string>
>
export type ClientFacts = { ipAddress: string | null; userAgent: string | null }

const LIMITS = { name: 120, company: 120, reason: 1000 } as const

function field(input: RequestInput, name: keyof typeof LIMITS, label: string) {
  const value = (input[name] ?? '').trim()
  if (!value) throw new AccessFlowError(`Enter your ${label}.`, 400, `missing-${name}`)
  if (value.length > LIMITS[name])
    throw new AccessFlowError(
      `Your ${label} is too long: at most ${LIMITS[name]} characters.`,
      400,
      `long-${name}`,
    )
  return value
}

/**
 * A published, confidential document, by its slug, in `locale` (its texts filled from English
 * where untranslated); a public one needs no request.
 */
export async function requestableDocument(
  payload: Payload,
  slug: unknown,
  locale: Locale = DEFAULT_LOCALE,
): Promise<Document> {
  const { docs } = await payload.find({
    collection: 'documents',
    where: { slug: { equals: typeof slug === 'string' ? slug : '' } },
    limit: 1,
    depth: 0,
    overrideAccess: false,
    locale,
  })
  const document = docs[0] as Document | undefined
  if (!document)
    throw new AccessFlowError(
      'There is no such document. Choose one from the list.',
      404,
      'no-document',
    )
  if (document.accessLevel === 'public')
    throw new AccessFlowError(
      'This document is public: download it straight from its page, no request needed.',
      400,
      'public',
    )
  return document
}

/**
 * Step 1: records the request and emails the link that proves the address. `locale`: the
 * language of the page the form was on (missing: the default), which the emails are written in.
 */
export async function requestAccess(payload: Payload, input: RequestInput) {
  const locale = input.locale ?? DEFAULT_LOCALE
  if (!isLocale(locale))
    throw new AccessFlowError(
      `We do not offer the language "${locale}": use one of ${LOCALE_CODES.join(', ')}.`,
      400,
      'invalid',
    )
  const document = await requestableDocument(payload, input.document, locale)
  const name = field(input, 'name', 'name')
  const company = field(input, 'company', 'company')
  const reason = field(input, 'reason', 'reason for asking')
  const email = (input.email ?? '').trim().toLowerCase()
  if (!email || email.length > 254 || !EMAIL.test(email))
    throw new AccessFlowError(
      'Enter a valid work email address, like name@company.com.',
      400,
      'invalid-email',
    )
  if (!(await currentNda(payload)))
    throw new AccessFlowError(
      'Confidential documents cannot be requested yet. Please write to the contact address below.',
      409,
      'no-nda',
    )
  const settings = await accessSettings(payload)
  if (domainVerdict(email, settings) === 'refuse')
    throw new AccessFlowError(
      'Please use your work email address: requests from this email provider are not accepted.',
      400,
      'refused-domain',
    )

  const secret = newSecret()
  await payload.create({
    collection: 'access-requests',
    data: {
      document: document.id,
      name,
      email,
      company,
      reason,
      locale,
      status: 'unconfirmed',
      confirmTokenHash: hashSecret(secret),
      confirmExpiresAt: new Date(Date.now() + CONFIRM_HOURS * 3600_000).toISOString(),
    },
    ...quiet,
  })
  const { companyName } = await noticeSettings(payload)
  // sent while the visitor waits, so that a mail server that is down is a "try again" now
  await payload
    .sendEmail({
      to: email,
      ...confirmRequestEmail(
        companyName,
        document.title,
        absoluteUrl(localePath(locale, `/access/confirm?token=${secret}`)),
        CONFIRM_HOURS,
        locale,
      ),
    })
    .catch((error: unknown) => {
      payload.logger.error({ err: error, msg: 'Could not email an access-request confirmation' })
      throw new AccessFlowError(
        'We could not send the confirmation email just now. Please try again in a few minutes.',
        503,
        'mail-down',
      )
    })
  return { document }
}

/** The request behind a confirmation link that can still be used. */
export async function pendingRequest(payload: Payload, token: unknown): Promise<AccessRequest> {
  const invalid = new AccessFlowError(
    'This link is not valid. Open it straight from the email, or copy the whole address.',
    400,
    'invalid-link',
  )
  if (!wellFormedSecret(token)) throw invalid
  const { docs } = await payload.find({
    collection: 'access-requests',
    where: { confirmTokenHash: { equals: hashSecret(token) } },
    limit: 1,
    ...quiet,
  })
  const request = docs[0] as AccessRequest | undefined
  if (!request) throw invalid
  if (request.status !== 'unconfirmed' || request.emailConfirmedAt)
    throw new AccessFlowError('This link has already been used.', 410, 'used-link')
  if (Date.parse(request.confirmExpiresAt ?? '') < Date.now())
    throw new AccessFlowError(
      'This link has expired. Request the document again to get a new one.',
      410,
      'expired-link',
    )
  return request
}

export type Acceptance =
  | { outcome: 'granted'; document: Document; session: { secret: string; expiresAt: string } }
  | { outcome: 'awaiting-approval'; document: Document }

/**
 * Steps 2 and 3, in one press of "I accept": the link proves the address, the press accepts the
 * NDA whose version the page showed. A page shown before the NDA changed is refused (409), so
 * nobody accepts a text they did not see.
 */
export async function acceptNda(
  payload: Payload,
  token: unknown,
  shownVersion: unknown,
  client: ClientFacts,
): Promise<Acceptance> {
  const request = await pendingRequest(payload, token)
  const nda = await currentNda(payload)
  if (!nda || nda.version !== shownVersion)
    throw new AccessFlowError(
      'The NDA changed while the page was open. Read the current text and accept it again.',
      409,
      'nda-changed',
    )
  const document = (await payload.findByID({
    collection: 'documents',
    id: idOf(request.document)!,
    ...quiet,
  })) as Document
  const settings = await accessSettings(payload)
  const approvedDomain = domainVerdict(request.email, settings) === 'approve'
  const needsApproval = document.accessLevel === 'approval' && !approvedDomain
  const now = new Date().toISOString()

  // The link's secret is spent in one atomic write, so of two presses at once only one goes on.
  const spent = await (payload.db as MongooseAdapter).collections['access-requests'].updateOne(
    { _id: request.id, confirmTokenHash: hashSecret(String(token)), emailConfirmedAt: null },
    { $set: { emailConfirmedAt: new Date(now) } },
  )
  if (spent.modifiedCount !== 1)
    throw new AccessFlowError('This link has already been used.', 410, 'used-link')
  const accepted = (await payload.update({
    collection: 'access-requests',
    id: request.id,
    data: {
      status: needsApproval ? 'awaiting-approval' : 'granted',
      emailConfirmedAt: now,
      nda: {
        acceptedAt: now,
        version: nda.version,
        hash: nda.hash,
        ipAddress: client.ipAddress,
        userAgent: client.userAgent?.slice(0, 500) ?? null,
      },
    },
    ...quiet,
  })) as AccessRequest
  await appendEvidence(payload, [
    {
      type: 'document.nda-accepted',
      at: now,
      data: {
        request: String(request.id),
        document: { id: String(document.id), title: document.title },
        name: request.name,
        email: request.email,
        company: request.company,
        emailConfirmedAt: now,
        nda: { version: nda.version, hash: nda.hash, title: nda.title },
        ipAddress: client.ipAddress,
        userAgent: client.userAgent?.slice(0, 500) ?? null,
      },
    },
  ])

  if (needsApproval) {
    await queueAccessEmail(payload, { kind: 'approval-needed', request: String(request.id) })
    return { outcome: 'awaiting-approval', document }
  }
  const grant = await grantAccess(payload, accepted, approvedDomain ? 'auto-approved' : 'nda')
  await payload.update({
    collection: 'access-requests',
    id: request.id,
    data: { grant: grant.id },
    ...quiet,
  })
  // this browser has just proved the address: signed in at once (the email has a link too)
  const session = await startSession(payload, request.email, grant.expiresAt)
  return { outcome: 'granted', document, session }
}
