import { DAY_MS } from '@/utilities/dates'
import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import { noticeSettings } from '@/changes/noticeSettings'
import { appendEvidence } from '@/evidence/ledger'
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '@/i18n/locales'
import { localePath } from '@/i18n/paths'
import { absoluteUrl } from '@/site/url'
import { accountsOfEmail, accountsWithContact } from './accounts'
import { confirmationEmail } from './emails'
import { createToken, readToken, usedLink, type TokenPurpose } from './tokens'

const nonce = () => randomBytes(12).toString('base64url')
const CONFIRM_LINK_DAYS = 7
const LINK_YEARS = 5
const RESEND_AFTER_MS = 10 * 60 * 1000
const quiet = { overrideAccess: true, context: { disableRevalidate: true } } as const

export class SubscriptionInputError extends Error {}

// Payload's own email pattern (payload/dist/fields/validations.js), so an address accepted here is
// never refused by the subscribers collection afterwards (that refusal was a 500). Payload's
// validator needs a request and a collection, so the pattern is repeated; a test compares the two.
export const EMAIL =
  /^(?!.*\.\.)[\w!#$%&'*+/=?^`{|}~-](?:[\w!#$%&'*+/=?^`{|}~.-]*[\w!#$%&'*+/=?^`{|}~-])?@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/i

function normaliseEmail(input: unknown): string {
  const email = typeof input === 'string' ? input.trim().toLowerCase() : ''
  if (!email || email.length > 254 || !EMAIL.test(email)) {
    throw new SubscriptionInputError('Enter a valid email address, like name@example.com.')
  }
  return email
}

/**
 * The language a subscriber chose: the subscribe form's `locale` field (the German form sends
 * `de`), the default language when it is missing or empty. Any other value is refused (400): it is
 * stored, and every later email is written in it.
 */
export function subscriberLocale(input: unknown): Locale {
  if (input === undefined || input === null || input === '') return DEFAULT_LOCALE
  if (isLocale(input)) return input
  const choices = LOCALES.map(({ code, label }) => `${code} (${label})`).join(', ')
  throw new SubscriptionInputError(
    `The language "${String(input).slice(0, 20)}" is not offered. Choose one of: ${choices}.`,
  )
}

export const linkFor = (
  subscriber: string,
  purpose: TokenPurpose,
  linkNonce: string,
  days = LINK_YEARS * 365,
) => createToken({ subscriber, purpose, nonce: linkNonce, expires: Date.now() + days * DAY_MS })

/**
 * Asks for a double opt-in. The request only checks the address and queues the work
 * (`startSubscription`, a jobs-queue task), so it does the same and takes the same time whatever
 * the address's state (new, pending, confirmed, unsubscribed): neither the answer nor its timing
 * tells whether an address is subscribed. The job is started at once, after the answer is on its
 * way; if this server stops first, the queue's scheduled run picks it up.
 */
export async function subscribe(
  payload: Payload,
  rawEmail: unknown,
  rawLocale?: unknown,
): Promise<void> {
  const email = normaliseEmail(rawEmail)
  const locale = subscriberLocale(rawLocale)
  const job = await payload.jobs.queue({ task: 'startSubscription', input: { email, locale } })
  setImmediate(() => {
    payload.jobs.runByID({ id: job.id, overrideAccess: true }).catch((error: unknown) => {
      payload.logger.error({ err: error, msg: 'Could not start a subscription job at once' })
    })
  })
}

/**
 * The job behind `subscribe`. Only a new or returning address, or a pending one whose last link is
 * over 10 minutes old, gets a confirmation email, in the language asked for, which the record
 * keeps; a confirmed address gets nothing, and keeps its language (whoever knows an address cannot
 * change the language its notices come in).
 */
export async function startSubscription(
  payload: Payload,
  rawEmail: unknown,
  rawLocale?: unknown,
): Promise<void> {
  const email = normaliseEmail(rawEmail)
  const locale = subscriberLocale(rawLocale)
  const { docs } = await payload.find({
    collection: 'subscribers',
    where: { email: { equals: email } },
    limit: 1,
    ...quiet,
  })
  const existing = docs[0]
  if (existing?.status === 'confirmed') return
  if (
    existing?.status === 'pending' &&
    existing.confirmationSentAt &&
    Date.now() - Date.parse(existing.confirmationSentAt) < RESEND_AFTER_MS
  )
    return

  const confirmNonce = nonce()
  const data = {
    status: 'pending' as const,
    locale,
    confirmNonce,
    confirmationSentAt: new Date().toISOString(),
  }
  const subscriber = existing
    ? await payload.update({ collection: 'subscribers', id: existing.id, data, ...quiet })
    : await payload.create({ collection: 'subscribers', data: { email, ...data }, ...quiet })

  const token = linkFor(String(subscriber.id), 'confirm', confirmNonce, CONFIRM_LINK_DAYS)
  const settings = await noticeSettings(payload)
  const message = confirmationEmail(
    settings,
    absoluteUrl(localePath(locale, `/subscribe/confirm?token=${encodeURIComponent(token)}`)),
    locale,
  )
  await payload.sendEmail({ to: email, ...message })
}

async function subscriberFor(
  payload: Payload,
  token: unknown,
  purpose: TokenPurpose,
  field: 'confirmNonce' | 'linkNonce',
) {
  const claims = readToken(token, purpose)
  const subscriber = await payload.findByID({
    collection: 'subscribers',
    id: claims.subscriber,
    showHiddenFields: true,
    disableErrors: true,
    ...quiet,
  })
  if (!subscriber || !subscriber[field] || subscriber[field] !== claims.nonce) throw usedLink()
  return subscriber
}

export async function confirm(payload: Payload, token: unknown) {
  const subscriber = await subscriberFor(payload, token, 'confirm', 'confirmNonce')
  if (subscriber.status !== 'pending') throw usedLink()
  const at = new Date().toISOString()
  await payload.update({
    collection: 'subscribers',
    id: subscriber.id,
    // a customer's notice contact keeps the links of the notices already sent
    data: {
      status: 'confirmed',
      confirmedAt: at,
      confirmNonce: null,
      linkNonce: subscriber.linkNonce ?? nonce(),
    },
    ...quiet,
  })
  await appendEvidence(payload, [
    {
      type: 'subscriber.confirmed',
      at,
      subscriber: String(subscriber.id),
      data: {
        email: subscriber.email,
        confirmedAt: at,
        language: subscriber.locale ?? DEFAULT_LOCALE,
      },
    },
  ])
}

export async function unsubscribe(payload: Payload, token: unknown) {
  const subscriber = await subscriberFor(payload, token, 'unsubscribe', 'linkNonce')
  if (subscriber.status !== 'confirmed') throw usedLink()
  const at = new Date().toISOString()
  // a customer's notice contact still gets that customer's notices: their objection links must
  // keep working (the unsubscribe link stops anyway: it needs a confirmed subscription)
  const contact = (await accountsWithContact(payload, subscriber.email)).length > 0
  await payload.update({
    collection: 'subscribers',
    id: subscriber.id,
    data: { status: 'unsubscribed', unsubscribedAt: at, ...(!contact && { linkNonce: null }) },
    ...quiet,
  })
  await appendEvidence(payload, [
    {
      type: 'subscriber.unsubscribed',
      at,
      subscriber: String(subscriber.id),
      data: { email: subscriber.email, unsubscribedAt: at },
    },
  ])
}

type ObjectionResult = { recorded: boolean; at: string }

/** Records an objection once per change and subscriber; a second visit reports the first one. */
export async function object(
  payload: Payload,
  token: unknown,
  changeId: string,
  comment: unknown,
): Promise<ObjectionResult> {
  const subscriber = await subscriberFor(payload, token, `object-${changeId}`, 'linkNonce')
  const key = `${changeId}:${subscriber.id}`
  const { docs } = await payload.find({
    collection: 'objections',
    where: { key: { equals: key } },
    limit: 1,
    ...quiet,
  })
  if (docs[0]) return { recorded: false, at: docs[0].createdAt }
  const text = typeof comment === 'string' ? comment.trim().slice(0, 5000) : ''
  const { accounts, by } = await accountsOfEmail(payload, subscriber.email)
  const doc = await payload.create({
    collection: 'objections',
    data: {
      key,
      change: changeId,
      subscriber: subscriber.id,
      email: subscriber.email,
      accounts: accounts.map((account) => account.id),
      accountsBy: accounts.length ? by : undefined,
      comment: text || undefined,
    },
    ...quiet,
  })
  await appendEvidence(payload, [
    {
      type: 'objection.recorded',
      at: doc.createdAt,
      change: changeId,
      subscriber: String(subscriber.id),
      data: {
        objection: String(doc.id),
        email: subscriber.email,
        accounts: accounts.map((account) => String(account.id)),
        comment: text || null,
        recordedAt: doc.createdAt,
      },
    },
  ])
  return { recorded: true, at: doc.createdAt }
}
