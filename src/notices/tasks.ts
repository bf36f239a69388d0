import { serverConfig } from '@/config/env'
import { randomUUID } from 'node:crypto'
import mongoose from 'mongoose'
import type { Payload, TaskConfig } from 'payload'
import { applyDueChanges } from '@/changes/apply'
import { noticeSettings } from '@/changes/noticeSettings'
import { appendEvidence, type EvidenceEvent } from '@/evidence/ledger'
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/i18n/locales'
import { shutdownRequested } from '@/jobs/shutdown'
import { absoluteUrl } from '@/site/url'
import { affectedAccounts, changeAudience, contactEmail, contactSubscribers } from './accounts'
import { noticeChangeOf, noticeMessage } from './message'
import { linkFor, startSubscription } from './subscriptions'

const quiet = { overrideAccess: true, depth: 0, context: { disableRevalidate: true } } as const
const CONCURRENCY = 16
const CHUNK = 200

type Subscriber = {
  id: string
  email: string
  linkNonce?: string | null
  /** subscribed on the website (confirmed): gets every notice, with an unsubscribe link */
  subscribed: boolean
  /** the affected customer accounts whose notice contact this person is */
  accounts: Array<{ id: string; organisation: string }>
  /** the language of their email (`languageOf`) */
  locale: Locale
}
type Outcome = {
  subscriber: Subscriber
  messageId: string
  attempt: number
  error?: string
  smtpResponse: string | null
  at: Date
}

const NO_SMTP =
  'No SMTP server is configured, so the email was not sent. Set SMTP_HOST (see .env.example).'

type Addresses = Array<string | { address?: string }> | undefined
const addresses = (list: Addresses) =>
  (Array.isArray(list) ? list : []).map((a) =>
    String(typeof a === 'string' ? a : a?.address).toLowerCase(),
  )

/**
 * Whether the SMTP server accepted an email for `to`, from what Payload's email adapter returned
 * (nodemailer's `info`: accepted, rejected, response). Payload's console fallback, used when no
 * adapter is configured, returns nothing: that is never a delivery.
 */
export function smtpAcceptance(
  info: unknown,
  to: string,
): { smtpResponse: string | null; error?: string } {
  const reply = info as { accepted?: Addresses; rejected?: Addresses; response?: unknown } | null
  if (!reply || typeof reply !== 'object' || !Array.isArray(reply.accepted))
    return { smtpResponse: null, error: NO_SMTP }
  const smtpResponse = typeof reply.response === 'string' ? reply.response.slice(0, 1000) : null
  if (addresses(reply.accepted).includes(to.toLowerCase())) return { smtpResponse }
  return {
    smtpResponse,
    error: `The mail server did not accept the email for ${to}${smtpResponse ? `: ${smtpResponse}` : ''}.`,
  }
}

/**
 * Emails one announced change to every confirmed subscriber and to the notice contacts of the
 * customer accounts it concerns (`recipientsOf`), once each, through Payload's email adapter.
 * Before an email leaves, its (change, subscriber) pair is claimed in `notice-claims`,
 * whose unique key admits one claim per pair: a second run, a retry or a parallel run can never
 * email anyone twice. Every attempt is then appended to `notice-deliveries` (when, to whom,
 * Message-ID, outcome, the SMTP server's reply) as proof of notice, and to the evidence ledger,
 * one batch per chunk. An email counts as sent only when the server accepted its recipient. A
 * pair whose last attempt failed is retried when the task runs again, under a claim of its own
 * per attempt, so two runs retrying at once send it once. A pair claimed but with no recorded
 * outcome (the process died mid-send) is left alone rather than risk a second email. A worker that
 * is stopping ends the run between batches (`interrupted`); its task queues the rest. Both collections are only ever inserted into, in
 * batches, with the database model: per-email Payload creates and updates cost several round
 * trips each and capped delivery at a few emails a second on the embedded database.
 */
