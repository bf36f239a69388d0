// The evidence pack of one change notice, for a customer's auditor: everything the ledger and
// the delivery records hold about it, with the ledger entries to recompute and the chain head at
// the time of export. Served as JSON (GET /api/changes/:id/evidence) and as a printable page
// (/evidence/changes/:id), to admins only.
import mongoose from 'mongoose'
import type { Payload } from 'payload'
import type { Change } from '@/payload-types'
import { entriesForChange, ledgerHead, type StoredEntry } from './ledger'

const ABOUT =
  'Each ledger entry’s hash is the SHA-256 (hex) of the RFC 8785 canonical JSON of {sequence, type, at, change, subscriber, data, previousHash}; previousHash is the hash of the entry before (64 zeros for the first). Recompute them, follow previousHash up to a head you archived, and compare. See docs/evidence.md.'

export type EvidencePack = Awaited<ReturnType<typeof buildEvidencePack>>

const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : (value ?? null))

/** The pack, or null when there is no change with this id. */
export async function evidencePack(payload: Payload, id: string) {
  if (!mongoose.isObjectIdOrHexString(id)) return null
  const change = await payload.db.findOne<Change>({
    collection: 'changes',
    where: { id: { equals: id } },
  })
  return change ? buildEvidencePack(payload, change) : null
}

async function buildEvidencePack(payload: Payload, change: Change) {
  const changeOid = new mongoose.Types.ObjectId(String(change.id))
  const { 'notice-deliveries': Deliveries, objections: Objections } = payload.db.collections
  const [entries, deliveries, objections, head] = await Promise.all([
    entriesForChange(payload, String(change.id)),
    Deliveries.find({ change: changeOid }).sort({ sentAt: 1, attempt: 1 }).lean(),
    Objections.find({ change: changeOid }).sort({ createdAt: 1 }).lean(),
    ledgerHead(payload),
  ])
  const entry = (type: StoredEntry['type']) => entries.find((e) => e.type === type) ?? null
  const announced = entry('change.announced')
  const data = (announced?.data ?? null) as Record<string, unknown> | null
  return {
    about: ABOUT,
    exportedAt: new Date().toISOString(),
    change: {
      id: String(change.id),
      slug: change.slug ?? null,
      title: change.title ?? null,
      status: change.status,
      effectiveDate: change.effectiveDate,
      announcedAt: change.announcedAt ?? null,
      appliedAt: change.appliedAt ?? null,
    },
    /** the change exactly as the ledger recorded it when announced */
    announced: data,
    notice: (data?.notice ?? null) as { subject: string; text: string } | null,
    recipients: deliveries.map((d) => ({
      email: String(d.email),
      subscriber: String(d.subscriber),
      attempt: Number(d.attempt),
      /** the email's language (null: sent before notices had languages, in English) */
      language: (d.language as string) ?? null,
      outcome: String(d.status),
      at: iso(d.sentAt),
      messageId: (d.messageId as string) ?? null,
      smtpResponse: (d.smtpResponse as string) ?? null,
      error: (d.error as string) ?? null,
    })),
    objections: objections.map((o) => ({
      email: String(o.email),
      subscriber: String(o.subscriber),
      comment: (o.comment as string) ?? null,
      at: iso(o.createdAt),
    })),
    outcome: {
      cancelled: entry('change.cancelled'),
      effective: entry('change.effective'),
      failed: entry('change.failed'),
    },
    ledger: entries,
    headAtExport: head,
  }
}
