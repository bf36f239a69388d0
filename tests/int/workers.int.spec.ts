// Two jobs workers (`npm run worker`, scripts/worker.ts) as real processes on the test database and
// Mailpit: started at once, they send each notice exactly once; stopped (SIGTERM) in the middle of
// a notice run, they hand the rest to another worker, which finishes it with nobody emailed twice.
// And the claim under both: two runners working the queue at the same moment never take the same
// job (Payload's own claim, a find then an update, gave both of them every job).
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import { spawn, type ChildProcess } from 'node:child_process'
import mongoose from 'mongoose'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { projectRoot } from '../../scripts/embedded-db.mjs'
import {
  announceChange,
  daysFromNow,
  draftChange,
  draftSubprocessor,
  localStore,
} from '../helpers/factories'
import { searchAll } from '../helpers/mailpit'

// A database of its own on the tests' server, for this file and its workers (which inherit the
// environment), dropped at the end: two worker processes appending to the evidence ledger at once
// can leave a gap on the embedded FerretDB (README "Known limits"), which the files checking the
// shared ledger (evidence-ledger.int) would then report. Set before the config is first imported.
process.env.DATABASE_URI = inject('databaseUri').replace(
  /\/([^/?]+)(\?|$)/,
  `/workers-${process.pid}$2`,
)
const DOMAIN = `workers-${process.pid}.invalid`
let payload: Payload
const workers: Worker[] = []

type Worker = { process: ChildProcess; output: () => string; exited: Promise<number | null> }

/** One worker process, as `npm run worker` runs it (without the launcher: the database is ours). */
function startWorker(): Worker {
  const child = spawn(
    process.execPath,
    ['--conditions=development', '--import', 'tsx/esm', 'scripts/worker.ts'],
    {
      cwd: projectRoot,
      // the queue worked every 5 seconds instead of every minute: the same runs, sooner
      env: { ...process.env, PAYLOAD_LOG_LEVEL: 'info', JOBS_AUTORUN_CRON: '*/5 * * * * *' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
  const worker = { process: child, output: () => output, exited }
  workers.push(worker)
  return worker
}

async function until<T>(what: string, check: () => Promise<T | false>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value !== false) return value
    if (Date.now() > deadline)
      throw new Error(
        `${what}: not after ${timeoutMs / 1000} s\n${workers.map((w) => w.output().slice(-3000)).join('\n---\n')}`,
      )
    await new Promise((r) => setTimeout(r, 500))
  }
}

const ready = (worker: Worker) =>
  until(
    'worker ready',
    async () => worker.output().includes('[worker] working the jobs queue'),
    120_000,
  )

/** Confirmed subscribers written straight to the database (as many as a real list). */
async function confirmedSubscribers(prefix: string, count: number) {
  const now = new Date()
  const emails = Array.from({ length: count }, (_, i) => `${prefix}-${i}@${DOMAIN}`)
  await payload.db.collections.subscribers.insertMany(
    emails.map((email, i) => ({
      email,
      status: 'confirmed',
      confirmedAt: now,
      linkNonce: `${prefix}-${i}`,
      createdAt: now,
      updatedAt: now,
    })),
  )
  return emails
}

/** How many notices of the change about `name` each of our addresses received. */
async function noticesPerAddress(name: string) {
  const counts = new Map<string, number>()
  for (const message of await searchAll(`subject:"${name}"`))
    for (const { Address } of message.To)
      if (Address.endsWith(`@${DOMAIN}`)) counts.set(Address, (counts.get(Address) ?? 0) + 1)
  return counts
}

const announce = async (name: string) => {
  const store = localStore(payload)
  const draft = await draftSubprocessor(store, name, {
    slug: name.toLowerCase().replace(/ /g, '-'),
  })
  return announceChange(store, {
    subprocessor: draft.id,
    reason: 'Tests of the jobs worker.',
    effectiveDate: daysFromNow(45),
  })
}

const jobsOf = async (change: string) =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: {
        and: [
          { taskSlug: { equals: 'sendChangeNotices' } },
          { 'input.change': { equals: change } },
        ],
      },
      pagination: false,
      overrideAccess: true,
    })
  ).docs

const deliveriesOf = (change: string) =>
  payload.db.collections['notice-deliveries'].countDocuments({
    change: new mongoose.Types.ObjectId(change),
    email: { $regex: `@${DOMAIN.replace(/\./g, '\\.')}$` },
  })

beforeAll(async () => {
  const { seededPayload } = await import('../helpers/payload')
  payload = await seededPayload()
})

afterAll(async () => {
  for (const worker of workers) if (worker.process.exitCode === null) worker.process.kill('SIGKILL')
  await Promise.all(workers.map((worker) => worker.exited))
  await (payload?.db as MongooseAdapter | undefined)?.connection.dropDatabase()
})

