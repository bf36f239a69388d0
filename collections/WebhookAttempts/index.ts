import type { CollectionConfig } from 'payload'
import { adminsOnly, hiddenUnlessAdmin, nobody } from '@/access'
import { ATTEMPT_TRIGGERS, RESPONSE_EXCERPT_BYTES } from '@/webhooks/vocabulary'
import { adminOptions } from '@/fields/options'

const readOnly = { readOnly: true } as const

/**
 * The delivery log: every attempt to send a webhook, appended by the server
 * (src/webhooks/deliveries.ts) and never changed. Admins read it; no one edits or deletes it.
 */
export const WebhookAttempts: CollectionConfig = {
  slug: 'webhook-attempts',
  labels: {
    singular: { en: 'Webhook attempt', de: 'Webhook-Versuch' },
    plural: { en: 'Webhook attempts', de: 'Webhook-Versuche' },
  },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['summary', 'endpoint', 'sentAt', 'responseStatus', 'durationMs', 'trigger'],
    group: { en: 'Webhooks', de: 'Webhooks' },
    description: {
      en: 'Every attempt to send a webhook: when, where, what the receiver answered and how long it took. Added automatically; nobody can edit or delete it.',
      de: 'Jeder Versuch, einen Webhook zu senden: wann, wohin, was der Empfänger geantwortet hat und wie lange es gedauert hat. Wird automatisch hinzugefügt; niemand kann ihn bearbeiten oder löschen.',
    },
    hidden: hiddenUnlessAdmin,
  },
  defaultSort: '-sentAt',
  access: { create: nobody, read: adminsOnly, update: nobody, delete: nobody },
  fields: [
    { name: 'summary', label: { en: 'Attempt', de: 'Versuch' }, type: 'text', admin: readOnly },
    {
      name: 'delivery',
      label: { en: 'Delivery', de: 'Zustellung' },
      type: 'relationship',
      relationTo: 'webhook-deliveries',
      required: true,
      index: true,
      admin: readOnly,
    },
    {
      name: 'endpoint',
      label: { en: 'Endpoint', de: 'Endpunkt' },
      type: 'relationship',
      relationTo: 'webhook-endpoints',
      index: true,
      admin: readOnly,
    },
    {
      name: 'eventId',
      label: { en: 'Webhook id', de: 'Webhook-ID' },
      type: 'text',
      admin: readOnly,
    },
    {
      name: 'eventType',
      label: { en: 'Event type', de: 'Art des Ereignisses' },
      type: 'text',
      admin: readOnly,
    },
    {
      name: 'attempt',
      label: { en: 'Attempt number', de: 'Nummer des Versuchs' },
      type: 'number',
      required: true,
      admin: readOnly,
    },
    {
      name: 'trigger',
      label: { en: 'Sent', de: 'Gesendet' },
      type: 'select',
      options: adminOptions(ATTEMPT_TRIGGERS),
      admin: readOnly,
    },
    { name: 'sentBy', label: { en: 'Sent by', de: 'Gesendet von' }, type: 'text', admin: readOnly },
    { name: 'url', label: { en: 'Sent to', de: 'Gesendet an' }, type: 'text', admin: readOnly },
    {
      name: 'sentAt',
      label: { en: 'Sent at', de: 'Gesendet am' },
      type: 'date',
      admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'webhookTimestamp',
      label: { en: 'webhook-timestamp', de: 'webhook-timestamp' },
      type: 'number',
      admin: {
        ...readOnly,
        description: {
          en: 'The signed time, in seconds since 1970 (UTC).',
          de: 'Die signierte Zeit, in Sekunden seit 1970 (UTC).',
        },
      },
    },
    {
      name: 'outcome',
      label: { en: 'Outcome', de: 'Ergebnis' },
      type: 'select',
      options: [
        { value: 'delivered', label: { en: 'Delivered', de: 'Zugestellt' } },
        { value: 'failed', label: { en: 'Failed', de: 'Fehlgeschlagen' } },
      ],
      admin: readOnly,
    },
    {
      name: 'responseStatus',
      label: { en: 'Response code', de: 'Antwortcode' },
      type: 'number',
      admin: readOnly,
    },
    {
      name: 'responseExcerpt',
      label: { en: 'Response', de: 'Antwort' },
      type: 'textarea',
      admin: {
        ...readOnly,
        description: {
          en: `The start of what the receiver answered (at most ${RESPONSE_EXCERPT_BYTES / 1024} KB).`,
          de: `Der Anfang dessen, was der Empfänger geantwortet hat (höchstens ${RESPONSE_EXCERPT_BYTES / 1024} KB).`,
        },
      },
    },
    {
      name: 'durationMs',
      label: { en: 'Time taken (ms)', de: 'Dauer (ms)' },
      type: 'number',
      admin: readOnly,
    },
    { name: 'error', label: { en: 'Problem', de: 'Problem' }, type: 'textarea', admin: readOnly },
    { name: 'key', type: 'text', required: true, unique: true, admin: { hidden: true } },
  ],
}
