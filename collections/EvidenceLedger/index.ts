import type { CollectionConfig } from 'payload'
import { adminsOnly, nobody } from '@/access'
import { EVIDENCE_COLLECTION, evidenceTypes } from '@/evidence/chain'

const readOnly = { readOnly: true } as const

/**
 * The evidence ledger: an append-only hash chain of every event that proves notice under Art. 28
 * (src/evidence). Only the server appends, straight to the database; no user, admin included,
 * can create, edit or delete an entry through the admin, REST or GraphQL.
 */
export const EvidenceLedger: CollectionConfig = {
  slug: EVIDENCE_COLLECTION,
  // the name of the MongoDB collection, fixed: `npm run evidence:verify` reads it directly
  dbName: EVIDENCE_COLLECTION,
  labels: { singular: 'Evidence ledger entry', plural: 'Evidence ledger' },
  admin: {
    useAsTitle: 'type',
    defaultColumns: ['sequence', 'type', 'at', 'change', 'hash'],
    group: 'Change notices',
    description:
      'A permanent record of every announcement, notice email, objection, cancellation, change taking effect, notice-settings change and subscription. Entries are added automatically and can never be edited or deleted; each one carries a fingerprint of itself and of the entry before, so any later change to the record shows.',
  },
  defaultSort: '-sequence',
  access: { create: nobody, read: adminsOnly, update: nobody, delete: nobody },
  fields: [
    {
      name: 'sequence',
      type: 'number',
      required: true,
      unique: true,
      index: true,
      admin: readOnly,
    },
    {
      name: 'type',
      label: 'Event',
      type: 'select',
      required: true,
      options: evidenceTypes.map((value) => ({ value, label: value })),
      admin: readOnly,
    },
    {
      name: 'at',
      label: 'Recorded at',
      type: 'text',
      required: true,
      admin: { ...readOnly, description: 'The time of the event (UTC, ISO 8601).' },
    },
    {
      name: 'change',
      type: 'relationship',
      relationTo: 'changes',
      index: true,
      admin: readOnly,
    },
    {
      name: 'subscriber',
      type: 'relationship',
      relationTo: 'subscribers',
      index: true,
      admin: readOnly,
    },
    {
      name: 'data',
      label: 'What was recorded',
      type: 'json',
      admin: { ...readOnly, description: 'The exact content covered by the fingerprint.' },
    },
    {
      name: 'previousHash',
      label: 'Fingerprint of the entry before',
      type: 'text',
      admin: readOnly,
    },
    {
      name: 'hash',
      label: 'Fingerprint (SHA-256)',
      type: 'text',
      index: true,
      admin: readOnly,
    },
  ],
}
