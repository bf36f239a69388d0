// /.well-known/subprocessor-ledger.json: the evidence ledger's head, public, so a customer can
// archive it and later check that the history shown to them was not rewritten (docs/evidence.md).
import { getPayloadClient } from '@/data/payload'
import { json, type Representation } from '@/public-api/http'
import type { Resolve } from '@/public-api/route'
import { GENESIS_HASH, ledgerHead } from './ledger'

export const LEDGER_DOCUMENTATION =
  'https://github.com/trust-center/trust-center/blob/main/docs/evidence.md'

/** The head changes with every event: caches may keep it ten seconds, then must ask again. */
const HEAD_CACHE_CONTROL = 'public, max-age=10, must-revalidate'

export const wellKnownLedgerHead: Resolve = async () => {
  const head = await ledgerHead(await getPayloadClient())
  const representation: Representation = {
    body: json({
      sequence: head?.sequence ?? 0,
      hash: head?.hash ?? GENESIS_HASH,
      at: head?.at ?? null,
      algorithm: 'SHA-256 of the RFC 8785 canonical JSON of each entry',
      documentation: LEDGER_DOCUMENTATION,
    }),
    contentType: 'application/json; charset=utf-8',
    lastModified: head ? new Date(head.at) : null,
    headers: { 'Cache-Control': HEAD_CACHE_CONTROL },
  }
  return representation
}
