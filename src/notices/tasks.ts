import { randomUUID } from 'node:crypto'
import mongoose from 'mongoose'
import type { Payload, TaskConfig } from 'payload'
import { applyDueChanges } from '@/changes/apply'
import type { FieldChange } from '@/changes/fields'
import { noticeSettings } from '@/changes/noticeSettings'
import { absoluteUrl } from '@/site/url'
import { noticeMessage, type NoticeChange } from './message'
import { linkFor } from './subscriptions'

const quiet = { overrideAccess: true, depth: 0, context: { disableRevalidate: true } } as const
const CONCURRENCY = 16
const CHUNK = 200

type Subscriber = { id: string; email: string; linkNonce?: string | null }
type Outcome = {
  subscriber: Subscriber
  messageId: string
  attempt: number
  error?: string
  at: Date
}

/**
 * Emails one announced change to every confirmed subscriber, once each, through Payload's email
 * adapter. Before an email leaves, its (change, subscriber) pair is claimed in `notice-claims`,
 * whose unique key admits one claim per pair: a second run, a retry or a parallel run can never
 * email anyone twice. Every attempt is then appended to `notice-deliveries` (when, to whom,
 * Message-ID, outcome) as proof of notice; a pair whose last attempt failed is retried when the
 * task runs again. A pair claimed but with no recorded outcome (the process died mid-send) is
 * left alone rather than risk a second email. Both collections are only ever inserted into, in
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
    return { sent: 0, failed: 0, skipped: 0 }
  const settings = await noticeSettings(payload)
  const subprocessor = change.subprocessor as { name?: string } | string
  const subprocessorName = typeof subprocessor === 'object' ? String(subprocessor.name) : ''
  const {
    'notice-claims': Claims,
    'notice-deliveries': Deliveries,
    subscribers: Subscribers,
  } = payload.db.collections
  const changeOid = new mongoose.Types.ObjectId(changeId)
  const host = new URL(absoluteUrl('/')).hostname

  const notice: NoticeChange = {
    title: String(change.title),
    kind: String(change.kind),
    slug: String(change.slug),
    effectiveDate: String(change.effectiveDate),
    reason: String(change.reason),
    urgentReason: change.urgentReason,
    fieldChanges: (change.fieldChanges ?? []) as FieldChange[],
  }

  const messageFor = (subscriber: Subscriber) => {
    const linkNonce = subscriber.linkNonce ?? ''
    const { unsubscribeUrl, ...message } = noticeMessage(notice, settings, subprocessorName, {
      objectToken: linkFor(subscriber.id, `object-${changeId}`, linkNonce),
      unsubscribeToken: linkFor(subscriber.id, 'unsubscribe', linkNonce),
    })
    const headers = {
      'List-Unsubscribe': `<${unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
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
  const subscribers: Subscriber[] = (
    await Subscribers.find({ status: 'confirmed' }, { email: 1, linkNonce: 1 })
      .sort({ _id: 1 })
      .lean()
  ).map((d) => ({
    id: String(d._id),
    email: String(d.email),
    linkNonce: d.linkNonce as string | undefined,
  }))

  let sent = 0
  let failed = 0
  let skipped = 0
  for (let i = 0; i < subscribers.length; i += CHUNK) {
    const chunk = subscribers.slice(i, i + CHUNK)
    const retries = chunk.filter(
      (s) => claimedBefore.has(s.id) && lastAttempt.get(s.id)?.status === 'failed',
    )
    const fresh = chunk.filter((s) => !claimedBefore.has(s.id))
    const claimed = await claim(Claims, changeOid, fresh)
    const queue = [...retries, ...fresh.filter((s) => claimed.has(s.id))]
    skipped += chunk.length - queue.length
    const outcomes: Outcome[] = []
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let subscriber = queue.shift(); subscriber; subscriber = queue.shift()) {
          const messageId = `<${randomUUID()}@${host}>`
          const attempt = (lastAttempt.get(subscriber.id)?.attempt ?? 0) + 1
          try {
            await payload.sendEmail({ ...messageFor(subscriber), messageId })
            outcomes.push({ subscriber, messageId, attempt, at: new Date() })
          } catch (error) {
            outcomes.push({
              subscriber,
              messageId,
              attempt,
              at: new Date(),
              error: (error as Error).message.slice(0, 1000),
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
          status: o.error ? 'failed' : 'sent',
          attempt: o.attempt,
          sentAt: o.at,
          messageId: o.messageId,
          error: o.error ?? null,
          createdAt: o.at,
          updatedAt: o.at,
        })),
      )
    }
    failed += outcomes.filter((o) => o.error).length
    sent += outcomes.length - outcomes.filter((o) => o.error).length
  }
  if (failed)
    throw new Error(`${failed} notice(s) for change ${changeId} failed; they will be retried`)
  return { sent, failed, skipped }
}

/** Inserts one claim per subscriber; returns those this insert won (a parallel run may win others). */
async function claim(
  Claims: Payload['db']['collections'][string],
  change: mongoose.Types.ObjectId,
  subscribers: Subscriber[],
) {
  if (!subscribers.length) return new Set<string>()
  const now = new Date()
  const docs = subscribers.map((s) => ({
    _id: new mongoose.Types.ObjectId(),
    key: `${change}:${s.id}`,
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
    const { sent, skipped } = await sendChangeNotices(req.payload, input.change)
    return { output: { sent, skipped } }
  },
}

export const applyDueChangesTask: TaskConfig<{ input: object; output: { applied: number } }> = {
  slug: 'applyDueChanges',
  label: 'Put announced changes into effect on their date',
  retries: 2,
  schedule: [{ cron: '* * * * *', queue: 'default' }],
  handler: async ({ req }) => ({
    output: { applied: (await applyDueChanges(req.payload)).length },
  }),
}
