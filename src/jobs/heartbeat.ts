// When the jobs queue last ran, kept in the database, so that /api/ready on any instance sees the
// queue's health whichever process works it: the server's own cron (instrumentation.ts), a
// separate worker, or `payload jobs:run`. All of them go through Payload's runJobs with this
// project's jobs config, which asks that config for the order of the jobs to pick up before each
// run (`processingOrder` in ./index.ts): the one hook every run passes, so the beat is written
// there, at the start of the run. A run that hangs (an SMTP server that never answers) stops the
// beats too, since the cron starts no new run while one is in progress.
//
// One document in a collection of its own that no Payload API exposes, like the rate limits.
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { Payload } from 'payload'

export const HEARTBEAT_COLLECTION = 'jobs-heartbeat'
const QUEUE = 'queue'

type Heartbeat = { _id: string; at: Date }

function heartbeats(payload: Payload) {
  const db = (payload.db as MongooseAdapter).connection?.db
  if (!db) throw new Error('The database connection is not open.')
  return db.collection<Heartbeat>(HEARTBEAT_COLLECTION)
}

// A tight loop of runs (a worker polling every second) writes at most one beat per 10 seconds.
const AT_MOST_EVERY_MS = 10_000
let lastBeat = 0

/** Records that the queue is being worked now. Never throws: a run must not fail for it. */
export async function recordQueueRun(payload: Payload, now = new Date()): Promise<void> {
  if (now.getTime() - lastBeat < AT_MOST_EVERY_MS) return
  lastBeat = now.getTime()
  try {
    // $max: a runner whose clock is behind never moves the beat backwards
    await heartbeats(payload).updateOne({ _id: QUEUE }, { $max: { at: now } }, { upsert: true })
  } catch (error) {
    lastBeat = 0
    payload.logger.warn({ err: error, msg: 'Could not record the jobs queue heartbeat' })
  }
}

/** When the queue last ran, by any process, or null if it never has on this database. */
export async function lastQueueRun(payload: Payload): Promise<Date | null> {
  const beat = await heartbeats(payload).findOne({ _id: QUEUE })
  return beat?.at ?? null
}

/** For tests: forget the throttle, so the next run writes. */
export function resetHeartbeatThrottle(): void {
  lastBeat = 0
}
