// A runner that dies holding a job (SIGKILL, a lost machine) must not leave it `processing` for
// ever: every runner renews the leases of the jobs it holds, and every run of the queue hands back
// the jobs whose lease ran out (src/db/claims.ts). On the real test database and Payload's queue.
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import mongoose from 'mongoose'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { LEASE_MS, recoverAbandonedJobs, renewLeases } from '@/db/claims'
import { seededPayload } from '../helpers/payload'

let payload: Payload
let adapter: MongooseAdapter
const jobs = () => adapter.collections['payload-jobs']!.collection

const queueSignUp = async (email: string) =>
  String(
    (await payload.jobs.queue({ task: 'startSubscription', input: { email }, queue: 'leases' })).id,
  )
const jobState = (id: string) =>
  jobs().findOne(
    { _id: new mongoose.Types.ObjectId(id) },
    { projection: { processing: 1, completedAt: 1, updatedAt: 1, totalTried: 1 } },
  )

/** The job ran: Payload removes a completed job, and the sign-up it carried is recorded. */
async function expectDone(id: string, email: string) {
  expect(await jobState(id)).toBeNull()
  const { totalDocs } = await payload.count({
    collection: 'subscribers',
    where: { email: { equals: email } },
    overrideAccess: true,
  })
  expect(totalDocs).toBe(1)
}

beforeAll(async () => {
  payload = await seededPayload()
  adapter = payload.db as MongooseAdapter
})

describe('a job whose runner died', () => {
  it('is handed back once its lease has run out, and then runs', async () => {
    const email = `lease-${process.pid}@example.com`
    const id = await queueSignUp(email)
    // what a runner killed mid-job leaves: processing, last renewed when it was claimed
    const claimedAt = new Date()
    await jobs().updateOne(
      { _id: new mongoose.Types.ObjectId(id) },
      { $set: { processing: true, updatedAt: claimedAt } },
    )
    expect(await recoverAbandonedJobs(adapter, claimedAt.getTime() + 1_000)).toBe(0)
    expect((await jobState(id))?.processing).toBe(true)

    const later = claimedAt.getTime() + LEASE_MS + 61_000
    expect(await recoverAbandonedJobs(adapter, later)).toBeGreaterThanOrEqual(1)
    const handedBack = await jobState(id)
    expect(handedBack?.processing).toBe(false)
    expect(handedBack?.completedAt ?? null).toBeNull()

    await payload.jobs.run({ queue: 'leases', overrideAccess: true })
    await expectDone(id, email)
  })

  it('is kept while its runner renews the lease', async () => {
    const email = `renewed-${process.pid}@example.com`
    const id = await queueSignUp(email)
    // claimed the way every runner claims (the adapter's updateJobs, src/db/claims.ts)
    await adapter.updateJobs({
      where: { id: { equals: id } },
      data: { processing: true },
      limit: 1,
    } as Parameters<MongooseAdapter['updateJobs']>[0])
    const long = new Date(Date.now() - LEASE_MS - 120_000)
    await jobs().updateOne({ _id: new mongoose.Types.ObjectId(id) }, { $set: { updatedAt: long } })
    expect(await renewLeases(adapter)).toBeGreaterThanOrEqual(1)
    const renewed = await jobState(id)
    expect(renewed?.updatedAt.getTime()).toBeGreaterThan(Date.now() - 10_000)
    expect(await recoverAbandonedJobs(adapter, Date.now() + 120_000)).toBe(0)
    expect((await jobState(id))?.processing).toBe(true)
    // let it go: hand it back and run it, so the queue is left as found
    await jobs().updateOne(
      { _id: new mongoose.Types.ObjectId(id) },
      { $set: { processing: false, updatedAt: new Date() } },
    )
    await payload.jobs.run({ queue: 'leases', overrideAccess: true })
    await expectDone(id, email)
  })
})
