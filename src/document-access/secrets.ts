// The secrets in visitors' links and cookies: random, sent once, stored only as SHA-256 hashes,
// so a copy of the database opens nothing.
import { createHash, randomBytes } from 'node:crypto'

export const newSecret = () => randomBytes(32).toString('base64url')
export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex')

/** A secret as it may arrive from a link or a cookie: refused before any lookup when malformed. */
export const wellFormedSecret = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value)
