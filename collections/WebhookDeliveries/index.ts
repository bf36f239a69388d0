import type { CollectionConfig } from 'payload'
import { adminsOnly, hiddenUnlessAdmin, nobody } from '@/access'
import { ATTEMPTS, DELIVERY_STATUSES, TEST_EVENT, WEBHOOK_EVENTS } from '@/webhooks/vocabulary'
import { redeliverEndpoint } from './endpoints/redeliver'
import { adminOptions } from '@/fields/options'

const readOnly = { readOnly: true } as const

/**
 * One event sent to one endpoint (src/webhooks/deliveries.ts): created once, by the server, and
 * sent by the jobs queue until the receiver accepts it. Admins read it and can send it again; no
 * one edits or deletes it. Each attempt is in `webhook-attempts`.
 */
export const WebhookDeliveries: CollectionConfig = {
  slug: 'webhook-deliveries',
  labels: {
    singular: { en: 'Webhook delivery', de: 'Webhook-Zustellung' },
    plural: { en: 'Webhook deliveries', de: 'Webhook-Zustellungen' },
  },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['summary', 'endpoint', 'status', 'attempts', 'lastAttemptAt'],
    group: { en: 'Webhooks', de: 'Webhooks' },
    description: {
      en: `Every event sent to every endpoint, and how it went. A failed delivery is tried again by itself, ${ATTEMPTS} times in all over about 17 hours; "Send again" sends it now. Nobody can edit or delete this record.`,
      de: `Jedes an jeden Endpunkt gesendete Ereignis und wie es lief. Eine fehlgeschlagene Zustellung wird von selbst erneut versucht, insgesamt ${ATTEMPTS}-mal über etwa 17 Stunden; „Erneut senden“ sendet sie sofort. Niemand kann diesen Nachweis bearbeiten oder löschen.`,
    },
    hidden: hiddenUnlessAdmin,
  },
  defaultSort: '-createdAt',
  access: { create: nobody, read: adminsOnly, update: nobody, delete: nobody },
  endpoints: [redeliverEndpoint],
  fields: [
    { name: 'summary', label: { en: 'Event', de: 'Ereignis' }, type: 'text', admin: readOnly },
    {
      name: 'tools',
      label: { en: 'Tools', de: 'Werkzeuge' },
      type: 'ui',
      admin: { components: { Field: '@/admin/WebhookTools#RedeliverButton' } },
    },
    {
      name: 'status',
      label: { en: 'Status', de: 'Status' },
      type: 'select',
      required: true,
      options: adminOptions(DELIVERY_STATUSES),
      index: true,
      admin: readOnly,
    },
    {
      name: 'endpoint',
      label: { en: 'Endpoint', de: 'Endpunkt' },
      type: 'relationship',
      relationTo: 'webhook-endpoints',
      required: true,
      index: true,
      admin: readOnly,
    },
    {
      name: 'url',
      label: { en: 'Address when the event happened', de: 'Adresse zum Zeitpunkt des Ereignisses' },
      type: 'text',
      admin: {
        ...readOnly,
        description: {
          en: 'Each attempt goes to the endpoint’s current address; the log below shows where.',
          de: 'Jeder Versuch geht an die aktuelle Adresse des Endpunkts; das Protokoll unten zeigt, wohin.',
        },
      },
    },
    {
      name: 'eventType',
      label: { en: 'Event type', de: 'Art des Ereignisses' },
      type: 'select',
      required: true,
      options: adminOptions([
        ...WEBHOOK_EVENTS,
        { value: TEST_EVENT, label: 'Test event', de: 'Testereignis' },
      ]),
      admin: readOnly,
    },
    {
      name: 'eventId',
      label: { en: 'Webhook id', de: 'Webhook-ID' },
      type: 'text',
      required: true,
      index: true,
      admin: {
        ...readOnly,
        description: {
          en: 'Sent as the webhook-id header, the same on every attempt: receivers use it to ignore a message they already have.',
          de: 'Wird als Header webhook-id gesendet, bei jedem Versuch gleich: Empfänger ignorieren damit eine Nachricht, die sie schon haben.',
        },
      },
    },
    {
      name: 'change',
      label: { en: 'Change', de: 'Änderung' },
      type: 'relationship',
      relationTo: 'changes',
      index: true,
      admin: { ...readOnly, condition: (data) => Boolean(data?.change) },
    },
    {
      name: 'attempts',
      label: { en: 'Attempts', de: 'Versuche' },
      type: 'number',
      admin: readOnly,
    },
    {
      name: 'lastAttemptAt',
      label: { en: 'Last attempt', de: 'Letzter Versuch' },
      type: 'date',
      admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'nextAttemptAt',
      label: { en: 'Next automatic attempt', de: 'Nächster automatischer Versuch' },
      type: 'date',
      admin: {
        ...readOnly,
        date: { pickerAppearance: 'dayAndTime' },
        condition: (data) => data?.status === 'retrying',
      },
    },
    {
      name: 'deliveredAt',
      label: { en: 'Delivered on', de: 'Zugestellt am' },
      type: 'date',
      admin: {
        ...readOnly,
        date: { pickerAppearance: 'dayAndTime' },
        condition: (data) => Boolean(data?.deliveredAt),
      },
    },
    {
      name: 'lastResponseStatus',
      label: { en: 'Last response code', de: 'Letzter Antwortcode' },
      type: 'number',
      admin: { ...readOnly, condition: (data) => typeof data?.lastResponseStatus === 'number' },
    },
    {
      name: 'lastError',
      label: { en: 'Last problem', de: 'Letztes Problem' },
      type: 'textarea',
      admin: { ...readOnly, condition: (data) => Boolean(data?.lastError) },
    },
    {
      name: 'body',
      label: { en: 'The message (JSON)', de: 'Die Nachricht (JSON)' },
      type: 'textarea',
      admin: {
        ...readOnly,
        rows: 10,
        description: {
          en: 'Exactly what every attempt sends: the signature covers these bytes.',
          de: 'Genau das, was jeder Versuch sendet: Die Signatur deckt diese Bytes ab.',
        },
      },
    },
    {
      name: 'log',
      label: { en: 'Attempts', de: 'Versuche' },
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