export async function sendChangeNotices(payload: Payload, changeId: string) {
  const change = await payload.findByID({
    collection: 'changes',
    id: changeId,
    ...quiet,
    depth: 1,
    select: { deliveries: false, objections: false },
  })
  if (change.status === 'draft' || change.status === 'cancelled')
    return { sent: 0, failed: 0, skipped: 0, interrupted: false }
  const settings = await noticeSettings(payload)
  const subprocessor = change.subprocessor as { name?: string } | string
  const subprocessorName = typeof subprocessor === 'object' ? String(subprocessor.name) : ''
  const { 'notice-claims': Claims, 'notice-deliveries': Deliveries } = payload.db.collections
  const changeOid = new mongoose.Types.ObjectId(changeId)
  const host = new URL(absoluteUrl('/')).hostname

  const notice = noticeChangeOf(change)

  const messageFor = (subscriber: Subscriber) => {
    const linkNonce = subscriber.linkNonce ?? ''
    const { unsubscribeUrl, ...message } = noticeMessage(
      notice,
      settings,
      subprocessorName,
      {
        objectToken: linkFor(subscriber.id, `object-${changeId}`, linkNonce),
        unsubscribeToken: subscriber.subscribed
          ? linkFor(subscriber.id, 'unsubscribe', linkNonce)
          : null,
        contactOf: subscriber.accounts.map((account) => account.organisation),
      },
      subscriber.locale,
    )
    const headers = {
      ...(unsubscribeUrl && {
        'List-Unsubscribe': `<${unsubscribeUrl}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      }),
      'List-Id': `Subprocessor notices <notices.${host}>`,
    }
    return { to: subscriber.email, ...message, headers }
  }

  // What earlier runs did for this change: claims, and the last attempt of each pair.
  const claimedBefore = new Set(
    (await Claims.find({ change: changeOid }, { subscriber: 1 }).lean()).map((c) =>
      String(c.subscriber),
    ),
  )
  const lastAttempt = new Map<string, { status: string; attempt: number }>()
  for (const d of await Deliveries.find(
    { change: changeOid },
    { subscriber: 1, status: 1, attempt: 1 },
  )
    .sort({ attempt: 1 })
    .lean()) {
    lastAttempt.set(String(d.subscriber), {
      status: String(d.status),
      attempt: Number(d.attempt ?? 1),
    })
  }
  const subscribers = await recipientsOf(payload, change)
  let sent = 0
  let failed = 0
  let skipped = 0
  let interrupted = false
  for (let i = 0; i < subscribers.length; i += CHUNK) {
    if (i > 0 && shutdownRequested()) {
      interrupted = true
      break
    }
    const chunk = subscribers.slice(i, i + CHUNK)
    const retries = chunk.filter(
      (s) => claimedBefore.has(s.id) && lastAttempt.get(s.id)?.status === 'failed',
    )
    const fresh = chunk.filter((s) => !claimedBefore.has(s.id))
    const claimed = await claim(Claims, changeOid, [
      ...fresh.map((subscriber) => ({ subscriber })),
      // a retry is claimed per attempt: another run retrying the same pair now loses
      ...retries.map((subscriber) => ({
        subscriber,
        attempt: (lastAttempt.get(subscriber.id)?.attempt ?? 0) + 1,
      })),
    ])
    const queue = [...retries, ...fresh].filter((s) => claimed.has(s.id))
    skipped += chunk.length - queue.length
    const outcomes: Outcome[] = []
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let subscriber = queue.shift(); subscriber; subscriber = queue.shift()) {
          const messageId = `<${randomUUID()}@${host}>`
          const attempt = (lastAttempt.get(subscriber.id)?.attempt ?? 0) + 1
          try {
            const info = await payload.sendEmail({ ...messageFor(subscriber), messageId })
            const acceptance = smtpAcceptance(info, subscriber.email)
            outcomes.push({ subscriber, messageId, attempt, at: new Date(), ...acceptance })
          } catch (error) {
            // nodemailer's error carries the server's reply when the server refused the email
            const response = (error as { response?: unknown }).response
            outcomes.push({
              subscriber,
              messageId,
              attempt,
              at: new Date(),
              error: String((error as Error).message).slice(0, 1000),
              smtpResponse: typeof response === 'string' ? response.slice(0, 1000) : null,
            })
          }
        }
      }),
    )
    if (outcomes.length) {
      await Deliveries.collection.insertMany(
        outcomes.map((o) => ({
          change: changeOid,
          subscriber: new mongoose.Types.ObjectId(o.subscriber.id),
          email: o.subscriber.email,
          accounts: o.subscriber.accounts.map(({ id }) => new mongoose.Types.ObjectId(id)),
          language: o.subscriber.locale,
          status: o.error ? 'failed' : 'sent',
          attempt: o.attempt,
          sentAt: o.at,
          messageId: o.messageId,
          smtpResponse: o.smtpResponse,
          error: o.error ?? null,
          createdAt: o.at,
          updatedAt: o.at,
        })),
      )
      await appendEvidence(
        payload,
        outcomes.map((o) => deliveryEvidence(changeId, o)),
      )
    }
    failed += outcomes.filter((o) => o.error).length
    sent += outcomes.length - outcomes.filter((o) => o.error).length
  }
  // an interrupted run's successor retries the failures too
  if (failed && !interrupted)
    throw new Error(`${failed} notice(s) for change ${changeId} failed; they will be retried`)
  return { sent, failed, skipped, interrupted }
}

const languageOf = (value: unknown): Locale => (isLocale(value) ? value : DEFAULT_LOCALE)

/**
 * Who is emailed about a change, once each: every confirmed subscriber (as before customer
 * accounts existed), and the notice contacts of every active account the change concerns
 * (src/notices/accounts.ts), merged by address, ordered by subscriber id. Each in their language:
 * a subscriber's own choice, a notice contact's the one staff chose on the account (the first
 * affected account listing them, by name), which wins over the person's own choice on the
 * website: the email is addressed to them as the customer's contact. A record without a
 * language (made before notices had languages) reads as the default language.
 */
async function recipientsOf(payload: Payload, change: Parameters<typeof changeAudience>[1]) {
  const { subscribers: Subscribers } = payload.db.collections
  const recipients = new Map<string, Subscriber>()
  for (const d of await Subscribers.find(
    { status: 'confirmed' },
    { email: 1, linkNonce: 1, locale: 1 },
  )
    .sort({ _id: 1 })
    .lean()) {
    recipients.set(String(d._id), {
      id: String(d._id),
      email: String(d.email),
      linkNonce: d.linkNonce as string | undefined,
      subscribed: true,
      accounts: [],
      locale: languageOf(d.locale),
    })
  }
  const accounts = await affectedAccounts(payload, await changeAudience(payload, change))
  const accountsOf = new Map<string, Subscriber['accounts']>()
  const contactLanguage = new Map<string, Locale>()
  for (const account of accounts) {
    for (const email of account.contactEmails ?? []) {
      const list = accountsOf.get(email) ?? []
      list.push({ id: String(account.id), organisation: account.organisation })
      accountsOf.set(email, list)
    }
    for (const contact of account.noticeContacts ?? []) {
      const email = contactEmail(contact)
      if (!contactLanguage.has(email)) contactLanguage.set(email, languageOf(contact.locale))
    }
  }
  for (const contact of (await contactSubscribers(payload, [...accountsOf.keys()])).values()) {
    const recipient = recipients.get(contact.id) ?? {
      ...contact,
      subscribed: false,
      accounts: [],
      locale: DEFAULT_LOCALE,
    }
    recipient.accounts = accountsOf.get(contact.email) ?? []
    recipient.locale = contactLanguage.get(contact.email) ?? recipient.locale
    recipients.set(contact.id, recipient)
  }
  return [...recipients.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

const deliveryEvidence = (change: string, o: Outcome): EvidenceEvent => ({
  type: 'notice.delivery',
  at: o.at,
  change,
  subscriber: o.subscriber.id,
  data: {
    email: o.subscriber.email,
    accounts: o.subscriber.accounts.map(({ id }) => id),
    language: o.subscriber.locale,
    attempt: o.attempt,
    outcome: o.error ? 'failed' : 'sent',
    messageId: o.messageId,
    smtpResponse: o.smtpResponse,
    error: o.error ?? null,
  },
})

/**
 * Inserts one claim per subscriber (its first email), or per retry (`attempt`); returns those this
 * insert won (a parallel run may win others).
 */
async function claim(
  Claims: Payload['db']['collections'][string],
  change: mongoose.Types.ObjectId,
  wanted: Array<{ subscriber: Subscriber; attempt?: number }>,
) {
  if (!wanted.length) return new Set<string>()
  const now = new Date()
  const docs = wanted.map(({ subscriber: s, attempt }) => ({
    _id: new mongoose.Types.ObjectId(),
    key: attempt ? `${change}:${s.id}#${attempt}` : `${change}:${s.id}`,
    change,
    subscriber: new mongoose.Types.ObjectId(s.id),
    createdAt: now,
    updatedAt: now,
  }))
  let won = docs
  try {
    await Claims.collection.insertMany(docs, { ordered: false })
  } catch (error) {
    const inserted = new Set(
      Object.values((error as { insertedIds?: Record<string, unknown> }).insertedIds ?? {}).map(
        String,
      ),
    )
    won = docs.filter((d) => inserted.has(String(d._id)))
  }
  return new Set(won.map((d) => String(d.subscriber)))
}

export const sendChangeNoticesTask: TaskConfig<{
  input: { change: string }
  output: { sent: number; skipped: number }
}> = {
  slug: 'sendChangeNotices',
  label: 'Email a change notice to subscribers',
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 30_000 } },
  inputSchema: [{ name: 'change', type: 'text', required: true }],
  outputSchema: [
    { name: 'sent', type: 'number' },
    { name: 'skipped', type: 'number' },
  ],
  handler: async ({ input, req }) => {
    const { sent, skipped, interrupted } = await sendChangeNotices(req.payload, input.change)
    // the worker is stopping: the rest (and any retries) is a new job for whichever runner is next
    if (interrupted)
      await req.payload.jobs.queue({ task: 'sendChangeNotices', input: { change: input.change } })
    return { output: { sent, skipped } }
  },
}

export const applyDueChangesTask: TaskConfig<{ input: object; output: { applied: number } }> = {
  slug: 'applyDueChanges',
  label: 'Put announced changes into effect on their date',
  retries: 2,
  schedule: [{ cron: serverConfig().JOBS_AUTORUN_CRON, queue: 'default' }],
  handler: async ({ req }) => ({
    output: { applied: (await applyDueChanges(req.payload)).length },
  }),
}

export const startSubscriptionTask: TaskConfig<{
  input: { email: string; locale?: string | null }
  output: object
}> = {
  slug: 'startSubscription',
  label: 'Email a confirmation link to a new subscriber',
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 30_000 } },
  // `locale`: the language asked for (a job queued before languages has none: the default)
  inputSchema: [
    { name: 'email', type: 'email', required: true },
    { name: 'locale', type: 'text' },
  ],
  handler: async ({ input, req }) => {
    await startSubscription(req.payload, input.email, input.locale)
    return { output: {} }
  },
}
