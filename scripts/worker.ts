// `npm run worker`: the jobs queue (change notices, changes taking effect on their date, sign-up
// confirmations) in a process of its own, so that the app instances only serve requests
// (DISABLE_JOBS_AUTORUN=true on each). It runs the queue exactly as a server does: Payload's own
// cron (the `autoRun` and schedules of src/jobs/index.ts, `shouldAutoRun` included), once at start
// and then each minute. Started through scripts/with-db.mjs (the embedded database and Mailpit
// locally; DATABASE_URI and SMTP_HOST in production), or directly with
// `node --conditions=production --import tsx/esm scripts/worker.ts` and the app's environment.
//
// Several workers may run at once: each job is claimed by one of them (src/db/claims.ts), each
// notice by one run (src/notices/tasks.ts), each change applied once (src/changes/apply.ts).
// Changes that take effect here expire every instance's cache through Redis (REDIS_URL,
// src/cache/redisTags.mjs) and then purge the edge; a production worker needs REDIS_URL.
//
// SIGTERM or SIGINT: no new job is started; a notice run stops after its current batch and queues
// the rest as a new job; the worker exits once its jobs are done. Anything still running after
// GRACE_MS is released (processing: false, its tries untouched) for another runner, and it exits.
import type { MongooseAdapter } from '@payloadcms/db-mongodb'

const GRACE_MS = 20_000
const log = (msg: string) => console.error(`[worker] ${msg}`)

// A worker always works the queue, whatever the app instances' setting says.
process.env.DISABLE_JOBS_AUTORUN = 'false'

const { ConfigError } = await import('../src/config/env')
const { assertWorkerStartable } = await import('../src/config/production')
try {
  assertWorkerStartable(process.env)
} catch (error) {
  if (!(error instanceof ConfigError)) throw error
  console.error(error.message)
  process.exit(1)
}

const [{ getPayload }, { default: config }, { requestShutdown }, claims, redis] = await Promise.all(
  [
    import('payload'),
    import('@payload-config'),
    import('../src/jobs/shutdown'),
    import('../src/db/claims'),
    import('../src/cache/redisTags.mjs'),
  ],
)

const payload = await getPayload({ config, cron: true })
if (!payload.crons.length) {
  log('the jobs configuration has no autoRun: nothing to do')
  process.exit(1)
}
log(
  `working the jobs queue (pid ${process.pid}); ${process.env.REDIS_URL ? 'cache expiries through Redis' : `cache expiries through the server at 127.0.0.1:${process.env.PORT} (no REDIS_URL)`}`,
)

let stopping = false
async function stop(signal: string) {
  if (stopping) return // a terminal's Ctrl-C reaches both the launcher and the worker: one stop
  stopping = true
  log(`${signal}: finishing the jobs in hand (at most ${GRACE_MS / 1000} s)…`)
  requestShutdown()
  for (const cron of payload.crons) cron.stop()
  const deadline = Date.now() + GRACE_MS
  while (payload.crons.some((cron) => cron.isBusy()) && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 100))
  let code = 0
  try {
    const released = await claims.releaseJobsClaimedHere(payload.db as MongooseAdapter)
    if (released) log(`released ${released} unfinished job(s) for another runner`)
    await redis.expiriesSettled()
    await redis.closeRedis()
    await payload.destroy()
  } catch (error) {
    log(`stopping: ${(error as Error).message}`)
    code = 1
  }
  log('stopped')
  process.exit(code)
}
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void stop(signal))

// the first run now, not at the next minute (a worker restarted mid-run picks up at once)
for (const cron of payload.crons) void cron.trigger()
