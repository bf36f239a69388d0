import { createHash } from 'node:crypto'
import { canonicalJson } from './canonical'

export const EVIDENCE_COLLECTION = 'evidence-ledger'
/** The previousHash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64)

export const evidenceTypes = [
  'change.announced',
  'change.cancelled',
  'change.effective',
  'change.failed',
  'change.retried',
  'document.nda-accepted',
  'document.access-granted',
  'document.access-denied',
  'document.access-revoked',
  'document.downloaded',
  'notice.delivery',
  'objection.recorded',
  'settings.changed',
  'subscriber.confirmed',
  'subscriber.unsubscribed',
] as const
export type EvidenceType = (typeof evidenceTypes)[number]

/** JSON as the ledger stores it: what survives a database round trip byte for byte. */
export type EvidenceData = { [key: string]: EvidenceValue }
type EvidenceValue = string | number | boolean | null | EvidenceValue[] | EvidenceData

/** What a caller records. `at` defaults to now; ids are the related documents' ids. */
export type EvidenceEvent = {
  type: EvidenceType
  at?: string | Date
  change?: string | null
  subscriber?: string | null
  data: Record<string, unknown>
}

/** The hashed content of one entry. */
export type ChainedEntry = {
  sequence: number
  type: EvidenceType
  at: string
  change: string | null
  subscriber: string | null
  data: EvidenceData
  previousHash: string
}

/**
 * SHA-256 (hex) of the entry's RFC 8785 canonical JSON: exactly these seven members, so anyone
 * holding an entry can recompute it (docs/evidence.md shows how).
 */
export function entryHash(entry: ChainedEntry): string {
  const { sequence, type, at, change, subscriber, data, previousHash } = entry
  const content = { sequence, type, at, change, subscriber, data, previousHash }
  return createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex')
}

/** Plain JSON values only: a Date becomes its ISO string, undefined members disappear. */
export const asStoredJson = (data: Record<string, unknown>): EvidenceData =>
  JSON.parse(JSON.stringify(data ?? {})) as EvidenceData

/** Chains events after `head`: each entry's previousHash is the hash of the one before. */
export function chainEntries(
  head: { sequence: number; hash: string } | null,
  events: EvidenceEvent[],
): Array<ChainedEntry & { hash: string }> {
  let sequence = head?.sequence ?? 0
  let previousHash = head?.hash ?? GENESIS_HASH
  return events.map((event) => {
    const at = event.at instanceof Date ? event.at.toISOString() : (event.at ?? '')
    const entry: ChainedEntry = {
      sequence: ++sequence,
      type: event.type,
      at: at || new Date().toISOString(),
      change: event.change ? String(event.change) : null,
      subscriber: event.subscriber ? String(event.subscriber) : null,
      data: asStoredJson(event.data),
      previousHash,
    }
    previousHash = entryHash(entry)
    return { ...entry, hash: previousHash }
  })
}
