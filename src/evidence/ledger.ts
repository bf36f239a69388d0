import mongoose from 'mongoose'
import type { Payload } from 'payload'
import {
  chainEntries,
  EVIDENCE_COLLECTION,
  type ChainedEntry,
  type EvidenceEvent,
  type EvidenceType,
} from './chain'

export { EVIDENCE_COLLECTION, evidenceTypes, GENESIS_HASH } from './chain'
export type { EvidenceEvent, EvidenceType } from './chain'

/** The chain head: the latest entry's sequence, hash and time. */
export type LedgerHead = { sequence: number; hash: string; at: string }
export type StoredEntry = ChainedEntry & { id: string; hash: string }
type LedgerDocument = Omit<ChainedEntry, 'change' | 'subscriber'> & {
  _id: mongoose.Types.ObjectId
  change: unknown
  subscriber: unknown
  hash: string
}

const MAX_ATTEMPTS = 50

/** The ledger's MongoDB collection, used directly: entries are only ever inserted, in batches. */
export const ledgerCollection = (payload: Payload) =>
  payload.db.collections[EVIDENCE_COLLECTION].collection

// Relationship ids are stored as ObjectIds, as Payload stores them, and hashed as their hex text.
const storedId = (id: string | null) =>
  id && mongoose.isObjectIdOrHexString(id) ? new mongoose.Types.ObjectId(id) : id
const idText = (value: unknown) => (value === null || value === undefined ? null : String(value))

export function entryOf(doc: Record<string, unknown>): StoredEntry {
  return {
    id: String(doc._id),
    sequence: doc.sequence as number,
    type: doc.type as EvidenceType,
    at: doc.at as string,
    change: idText(doc.change),
    subscriber: idText(doc.subscriber),
    data: doc.data as ChainedEntry['data'],
    previousHash: doc.previousHash as string,
    hash: doc.hash as string,
  }
}

// The unique index is what stops two appenders from forking the chain. Payload creates it too,
// but not before its first index build has finished; creating it here first costs one command.
const indexed = new WeakMap<object, Promise<unknown>>()
const ensureSequenceIndex = (collection: mongoose.mongo.Collection) => {
  if (!indexed.has(collection))
    indexed.set(collection, collection.createIndex({ sequence: 1 }, { unique: true }))
  return indexed.get(collection)!
}

// The head this process last wrote or read, per collection. Appends start from it and fall back
// to reading the head only when the insert conflicts: reading the newest entry costs a scan of
// the whole collection on the embedded FerretDB, which has no index-backed sort (226 ms per
// append at 1,400 entries, growing with the ledger). A stale head cannot fork the chain: its next
// sequence number is taken, the insert fails on the unique index, and the head is read again.
const knownHeads = new WeakMap<object, LedgerHead | null>()

export async function ledgerHead(payload: Payload): Promise<LedgerHead | null> {
  const doc = await ledgerCollection(payload)
    .find({}, { projection: { sequence: 1, hash: 1, at: 1 } })
    .sort({ sequence: -1 })
    .limit(1)
    .next()
  return doc ? { sequence: doc.sequence, hash: doc.hash, at: doc.at } : null
}

const isDuplicateKey = (error: unknown) => {
  const e = error as { code?: number; writeErrors?: Array<{ code?: number }>; message?: string }
  return (
    e?.code === 11000 ||
    Boolean(e?.writeErrors?.some((w) => w.code === 11000)) ||
    /E11000|duplicate key/i.test(String(e?.message))
  )
}

/**
 * Appends events to the evidence ledger, in order, and returns the entries written. The head is
 * read, the events are chained to it in memory and inserted in one ordered batch, outside any
 * transaction (a notice run appends thousands). Two appenders that read the same head both try
 * to insert its next sequence number: the unique index admits one; the other re-reads the head
 * and chains what it has not inserted yet after the winner's entries.
 */
export async function appendEvidence(
  payload: Payload,
  events: EvidenceEvent[],
): Promise<StoredEntry[]> {
  if (!events.length) return []
  const collection = ledgerCollection(payload)
  await ensureSequenceIndex(collection)
  const written: StoredEntry[] = []
  let pending = events
  for (let attempt = 1; pending.length; attempt++) {
    const head = knownHeads.has(collection)
      ? knownHeads.get(collection)!
      : await ledgerHead(payload)
    const now = new Date()
    const docs: LedgerDocument[] = chainEntries(head, pending).map((entry) => ({
      _id: new mongoose.Types.ObjectId(),
      ...entry,
      change: storedId(entry.change),
      subscriber: storedId(entry.subscriber),
      createdAt: now,
      updatedAt: now,
    }))
    try {
      await collection.insertMany(docs, { ordered: true })
      written.push(...docs.map((doc) => entryOf(doc)))
      const last = docs[docs.length - 1]
      const known = knownHeads.get(collection)
      if (!known || known.sequence < last.sequence)
        knownHeads.set(collection, { sequence: last.sequence, hash: last.hash, at: last.at })
      return written
    } catch (error) {
      knownHeads.delete(collection)
      if (!isDuplicateKey(error) || attempt >= MAX_ATTEMPTS) throw error
      // An ordered insert stops at the conflict: the documents before it are in.
      const landed = new Set(
        (
          await collection
            .find({ _id: { $in: docs.map((d) => d._id) } }, { projection: { _id: 1 } })
            .toArray()
        ).map((d) => String(d._id)),
      )
      const inserted = docs.filter((d) => landed.has(String(d._id)))
      written.push(...inserted.map((doc) => entryOf(doc)))
      pending = pending.slice(inserted.length)
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt))
    }
  }
  return written
}

/** The entries about one change (only those of `type`, when given), in chain order. */
export async function entriesForChange(payload: Payload, changeId: string, type?: EvidenceType) {
  const docs = await ledgerCollection(payload)
    .find(type ? { change: storedId(changeId), type } : { change: storedId(changeId) })
    .sort({ sequence: 1 })
    .toArray()
  return docs.map((doc) => entryOf(doc))
}

/** For each change, the entry recorded when it was announced: its sequence, hash and time. */
export async function announcementEntries(
  payload: Payload,
  changeIds: string[],
): Promise<Map<string, LedgerHead>> {
  if (!changeIds.length) return new Map()
  const docs = await ledgerCollection(payload)
    .find(
      { type: 'change.announced', change: { $in: changeIds.map(storedId) } },
      { projection: { change: 1, sequence: 1, hash: 1, at: 1 } },
    )
    .toArray()
  return new Map(
    docs.map((d) => [String(d.change), { sequence: d.sequence, hash: d.hash, at: d.at }]),
  )
}
