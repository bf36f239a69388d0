import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { ReadinessCheck } from './check'

/** The database answers a ping through this server's own connection (the one pages use). */
export const databaseCheck: ReadinessCheck = {
  name: 'database',
  timeoutMs: 2_000,
  timeoutMessage: 'The database did not answer within 2 seconds.',
  failureMessage: 'The database could not be reached.',
  async run({ payload }) {
    const db = ((await payload()).db as MongooseAdapter).connection?.db
    if (!db) return { ok: false, message: 'The database connection is not open.' }
    await db.command({ ping: 1 })
    return { ok: true }
  },
}
