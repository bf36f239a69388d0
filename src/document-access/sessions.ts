// Visitors' passwordless sessions, for the trust center only (separate from staff accounts).
// A grant emails a one-time sign-in link; opening it and pressing "Sign in" (a POST: mail
// scanners open links) exchanges it for a cookie. Both secrets are stored hashed. A session
// proves an address; what it may download is decided on each request by the address's live
// grants (grants.ts), so a revoked or expired grant stops working at once.
import type { Payload } from 'payload'
import { DEFAULT_LOCALE, type Locale } from '@/i18n/locales'
import { localePath } from '@/i18n/paths'
import { DAY_MS } from '@/utilities/dates'
import { absoluteUrl } from '@/site/url'
import { AccessFlowError } from './errors'
import { hashSecret, newSecret, wellFormedSecret } from './secrets'

export const VISITOR_COOKIE = 'tc_visitor'
const LINK_HOURS = 24
const quiet = { overrideAccess: true, depth: 0 } as const

/** The session cookie's value sent with a request, if any. */
export function sessionCookieOf(request: Request): string | null {
  for (const part of (request.headers.get('cookie') ?? '').split(/;\s*/)) {
    const at = part.indexOf('=')
    if (at > 0 && part.slice(0, at) === VISITOR_COOKIE) return part.slice(at + 1)
  }
  return null
}

export type VisitorSession = { id: string; email: string; expiresAt: string }

/**
 * A new one-time sign-in link for an address, valid for 24 hours, with a session until `until`;
 * to the sign-in page in `locale`.
 */
export async function issueSignInLink(
  payload: Payload,
  email: string,
  until: string,
  locale: Locale = DEFAULT_LOCALE,
) {
  const link = newSecret()
  await payload.create({
    collection: 'visitor-sessions',
    data: {
      email,
      linkHash: hashSecret(link),
      linkExpiresAt: new Date(Date.now() + LINK_HOURS * 3600_000).toISOString(),
      expiresAt: until,
    },
    ...quiet,
  })
  return absoluteUrl(localePath(locale, `/access/sign-in?token=${link}`))
}

/** Starts a session at once, for a visitor who has just proved their address in this browser. */
export async function startSession(payload: Payload, email: string, until: string) {
  const secret = newSecret()
  await payload.create({
    collection: 'visitor-sessions',
    data: { email, sessionHash: hashSecret(secret), expiresAt: until },
    ...quiet,
  })
  return { secret, expiresAt: until }
}

/** Exchanges a sign-in link for a session: once only, within its 24 hours. */
export async function redeemSignInLink(payload: Payload, token: unknown) {
  const invalid = new AccessFlowError(
    'This sign-in link is not valid. Open it straight from the email, or ask for a new one.',
    400,
    'invalid-link',
  )
  if (!wellFormedSecret(token)) throw invalid
  const { docs } = await payload.find({
    collection: 'visitor-sessions',
    where: { linkHash: { equals: hashSecret(token) } },
    limit: 1,
    ...quiet,
  })
  const session = docs[0]
  if (!session) throw invalid
  const now = Date.now()
  if (session.linkUsedAt || Date.parse(session.linkExpiresAt ?? '') < now)
    throw new AccessFlowError(
      'This sign-in link has been used or has expired. Ask for a new one below.',
      410,
      'used-link',
    )
  if (Date.parse(session.expiresAt) < now)
    throw new AccessFlowError('Your access has ended. Request the document again.', 410, 'ended')
  const secret = newSecret()
  await payload.update({
    collection: 'visitor-sessions',
    id: session.id,
    data: { linkUsedAt: new Date(now).toISOString(), sessionHash: hashSecret(secret) },
    ...quiet,
  })
  return { email: session.email, secret, expiresAt: session.expiresAt }
}

/** The visitor behind a session cookie, or null (no cookie, unknown, expired or signed out). */
export async function visitorSession(
  payload: Payload,
  cookie: string | undefined | null,
): Promise<VisitorSession | null> {
  if (!wellFormedSecret(cookie)) return null
  const { docs } = await payload.find({
    collection: 'visitor-sessions',
    where: {
      and: [
        { sessionHash: { equals: hashSecret(cookie) } },
        { expiresAt: { greater_than: new Date().toISOString() } },
        { signedOutAt: { exists: false } },
      ],
    },
    limit: 1,
    ...quiet,
  })
  const session = docs[0]
  return session
    ? { id: String(session.id), email: session.email, expiresAt: session.expiresAt }
    : null
}

export async function signOut(payload: Payload, cookie: string | undefined | null) {
  const session = await visitorSession(payload, cookie)
  if (session)
    await payload.update({
      collection: 'visitor-sessions',
      id: session.id,
      data: { signedOutAt: new Date().toISOString() },
      ...quiet,
    })
}

export const sessionDays = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString()

/** The cookie: HttpOnly, SameSite=Lax, Secure on https, and no longer than the session. */
export function sessionCookie(secret: string, expiresAt: string, secure: boolean) {
  return [
    `${VISITOR_COOKIE}=${secret}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Expires=${new Date(expiresAt).toUTCString()}`,
    ...(secure ? ['Secure'] : []),
  ].join('; ')
}

export const clearedSessionCookie = (secure: boolean) =>
  [
    `${VISITOR_COOKIE}=`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    'Max-Age=0',
    ...(secure ? ['Secure'] : []),
  ].join('; ')
