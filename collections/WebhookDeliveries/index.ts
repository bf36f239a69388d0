import type { CollectionConfig } from 'payload'
import { adminsOnly, hiddenUnlessAdmin, nobody } from '@/access'
import { ATTEMPTS, DELIVERY_STATUSES, TEST_EVENT, WEBHOOK_EVENTS } from '@/webhooks/vocabulary'
import { redeliverEndpoint } from './endpoints/redeliver'

const readOnly = { readOnly: true } as const

/**
 * One event sent to one endpoint (src/webhooks/deliveries.ts): created once, by the server, and
 * sent by the jobs queue until the receiver accepts it. Admins read it and can send it again; no
 * one edits or deletes it. Each attempt is in `webhook-attempts`.
 */
export const WebhookDeliveries: CollectionConfig = {
  slug: 'webhook-deliveries',
  labels: { singular: 'Webhook delivery', plural: 'Webhook deliveries' },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['summary', 'endpoint', 'status', 'attempts', 'lastAttemptAt'],
    group: 'Webhooks',
    description: `Every event sent to every endpoint, and how it went. A failed delivery is tried again by itself, ${ATTEMPTS} times in all over about 17 hours; "Send again" sends it now. Nobody can edit or delete this record.`,
    hidden: hiddenUnlessAdmin,
  },
  defaultSort: '-createdAt',
  access: { create: nobody, read: adminsOnly, update: nobody, delete: nobody },
  endpoints: [redeliverEndpoint],
  fields: [
    { name: 'summary', label: 'Event', type: 'text', admin: readOnly },
    {
      name: 'tools',
      type: 'ui',
      admin: { components: { Field: '@/admin/WebhookTools#RedeliverButton' } },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      options: [...DELIVERY_STATUSES],
      index: true,
      admin: readOnly,
    },
    {
      name: 'endpoint',
      type: 'relationship',
      relationTo: 'webhook-endpoints',
      required: true,
      index: true,
      admin: readOnly,
    },
    {
      name: 'url',
      label: 'Address when the event happened',
      type: 'text',
      admin: {
        ...readOnly,
        description:
          'Each attempt goes to the endpoint’s current address; the log below shows where.',
      },
    },
    {
      name: 'eventType',
      label: 'Event type',
      type: 'select',
      required: true,
      options: [...WEBHOOK_EVENTS, { value: TEST_EVENT, label: 'Test event' }],
      admin: readOnly,
    },
    {
      name: 'eventId',
      label: 'Webhook id',
      type: 'text',
      required: true,
      index: true,
      admin: {
        ...readOnly,
        description:
          'Sent as the webhook-id header, the same on every attempt: receivers use it to ignore a message they already have.',
      },
    },
    {
      name: 'change',
      type: 'relationship',
      relationTo: 'changes',
      index: true,
      admin: { ...readOnly, condition: (data) => Boolean(data?.change) },
    },
    { name: 'attempts', type: 'number', admin: readOnly },
    {
      name: 'lastAttemptAt',
      label: 'Last attempt',
      type: 'date',
      admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'nextAttemptAt',
      label: 'Next automatic attempt',
      type: 'date',
      admin: {
        ...readOnly,
        date: { pickerAppearance: 'dayAndTime' },
        condition: (data) => data?.status === 'retrying',
      },
    },
    {
      name: 'deliveredAt',
      label: 'Delivered on',
      type: 'date',
      admin: {
        ...readOnly,
        date: { pickerAppearance: 'dayAndTime' },
        condition: (data) => Boolean(data?.deliveredAt),
      },
    },
    {
      name: 'lastResponseStatus',
      label: 'Last response code',
      type: 'number',
      admin: { ...readOnly, condition: (data) => typeof data?.lastResponseStatus === 'number' },
    },
    {
      name: 'lastError',
      label: 'Last problem',
      type: 'textarea',
      admin: { ...readOnly, condition: (data) => Boolean(data?.lastError) },
    },
    {
      name: 'body',
      label: 'The message (JSON)',
      type: 'textarea',
      admin: {
        ...readOnly,
        rows: 10,
        description: 'Exactly what every attempt sends: the signature covers these bytes.',
      },
    },
    {
      name: 'log',
      label: 'Attempts',
      type: 'join',
      collection: 'webhook-attempts',
      on: 'delivery',
      defaultSort: '-attempt',
      admin: {
        allowCreate: false,
        defaultColumns: ['attempt', 'sentAt', 'outcome', 'responseStatus', 'durationMs', 'trigger'],
      },
    },
    // one delivery per event and endpoint: this unique key is what makes a second one impossible
    { name: 'key', type: 'text', required: true, unique: true, admin: { hidden: true } },
  ],
}