describe('two workers started at once', () => {
  it('send every subscriber exactly one notice', { timeout: 300_000 }, async () => {
    const N = 300
    const emails = await confirmedSubscribers('race', N)
    const [a, b] = [startWorker(), startWorker()]
    await Promise.all([ready(a), ready(b)])

    // queued while both workers wait for the same tick: their crons fire together
    const change = await announce('Worker Race Analytics')
    // two more runs of the same notice, so that both workers send it at the same moment even
    // though each job goes to one of them
    for (let i = 0; i < 2; i++)
      await payload.jobs.queue({
        task: 'sendChangeNotices',
        input: { change: String(change.id) },
      })

    const counts = await until(
      'every notice delivered',
      async () => {
        const counts = await noticesPerAddress('Worker Race Analytics')
        const jobs = await jobsOf(String(change.id))
        return counts.size === N && jobs.length === 0 ? counts : false
      },
      150_000,
    )
    await new Promise((r) => setTimeout(r, 2_000)) // a duplicate would arrive by now
    const again = await noticesPerAddress('Worker Race Analytics')
    expect([...again.keys()].sort()).toEqual([...emails].sort())
    expect([...again.values()].every((count) => count === 1)).toBe(true)
    expect(counts.size).toBe(N)
    expect(await deliveriesOf(String(change.id))).toBe(N)

    // the three runs are done (Payload deletes a job once it succeeded)
    expect(await jobsOf(String(change.id))).toEqual([])
  })
})

describe('a worker stopped with SIGTERM', () => {
  it(
    'stops between batches and hands the rest to the next worker: nobody gets two',
    { timeout: 300_000 },
    async () => {
      // with the first test's 300, 900 of ours: five batches of 200 (src/notices/tasks.ts), so a
      // stop after the batch under way when the first notices arrive leaves several to hand on
      const emails = [...(await confirmedSubscribers('stop', 600))]
      const all = (
        await payload.db.collections.subscribers.find(
          { email: { $regex: `@${DOMAIN.replace(/\./g, '\\.')}$` }, status: 'confirmed' },
          { email: 1 },
        )
      ).map((s) => String(s.email))
      expect(all.length).toBeGreaterThanOrEqual(emails.length)

      const change = await announce('Worker Stop Payroll')
      // the next run starts the notices; once some have arrived, stop both workers
      await until(
        'the first notices',
        async () => (await noticesPerAddress('Worker Stop Payroll')).size > 0,
        120_000,
      )
      const stopping = workers.filter((w) => w.process.exitCode === null)
      const signalled = Date.now()
      for (const worker of stopping) worker.process.kill('SIGTERM')
      const codes = await Promise.all(stopping.map((w) => w.exited))
      expect(codes).toEqual(stopping.map(() => 0))
      expect(Date.now() - signalled).toBeLessThan(25_000)
      const sentBeforeStop = (await noticesPerAddress('Worker Stop Payroll')).size
      expect(sentBeforeStop).toBeLessThan(all.length) // it really stopped mid-run

      // the rest was handed on: an unfinished job waits for the next worker
      const waiting = (await jobsOf(String(change.id))).filter((job) => !job.completedAt)
      expect(waiting.length).toBeGreaterThan(0)
      expect(waiting.every((job) => !job.processing)).toBe(true)

      const next = startWorker()
      await ready(next)
      const counts = await until(
        'the rest delivered',
        async () => {
          const counts = await noticesPerAddress('Worker Stop Payroll')
          const jobs = await jobsOf(String(change.id))
          return counts.size === all.length && jobs.length === 0 ? counts : false
        },
        150_000,
      )
      await new Promise((r) => setTimeout(r, 2_000))
      const again = await noticesPerAddress('Worker Stop Payroll')
      expect(again.size).toBe(counts.size)
      expect([...again.values()].every((count) => count === 1)).toBe(true)
      expect(await deliveriesOf(String(change.id))).toBe(all.length)

      next.process.kill('SIGTERM')
      expect(await next.exited).toBe(0)
    },
  )
})

describe('two runners working the queue at the same moment', () => {
  it('never take the same job', async () => {
    // runs that do nothing visible: notices of a change still in draft
    const store = localStore(payload)
    const draft = await draftSubprocessor(store, 'Worker Claim Check', {
      slug: 'worker-claim-check',
    })
    const change = await draftChange(store, { subprocessor: draft.id })
    const queued = new Set<string>()
    for (let i = 0; i < 12; i++)
      queued.add(
        String(
          (
            await payload.jobs.queue({
              task: 'sendChangeNotices',
              input: { change: String(change.id) },
            })
          ).id,
        ),
      )
    const runs = await Promise.all(
      [1, 2].map(() =>
        payload.jobs.run({ limit: 20, where: { 'input.change': { equals: String(change.id) } } }),
      ),
    )
    const ran = runs.map((run) => Object.keys(run.jobStatus ?? {}))
    expect(ran[0]!.filter((id) => ran[1]!.includes(id))).toEqual([])
    expect(new Set([...ran[0]!, ...ran[1]!])).toEqual(queued)
  })
})
