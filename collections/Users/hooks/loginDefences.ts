// Sign-in defences, on top of Payload's own lock (5 wrong passwords lock an account for 10
// minutes): failed sign-ins are limited per client address and per account in the database
// (src/security/rateLimits.ts), answered 429 with Retry-After; and an unknown email takes as long
// as a known one, so the answer's timing does not tell which addresses have an account.
import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'
import {
  APIError,
  type CollectionAfterLoginHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'
import { clientAddress } from '@/security/clientAddress'
import { consume, RATE_LIMITS, release, tooManyMessage } from '@/security/rateLimits'

const pbkdf2Async = promisify(pbkdf2)

// Payload's current password hash (payload/dist/auth/strategies/local/generatePasswordSaltHash.js
// and authenticate.js): PBKDF2-SHA256, 600,000 iterations, 32 bytes, a 32-byte hex salt.
const HASH = { iterations: 600_000, keyLength: 32, digest: 'sha256' } as const

type LoginArgs = { data?: { email?: unknown; password?: unknown } }
type Counted = { countedLogin?: string[] }

// Sign-ins from server code (the Local API) have no client: neither limit nor delay applies.
const fromClient = (req: PayloadRequest) => req.payloadAPI !== 'local'

const accountOf = (args: LoginArgs) =>
  typeof args.data?.email === 'string' ? args.data.email.toLowerCase().trim() : ''

/**
 * Counts the attempt for the address and for the account; over either limit, 429. A sign-in that
 * succeeds takes its count back (afterLogin below), so only failures use up the limits.
 */
export const limitLoginAttempts: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'login' || !fromClient(req)) return args
  const account = accountOf(args as LoginArgs)
  const counted: string[] = []
  for (const [rule, subject] of [
    [RATE_LIMITS.loginAddress, clientAddress(req.headers)],
    [RATE_LIMITS.loginAccount, account],
  ] as const) {
    const result = await consume(req.payload, rule, subject)
    if (!result.allowed) {
      await Promise.all(counted.map((id) => release(req.payload, id)))
      req.responseHeaders = new Headers({ 'retry-after': String(result.retryAfterSeconds) })
      throw new APIError(tooManyMessage(result.retryAfterSeconds), 429, undefined, true)
    }
    counted.push(result.id)
  }
  ;(req.context as Counted).countedLogin = counted
  return args
}

export const forgiveSuccessfulLogin: CollectionAfterLoginHook = async ({ req }) => {
  const counted = (req.context as Counted).countedLogin ?? []
  await Promise.all(counted.map((id) => release(req.payload, id)))
}

/**
 * Payload hashes the password only when the email has an account; for an unknown email it answers
 * at once. Here an unknown email costs the same hash, then Payload answers 401 as before.
 */
export const hashForUnknownEmail: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'login' || !fromClient(req)) return args
  const email = accountOf(args as LoginArgs)
  const password = (args as LoginArgs).data?.password
  const known =
    email !== '' &&
    (await req.payload.db.findOne({
      collection: 'users',
      req,
      where: { email: { equals: email } },
    }))
  if (!known)
    await pbkdf2Async(
      typeof password === 'string' ? password : '',
      randomBytes(32).toString('hex'),
      HASH.iterations,
      HASH.keyLength,
      HASH.digest,
    )
  return args
}
