import { serverConfig } from '@/config/env'
import { lastQueueRun } from '@/jobs/heartbeat'
import type { ReadinessCheck } from './check'

const inWords = (seconds: number) =>
  seconds < 120 ? `${Math.round(seconds)} seconds` : `${Math.round(seconds / 60)} minutes`

/**
 * The jobs queue (change notices, changes taking effect) was worked recently, by whichever
 * process runs it: the heartbeat is read from the database (src/jobs/heartbeat.ts), so an
 * instance with DISABLE_JOBS_AUTORUN=true reports the worker's health, not its own. A database
 * on which the queue never ran gets JOBS_QUEUE_MAX_AGE_SECONDS from this server's start to see a
 * first run (the queue runs each minute), and fails after that.
 */
export const jobsQueueCheck: ReadinessCheck = {
  name: 'jobs-queue',
  timeoutMs: 2_000,
  timeoutMessage: 'The jobs queue’s last run could not be read within 2 seconds.',
  failureMessage: 'The jobs queue’s last run could not be read from the database.',
  async run({ payload }) {
    const env = serverConfig()
    const maxAge = env.JOBS_QUEUE_MAX_AGE_SECONDS
    const runner = env.DISABLE_JOBS_AUTORUN ? 'the worker' : 'this server'
    const last = await lastQueueRun(await payload())
    if (!last) {
      if (process.uptime() < maxAge)
        return { ok: true, message: `Waiting for the jobs queue’s first run (by ${runner}).` }
      return {
        ok: false,
        message: `The jobs queue has never run on this database. Start the worker (npm run worker) or let one server run it (DISABLE_JOBS_AUTORUN=false).`,
      }
    }
    const age = Math.max(0, (Date.now() - last.getTime()) / 1000)
    if (age <= maxAge) return { ok: true, message: `Last run ${inWords(age)} ago.` }
    return {
      ok: false,
      message: `The jobs queue last ran ${inWords(age)} ago (the limit is ${inWords(maxAge)}): change notices and scheduled changes are waiting. Check ${runner}.`,
    }
  },
}
