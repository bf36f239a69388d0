import type { CollectionConfig } from 'payload'
import { adminsOnly, hiddenUnlessAdmin, nobody } from '@/access'
import { ATTEMPT_TRIGGERS, RESPONSE_EXCERPT_BYTES } from '@/webhooks/vocabulary'

const readOnly = { readOnly: true } as const

/**
 * The delivery log: every attempt to send a webhook, appended by the server
 * (src/webhooks/deliveries.ts) and never changed. Admins read it; no one edits or deletes it.
 */
export const WebhookAttempts: CollectionConfig = {
  slug: 'webhook-attempts',
  labels: { singular: 'Webhook attempt', plural: 'Webhook attempts' },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['summary', 'endpoint', 'sentAt', 'responseStatus', 'durationMs', 'trigger'],
    group: 'Webhooks',
    description:
      'Every attempt to send a webhook: when, where, what the receiver answered and how long it took. Added automatically; nobody can edit or delete it.',
    hidden: hiddenUnlessAdmin,
  },
  defaultSort: '-sentAt',
  access: { create: nobody, read: adminsOnly, update: nobody, delete: nobody },
  fields: [
    { name: 'summary', label: 'Attempt', type: 'text', admin: readOnly },
    {
      name: 'delivery',
      type: 'relationship',
      relationTo: 'webhook-deliveries',
      required: true,
      index: true,
      admin: readOnly,
    },
    {
      name: 'endpoint',
      type: 'relationship',
      relationTo: 'webhook-endpoints',
      index: true,
      admin: readOnly,
    },
    { name: 'eventId', label: 'Webhook id', type: 'text', admin: readOnly },
    { name: 'eventType', label: 'Event type', type: 'text', admin: readOnly },
    { name: 'attempt', label: 'Attempt number', type: 'number', required: true, admin: readOnly },
    {
      name: 'trigger',
      label: 'Sent',
      type: 'select',
      options: [...ATTEMPT_TRIGGERS],
      admin: readOnly,
    },
    { name: 'sentBy', label: 'Sent by', type: 'text', admin: readOnly },
    { name: 'url', label: 'Sent to', type: 'text', admin: readOnly },
    {
      name: 'sentAt',
      label: 'Sent at',
      type: 'date',
      admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'webhookTimestamp',
      label: 'webhook-timestamp',
      type: 'number',
      admin: { ...readOnly, description: 'The signed time, in seconds since 1970 (UTC).' },
    },
    {
      name: 'outcome',
      type: 'select',
      options: [
        { value: 'delivered', label: 'Delivered' },
        { value: 'failed', label: 'Failed' },
      ],
      admin: readOnly,
    },
    { name: 'responseStatus', label: 'Response code', type: 'number', admin: readOnly },
    {
      name: 'responseExcerpt',
      label: 'Response',
      type: 'textarea',
      admin: {
        ...readOnly,
        description: `The start of what the receiver answered (at most ${RESPONSE_EXCERPT_BYTES / 1024} KB).`,
      },
    },
    { name: 'durationMs', label: 'Time taken (ms)', type: 'number', admin: readOnly },
    { name: 'error', label: 'Problem', type: 'textarea', admin: readOnly },
    { name: 'key', type: 'text', required: true, unique: true, admin: { hidden: true } },
  ],
}
