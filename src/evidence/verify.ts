import type mongoose from 'mongoose'
import { entryHash, GENESIS_HASH, type ChainedEntry } from './chain'
import { entryOf, type LedgerHead } from './ledger'

export type BrokenEntry = { sequence: number; id: string | null; problem: string }

export type LedgerVerification = {
  ok: boolean
  /** entries checked and found sound, in sequence order */
  entries: number
  /** the last sound entry */
  head: LedgerHead | null
  broken: BrokenEntry | null
  milliseconds: number
}

const HEX64 = /^[0-9a-f]{64}$/

/**
 * Walks the whole ledger in sequence order with a cursor: sequences must run 1, 2, 3… without a
 * gap or a repeat, each entry's hash must be the SHA-256 of its canonical content, and each
 * previousHash the hash of the entry before (64 zeros for the first). Stops at the first entry
 * that fails and says what is wrong with it. An entry removed from the end cannot be told from
 * a ledger that never had it: that is what an archived head is for (docs/evidence.md).
 */
export async function verifyLedger(
  collection: Pick<mongoose.mongo.Collection, 'find'>,
): Promise<LedgerVerification> {
  const started = performance.now()
  let expected = 1
  let previous = GENESIS_HASH
  let head: LedgerHead | null = null
  const result = (broken: BrokenEntry | null): LedgerVerification => ({
    ok: !broken,
    entries: expected - 1,
    head,
    broken,
    milliseconds: Math.round(performance.now() - started),
  })
  const cursor = collection.find({}).sort({ sequence: 1, _id: 1 }).batchSize(2000)
  try {
    for await (const doc of cursor) {
      const id = String(doc._id)
      const sequence = doc.sequence
      const fail = (problem: string) => result({ sequence: Number(sequence), id, problem })
      if (typeof sequence !== 'number' || !Number.isInteger(sequence))
        return fail(`its sequence is not a whole number (${JSON.stringify(sequence)})`)
      if (sequence < expected)
        return fail(`sequence ${sequence} appears twice (a copied or inserted entry)`)
      if (sequence > expected)
        return result({
          sequence: expected,
          id: null,
          problem: `entry ${expected} is missing: the next entry found is ${sequence} (${id}); entries were deleted`,
        })
      if (doc.previousHash !== previous)
        return fail(
          expected === 1
            ? 'the first entry must have a previousHash of 64 zeros'
            : `its previousHash does not match the hash of entry ${expected - 1}: an entry was altered, replaced or reordered`,
        )
      let recomputed: string
      try {
        recomputed = entryHash(entryOf(doc) as ChainedEntry)
      } catch (error) {
        return fail(`its content cannot be hashed: ${(error as Error).message}`)
      }
      if (typeof doc.hash !== 'string' || !HEX64.test(doc.hash))
        return fail('its hash is not 64 hexadecimal characters')
      if (recomputed !== doc.hash)
        return fail(
          'its content does not match its hash: the entry was altered after it was written',
        )
      previous = doc.hash
      head = { sequence, hash: doc.hash, at: String(doc.at) }
      expected++
    }
  } finally {
    await cursor.close()
  }
  return result(null)
}

export const describeBroken = (broken: BrokenEntry) =>
  `entry ${broken.sequence}${broken.id ? ` (id ${broken.id})` : ''}: ${broken.problem}`

const RECHECK_MS = 60_000
/** A check this quick is simply run again on every view. */
const QUICK_MS = 500
type CachedVerification = LedgerVerification & { checkedAt: string }
const checks = new WeakMap<
  object,
  { last?: CachedVerification; running?: Promise<CachedVerification>; startedAt: number }
>()

/**
 * The dashboard's check of the whole chain. A ledger checked in under half a second is checked on
 * every view. A longer one (20,000 entries take about 3 s on the embedded FerretDB: reading, not
 * hashing, is the cost; `npm run bench:evidence`) is rechecked at most once a minute per process,
 * in the background, while the dashboard shows the last result with its time.
 */
export function verifyLedgerCached(
  collection: Pick<mongoose.mongo.Collection, 'find'>,
): Promise<CachedVerification> {
  const state = checks.get(collection) ?? { startedAt: 0 }
  checks.set(collection, state)
  const quick = !state.last || state.last.milliseconds < QUICK_MS
  if (!state.running && (quick || Date.now() - state.startedAt > RECHECK_MS)) {
    state.startedAt = Date.now()
    state.running = verifyLedger(collection)
      .then((result) => (state.last = { ...result, checkedAt: new Date().toISOString() }))
      .finally(() => (state.running = undefined))
    // a check that failed (the database was unreachable) is retried on the next view
    state.running.catch(() => (state.startedAt = 0))
  }
  return state.last && !quick
    ? Promise.resolve(state.last)
    : (state.running ?? Promise.resolve(state.last!))
}
