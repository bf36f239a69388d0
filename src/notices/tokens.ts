import { createHmac, timingSafeEqual } from 'node:crypto'
import { serverConfig } from '@/config/env'

// Links in emails carry a signed token: `<subscriber>.<purpose>.<nonce>.<expiry>.<signature>`.
// The signature stops forgery; the nonce, stored on the subscriber and changed once a link has
// done its job, stops replay; the expiry bounds how long a confirmation link lives.
export type TokenPurpose = 'confirm' | 'unsubscribe' | `object-${string}`

type TokenClaims = { subscriber: string; purpose: TokenPurpose; nonce: string; expires: number }

export class TokenError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 410,
  ) {
    super(message)
  }
}

const key = () => {
  const secret = serverConfig().PAYLOAD_SECRET
  if (!secret) throw new Error('PAYLOAD_SECRET is not set')
  return createHmac('sha256', secret).update('subscription-links').digest()
}

const sign = (body: string) => createHmac('sha256', key()).update(body).digest('base64url')

export function createToken({ subscriber, purpose, nonce, expires }: TokenClaims): string {
  const body = [subscriber, purpose, nonce, String(expires)].join('.')
  return `${body}.${sign(body)}`
}

/** Checks the signature and expiry. The caller still compares the nonce with the stored one. */
export function readToken(token: unknown, purpose: TokenPurpose, now = Date.now()): TokenClaims {
  const forged = new TokenError(
    'This link is not valid. Open it straight from the email, or copy the whole address.',
    400,
  )
  if (typeof token !== 'string' || token.length > 400) throw forged
  const parts = token.split('.')
  if (parts.length !== 5) throw forged
  const [subscriber, tokenPurpose, nonce, expires, signature] = parts
  const expected = Buffer.from(sign(parts.slice(0, 4).join('.')))
  const given = Buffer.from(signature)
  if (
    given.length !== expected.length ||
    !timingSafeEqual(given, expected) ||
    tokenPurpose !== purpose
  )
    throw forged
  if (Number(expires) < now)
    throw new TokenError('This link has expired. Subscribe again to get a new one.', 410)
  return { subscriber, purpose, nonce, expires: Number(expires) }
}

export const usedLink = () =>
  new TokenError('This link has already been used or is no longer valid.', 410)
