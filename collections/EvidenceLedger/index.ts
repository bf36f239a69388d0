import type { CollectionConfig } from 'payload'
import { adminsOnly, nobody } from '@/access'
import { EVIDENCE_COLLECTION, evidenceTypes, type EvidenceType } from '@/evidence/chain'

const readOnly = { readOnly: true } as const

/** The events in German for the admin; the English is the recorded code itself. */
const eventsDe: Record<EvidenceType, string> = {
  'change.announced': 'Änderung angekündigt',
  'change.cancelled': 'Änderung zurückgezogen',
  'change.effective': 'Änderung wirksam geworden',
  'change.failed': 'Änderung konnte nicht wirksam werden',
  'change.retried': 'Änderung erneut versucht',
  'document.nda-accepted': 'NDA akzeptiert',
  'document.access-granted': 'Dokumentzugang gewährt',
  'document.access-denied': 'Dokumentzugang abgelehnt',
  'document.access-revoked': 'Dokumentzugang entzogen',
  'document.downloaded': 'Dokument heruntergeladen',
  'notice.delivery': 'Mitteilung zugestellt oder Versuch fehlgeschlagen',
  'objection.recorded': 'Widerspruch erfasst',
  'settings.changed': 'Einstellungen geändert',
  'subscriber.confirmed': 'Abonnement bestätigt',
  'subscriber.unsubscribed': 'Abonnement beendet',
}

/**
 * The evidence ledger: an append-only hash chain of every event that proves notice under Art. 28
 * (src/evidence). Only the server appends, straight to the database; no user, admin included,
 * can create, edit or delete an entry through the admin, REST or GraphQL.
 */
export const EvidenceLedger: CollectionConfig = {
  slug: EVIDENCE_COLLECTION,
  // the name of the MongoDB collection, fixed: `npm run evidence:verify` reads it directly
  dbName: EVIDENCE_COLLECTION,
  labels: {
    singular: { en: 'Evidence ledger entry', de: 'Eintrag im Nachweisprotokoll' },
    plural: { en: 'Evidence ledger', de: 'Nachweisprotokoll' },
  },
  admin: {
    useAsTitle: 'type',
    defaultColumns: ['sequence', 'type', 'at', 'change', 'hash'],
    group: { en: 'Change notices', de: 'Änderungsmitteilungen' },
    description: {
      en: 'A permanent record of every announcement, notice email, objection, cancellation, change taking effect, notice-settings change and subscription. Entries are added automatically and can never be edited or deleted; each one carries a fingerprint of itself and of the entry before, so any later change to the record shows.',
      de: 'Ein dauerhafter Nachweis jeder Ankündigung, jeder Mitteilungs-E-Mail, jedes Widerspruchs, jedes Zurückziehens, jedes Wirksamwerdens, jeder Änderung der Mitteilungsregeln und jedes Abonnements. Einträge werden automatisch hinzugefügt und können nie bearbeitet oder gelöscht werden; jeder trägt einen Fingerabdruck von sich und vom vorigen Eintrag, sodass jede spätere Änderung auffällt.',
    },
  },
  defaultSort: '-sequence',
  access: { create: nobody, read: adminsOnly, update: nobody, delete: nobody },
  fields: [
    {
      name: 'sequence',
      label: { en: 'Sequence', de: 'Laufende Nummer' },
      type: 'number',
      required: true,
      unique: true,
      index: true,
      admin: readOnly,
    },
    {
      name: 'type',
      label: { en: 'Event', de: 'Ereignis' },
      type: 'select',
      required: true,
      options: evidenceTypes.map((value) => ({
        value,
        label: { en: value, de: `${eventsDe[value]} (${value})` },
      })),
      admin: readOnly,
    },
    {
      name: 'at',
      label: { en: 'Recorded at', de: 'Erfasst am' },
      type: 'text',
      required: true,
      admin: {
        ...readOnly,
        description: {
          en: 'The time of the event (UTC, ISO 8601).',
          de: 'Der Zeitpunkt des Ereignisses (UTC, ISO 8601).',
        },
      },
    },
    {
      name: 'change',
      label: { en: 'Change', de: 'Änderung' },
      type: 'relationship',
      relationTo: 'changes',
      index: true,
      admin: readOnly,
    },
    {
      name: 'subscriber',
      label: { en: 'Subscriber', de: 'Abonnent' },
      type: 'relationship',
      relationTo: 'subscribers',
      index: true,
      admin: readOnly,
    },
    {
      name: 'data',
      label: { en: 'What was recorded', de: 'Was erfasst wurde' },
      type: 'json',
      admin: {
        ...readOnly,
        description: {
          en: 'The exact content covered by the fingerprint.',
          de: 'Genau der Inhalt, den der Fingerabdruck abdeckt.',
        },
      },
    },
    {
      name: 'previousHash',
      label: { en: 'Fingerprint of the entry before', de: 'Fingerabdruck des vorigen Eintrags' },
      type: 'text',
      admin: readOnly,
    },
    {
      name: 'hash',
      label: { en: 'Fingerprint (SHA-256)', de: 'Fingerabdruck (SHA-256)' },
      type: 'text',
      index: true,
      admin: readOnly,
    },
  ],
}
