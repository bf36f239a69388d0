// An endpoint's signing secret: made by the server (./signing.ts), stored in a field no API
// returns (hidden, no read access: not in REST, GraphQL or the admin's form), and handed only to
// an admin who asks for it, by its own request. Replacing it keeps the old one signing beside the
// new for PREVIOUS_SECRET_GRACE_MS, so receivers can switch without missing a delivery.
import mongoose from 'mongoose'
import type { Payload } from 'payload'
import { ENDPOINTS } from './deliveries'
import { newSecret } from './signing'
import { PREVIOUS_SECRET_GRACE_MS } from './vocabulary'

type Stored = {
  secret?: string | null
  previousSecret?: string | null
  previousSecretUntil?: Date | null
}

const endpoints = (payload: Payload) => payload.db.collections[ENDPOINTS]!

const stillSigning = (doc: Stored, now = Date.now()) =>
  doc.previousSecret && doc.previousSecretUntil && new Date(doc.previousSecretUntil).getTime() > now
    ? new Date(doc.previousSecretUntil).toISOString()
    : null

/** The endpoint's secret (and until when its previous one still signs), or null: no such endpoint. */
export async function readSecret(payload: Payload, id: string) {
  if (!mongoose.isObjectIdOrHexString(id)) return null
  const doc = await endpoints(payload)
    .findById(id, { secret: 1, previousSecret: 1, previousSecretUntil: 1 })
    .lean<Stored>()
  if (!doc) return null
  return { secret: doc.secret ?? null, previousSecretSignsUntil: stillSigning(doc) }
}

/** A new secret for the endpoint; the one it replaces keeps signing for a while. */
export async function replaceSecret(payload: Payload, id: string) {
  const current = await readSecret(payload, id)
  if (!current) return null
  const now = new Date()
  const secret = newSecret()
  const previousSecretUntil = current.secret
    ? new Date(now.getTime() + PREVIOUS_SECRET_GRACE_MS)
    : null
  await endpoints(payload).collection.updateOne(
    { _id: new mongoose.Types.ObjectId(id) },
    {
      $set: {
        secret,
        previousSecret: current.secret,
        previousSecretUntil,
        secretCreatedAt: now,
        updatedAt: now,
      },
    },
  )
  return { secret, previousSecretSignsUntil: previousSecretUntil?.toISOString() ?? null }
}
