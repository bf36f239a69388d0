// /api/health and /api/ready as the route handlers answer them, on the real test database: the
// checks, the jobs queue's heartbeat written by a real run of the queue and read from the
// database, a stale queue and a dead database answered with 503 in seconds.
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import config from '@payload-config'
import fs from 'node:fs'
import path from 'node:path'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GET as health } from '../../app/api/health/route'
import { GET as ready } from '../../app/api/ready/route'
import { projectRoot, startEmbeddedDatabase } from '../../scripts/embedded-db.mjs'
import { databaseAdapter } from '@/db/adapter'
import { runChecks, type CheckResult } from '@/health/check'
import { databaseCheck } from '@/health/database'
import { HEARTBEAT_COLLECTION, lastQueueRun, resetHeartbeatThrottle } from '@/jobs/heartbeat'
import { seededPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await seededPayload()
})

const heartbeats = () =>
  (payload.db as MongooseAdapter).connection.db!.collection<{ _id: string; at: Date }>(
    HEARTBEAT_COLLECTION,
  )

async function readyAnswer() {
  const response = await ready()
  const body = (await response.json()) as { status: string; checks: CheckResult[] }
  return { response, body, check: (name: string) => body.checks.find((c) => c.name === name)! }
}

/** Works the queue once, as the cron or a worker does (payload.jobs.run). */
async function runQueue() {
  resetHeartbeatThrottle()
  await payload.jobs.run({ queue: 'default', limit: 1 })
}

describe('/api/health', () => {
  it('answers ok without the database, never cached', async () => {
    const response = health()
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const body = (await response.json()) as Record<string, unknown>
    expect(body.status).toBe('ok')
    expect(Object.keys(body).sort()).toEqual(['status', 'uptimeSeconds'])
  })
})

describe('/api/ready', () => {
  it('is ready when the database answers and the queue ran; each check named and timed', async () => {
    await runQueue()
    const { response, body, check } = await readyAnswer()
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(body.status).toBe('ready')
    expect(body.checks.map((c) => c.name)).toEqual(['database', 'jobs-queue', 'smtp', 'redis'])
    // no REDIS_URL here: nothing shared to check (tests/e2e/instances.e2e.spec.ts checks one)
    expect(check('redis')).toMatchObject({ ok: true, skipped: true })
    for (const result of body.checks) expect(result.durationMs).toBeGreaterThanOrEqual(0)
    expect(check('database')).toMatchObject({ ok: true })
    expect(check('jobs-queue')).toMatchObject({ ok: true })
    expect(check('jobs-queue').message).toMatch(/^Last run \d+ seconds ago\.$/)
    // the tests run in local mode: the mail server is Mailpit, not checked
    expect(check('smtp')).toMatchObject({ ok: true, skipped: true })
  })

  it('records every run of the queue in the database, where any instance reads it', async () => {
    await heartbeats().deleteMany({})
    expect(await lastQueueRun(payload)).toBeNull()
    const before = Date.now()
    await runQueue()
    const beat = await heartbeats().findOne({ _id: 'queue' })
    expect(beat?.at.getTime()).toBeGreaterThanOrEqual(before - 1000)
    expect(await heartbeats().countDocuments()).toBe(1)
  })

  it('answers 503 when the queue last ran longer ago than JOBS_QUEUE_MAX_AGE_SECONDS, and recovers with the next run', async () => {
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000)
    await heartbeats().updateOne({ _id: 'queue' }, { $set: { at: twoHoursAgo } }, { upsert: true })
    const stale = await readyAnswer()
    expect(stale.response.status).toBe(503)
    expect(stale.body.status).toBe('not ready')
    expect(stale.check('jobs-queue')).toMatchObject({ ok: false })
    expect(stale.check('jobs-queue').message).toMatch(
      /last ran 120 minutes ago \(the limit is 10 minutes\)/,
    )
    expect(stale.check('database').ok).toBe(true)

    // the limit is configurable: a day tolerates it
    process.env.JOBS_QUEUE_MAX_AGE_SECONDS = String(24 * 3600)
    try {
      expect((await readyAnswer()).response.status).toBe(200)
    } finally {
      delete process.env.JOBS_QUEUE_MAX_AGE_SECONDS
    }

    await runQueue()
    expect((await readyAnswer()).response.status).toBe(200)
  })

  it('never moves the heartbeat backwards (a runner with a slow clock)', async () => {
    await runQueue()
    const now = (await lastQueueRun(payload))!
    const { recordQueueRun } = await import('@/jobs/heartbeat')
    resetHeartbeatThrottle()
    await recordQueueRun(payload, new Date(now.getTime() - 3600_000))
    expect((await lastQueueRun(payload))!.getTime()).toBe(now.getTime())
  })
})

describe('a dead database', () => {
  const dataDir = path.join(projectRoot, '.data', `test-dead-db-${process.pid}`)
  let other: Payload | undefined
  let database: Awaited<ReturnType<typeof startEmbeddedDatabase>> | undefined

  afterAll(async () => {
    await other?.destroy().catch(() => {})
    await database?.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  })

  it('fails the database check within its time limit, with a message naming no host', async () => {
    // A second Payload with its own database server, which is then stopped (SIGTERM, then its
    // port closed): the check must answer in about two seconds, not hang on the driver's
    // 30-second server selection.
    database = await startEmbeddedDatabase({ dataDir, log: () => {} })
    const sanitized = await config
    other = await getPayload({
      config: { ...sanitized, db: databaseAdapter(database.uri) as typeof sanitized.db },
      key: 'dead-database',
    })
    const healthy = await runChecks([databaseCheck], { payload: async () => other! })
    expect(healthy.ready).toBe(true)

    await database.stop()
    const started = Date.now()
    const dead = await runChecks([databaseCheck], { payload: async () => other! })
    const elapsed = Date.now() - started
    expect(dead.ready).toBe(false)
    expect(elapsed).toBeLessThan(4_000)
    const [result] = dead.checks
    expect(result).toMatchObject({ name: 'database', ok: false })
    expect(result!.message).toMatch(
      /^The database (did not answer within 2 seconds|could not be reached)\.$/,
    )
    expect(result!.message).not.toMatch(/127\.0\.0\.1|localhost|\d{4,5}/)
  })
})
