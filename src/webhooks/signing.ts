// Signing per the Standard Webhooks specification (https://www.standardwebhooks.com), with its
// reference library, `standardwebhooks`: the receiver recomputes HMAC-SHA256 over
// `${webhook-id}.${webhook-timestamp}.${body}` with the endpoint's secret and compares.
import { randomBytes } from 'node:crypto'
import { Webhook } from 'standardwebhooks'

export const SECRET_PREFIX = 'whsec_'

/** A new endpoint secret: 32 random bytes, base64, with the specification's `whsec_` prefix. */
export const newSecret = () => `${SECRET_PREFIX}${randomBytes(32).toString('base64')}`

export type SignedHeaders = {
  'webhook-id': string
  'webhook-timestamp': string
  'webhook-signature': string
}

/**
 * The three headers of one attempt. Every secret given signs (space-separated `v1,…` values, as
 * the specification allows): during a secret's replacement the old and the new one, so a receiver
 * still holding the old secret keeps verifying until it switches.
 */
export function signedHeaders(
  secrets: string[],
  id: string,
  at: Date,
  body: string,
): SignedHeaders {
  return {
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': secrets.map((secret) => new Webhook(secret).sign(id, at, body)).join(' '),
  }
}
