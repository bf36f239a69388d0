// The flow's emails after the first: access given, request declined, request to approve, new
// sign-in link. Each is a jobs-queue task (retried when the mail server is down), queued with ids
// only and written when it is sent, so no sign-in secret is ever stored in the queue. The job is
// started at once; if this server stops first, the queue's scheduled run picks it up.
import type { Payload, PayloadRequest, TaskConfig } from 'payload'
import { noticeSettings } from '@/changes/noticeSettings'
import { idOf } from '@/db/documents'
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/i18n/locales'
import type { AccessGrant, AccessRequest, Document } from '@/payload-types'
import { absoluteUrl } from '@/site/url'
import { approvalNeededEmail, deniedEmail, grantedEmail, signInEmail } from './emails'
import { accessSettings } from './settings'
import { issueSignInLink } from './sessions'

// The visitor's emails are in their language: the request's (`locale`, the page they asked on),
// or for a new sign-in link the form's. The approvers' email is for staff, in the source language.
export type AccessEmail =
  | { kind: 'granted'; grant: string; note?: string | null }
  | { kind: 'denied'; request: string }
  | { kind: 'approval-needed'; request: string }
  | { kind: 'sign-in'; email: string; until: string; locale?: Locale }

const languageOf = (value: unknown): Locale => (isLocale(value) ? value : DEFAULT_LOCALE)

const quiet = { overrideAccess: true, depth: 0 } as const

async function compose(payload: Payload, email: AccessEmail) {
  const { companyName, contactEmail } = await noticeSettings(payload)
  const documentOf = async (id: unknown, locale: Locale = DEFAULT_LOCALE) =>
    (await payload.findByID({
      collection: 'documents',
      id: idOf(id)!,
      locale,
      ...quiet,
    })) as Document
  const requestOf = async (id: string) =>
    (await payload.findByID({ collection: 'access-requests', id, ...quiet })) as AccessRequest
  switch (email.kind) {
    case 'granted': {
      const grant = (await payload.findByID({
        collection: 'access-grants',
        id: email.grant,
        ...quiet,
      })) as AccessGrant
      // a grant revoked before its email went out gets no link
      if (grant.revoked) return null
      const request = grant.request ? await requestOf(idOf(grant.request)!) : null
      const locale = languageOf(request?.locale)
      const document = await documentOf(grant.document, locale)
      const link = await issueSignInLink(payload, grant.email, grant.expiresAt, locale)
      return {
        to: grant.email,
        ...grantedEmail(companyName, document.title, link, grant.expiresAt, email.note, locale),
      }
    }
    case 'denied': {
      const request = await requestOf(email.request)
      const locale = languageOf(request.locale)
      const document = await documentOf(request.document, locale)
      return {
        to: request.email,
        ...deniedEmail(companyName, document.title, request.decisionNote, locale),
      }
    }
    case 'approval-needed': {
      const request = await requestOf(email.request)
      const settings = await accessSettings(payload)
      const to = settings.approvalsEmail || contactEmail
      if (!to) return null
      const document = await documentOf(request.document)
      return {
        to,
        ...approvalNeededEmail(
          document.title,
          request,
          absoluteUrl(`/admin/collections/access-requests/${request.id}`),
        ),
      }
    }
    case 'sign-in': {
      const locale = languageOf(email.locale)
      const link = await issueSignInLink(payload, email.email, email.until, locale)
      return { to: email.email, ...signInEmail(companyName, link, locale) }
    }
  }
}

export const sendAccessEmailTask: TaskConfig<{ input: { email: AccessEmail }; output: object }> = {
  slug: 'sendAccessEmail',
  label: 'Email a visitor (or the approvers) about a document request',
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 30_000 } },
  inputSchema: [{ name: 'email', type: 'json', required: true }],
  handler: async ({ input, req }) => {
    const message = await compose(req.payload, input.email)
    if (message) await req.payload.sendEmail(message)
    return { output: {} }
  },
}

/** Queues the email and starts sending it at once. */
export async function queueAccessEmail(payload: Payload, email: AccessEmail, req?: PayloadRequest) {
  const job = await payload.jobs.queue({ task: 'sendAccessEmail', input: { email }, req })
  setImmediate(() => {
    payload.jobs.runByID({ id: job.id, overrideAccess: true }).catch((error: unknown) => {
      payload.logger.error({ err: error, msg: 'Could not send a document-access email at once' })
    })
  })
}
