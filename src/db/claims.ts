// Claims only one process can win: an insert under a unique `_id`. The one write that is atomic on
// every server the app runs on: on FerretDB v1 (SQLite) a conditional update is not (its update
// command finds the documents, then writes them, in two steps: two workers can both "win" the same
// `{ processing: false }` match), while a duplicate `_id` is refused on both FerretDB and MongoDB.
//
// Used where two jobs-queue runners (two workers, or a worker and a server) could otherwise both act:
// claiming a job run (below) and putting a change into effect (src/changes/apply.ts). Notices have
// their own claims, one per change and subscriber, in `notice-claims` (src/notices/tasks.ts).
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import mongoose from 'mongoose'
import type { BaseDatabaseAdapter, Where } from 'payload'

/** Not a Payload collection: bookkeeping of the jobs queue, never shown or edited. */
export const CLAIMS_COLLECTION = 'payload-jobs-claims'
/** Claims older than this are deleted (a claim only matters while two runners race for it). */
const KEEP_MS = 24 * 3600 * 1000
let lastCleanup = 0

type ClaimDoc = { _id: string; at: Date }

/** True when this call inserted `key` first; false when anyone (any process) already had. */
export async function claimOnce(
  adapter: Pick<MongooseAdapter, 'connection'>,
  key: string,
): Promise<boolean> {
  const claims = adapter.connection.collection<ClaimDoc>(CLAIMS_COLLECTION)
  const now = Date.now()
  if (now - lastCleanup > 3600_000) {
    lastCleanup = now
    await claims.deleteMany({ at: { $lt: new Date(now - KEEP_MS) } }).catch(() => {})
  }
  try {
    await claims.insertOne({ _id: key, at: new Date(now) })
    return true
  } catch (error) {
    if ((error as { code?: number }).code === 11000) return false
    throw error
  }
}

type UpdateJobs = BaseDatabaseAdapter['updateJobs']

/** The jobs this process claimed, for a worker that must stop before they finish. */
const claimedHere = new Set<string>()

/**
 * Hands back every job this process claimed and has not finished (`processing: false` again, its
 * tries untouched), so another runner takes it up at once. For a worker stopping past its grace
 * period; returns how many it released.
 */
export async function releaseJobsClaimedHere(adapter: MongooseAdapter): Promise<number> {
  if (!claimedHere.size) return 0
  const Jobs = adapter.collections['payload-jobs']
  const { modifiedCount } = await Jobs.collection.updateMany(
    {
      _id: { $in: [...claimedHere].map((id) => new mongoose.Types.ObjectId(id)) },
      processing: true,
      completedAt: null,
    },
    { $set: { processing: false, updatedAt: new Date() } },
  )
  return modifiedCount
}

/**
 * Payload claims queued jobs by finding up to `limit` runnable ones (`processing: false`), then
 * setting `processing: true` on those ids, unconditionally (@payloadcms/db-mongodb updateJobs): two
 * runners that look at the same moment both get the same jobs and both run them. This claims each
 * found job for this runner first, keyed by the job and its last change (`updatedAt`, which every
 * state change of a job renews, so a job released for a retry can be claimed again), and hands
 * Payload only the jobs this runner won. Everything else (a job run by id, completion, errors)
 * goes through Payload's own method unchanged.
 */
export function claimJobsAtomically(adapter: MongooseAdapter): void {
  const original = adapter.updateJobs.bind(adapter) as UpdateJobs
  const updateJobs: UpdateJobs = async (args) => {
    const where = 'where' in args ? (args.where as Where | undefined) : undefined
    if (('id' in args && args.id) || args.data?.processing !== true || !where) return original(args)
    const { docs } = await adapter.find({
      collection: 'payload-jobs',
      where,
      limit: 'limit' in args ? args.limit : undefined,
      sort: 'sort' in args ? args.sort : undefined,
      pagination: false,
      select: { updatedAt: true },
      req: args.req,
    })
    const won: (string | number)[] = []
    for (const job of docs)
      if (
        await claimOnce(
          adapter,
          `job:${job.id}@${String((job as { updatedAt?: unknown }).updatedAt)}`,
        )
      )
        won.push(job.id)
    if (!won.length) return null
    for (const id of won) claimedHere.add(String(id))
    keepLeases(adapter)
    return original({
      ...args,
      limit: undefined,
      where: { id: { in: won } },
    } as Parameters<UpdateJobs>[0])
  }
  Object.assign(adapter, { updateJobs })
}

// Leases. A runner that dies mid-job (SIGKILL, a lost machine) leaves the job `processing: true`
// for ever: Payload never looks at it again, and a stuck `applyDueChanges` stops changes taking
// effect. So every runner renews the jobs it holds each minute (their `updatedAt`), and every run
// of the queue hands back jobs nobody has renewed for LEASE_MS: their runner is gone. Payload has
// no such recovery of its own (3.90).
export const LEASE_MS = 5 * 60_000
const RENEW_EVERY_MS = 60_000
let renewing: NodeJS.Timeout | undefined

/** Renews the leases of the jobs this process holds, each minute, while it holds any. */
function keepLeases(adapter: MongooseAdapter): void {
  if (renewing) return
  renewing = setInterval(() => {
    void renewLeases(adapter).then((held) => {
      if (held === 0 && renewing) {
        clearInterval(renewing)
        renewing = undefined
      }
    })
  }, RENEW_EVERY_MS)
  renewing.unref()
}

/** Marks this process's unfinished jobs as alive now; returns how many it still holds. */
export async function renewLeases(adapter: MongooseAdapter): Promise<number> {
  if (!claimedHere.size) return 0
  const Jobs = adapter.collections['payload-jobs']
  const ids = [...claimedHere].map((id) => new mongoose.Types.ObjectId(id))
  const held = await Jobs.collection
    .find({ _id: { $in: ids }, processing: true, completedAt: null }, { projection: { _id: 1 } })
    .toArray()
    .catch(() => null)
  if (!held) return claimedHere.size // the database is away: try again next time
  const alive = new Set(held.map((job) => String(job._id)))
  for (const id of claimedHere) if (!alive.has(id)) claimedHere.delete(id)
  if (alive.size)
    await Jobs.collection
      .updateMany({ _id: { $in: held.map((job) => job._id) } }, { $set: { updatedAt: new Date() } })
      .catch(() => {})
  return alive.size
}

let lastRecovery = 0

/**
 * Hands back (`processing: false`) every unfinished job whose lease ran out: another runner (or
 * this one) takes it up like any queued job, its tries untouched. At most once a minute per
 * process; returns how many it handed back.
 */
export async function recoverAbandonedJobs(adapter: MongooseAdapter, now = Date.now()) {
  if (now - lastRecovery < RENEW_EVERY_MS) return 0
  lastRecovery = now
  const Jobs = adapter.collections['payload-jobs']
  if (!Jobs) return 0
  const { modifiedCount } = await Jobs.collection.updateMany(
    { processing: true, completedAt: null, updatedAt: { $lt: new Date(now - LEASE_MS) } },
    { $set: { processing: false, updatedAt: new Date(now) } },
  )
  return modifiedCount
}
