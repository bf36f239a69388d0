import type { CollectionConfig, FieldAccess } from 'payload'
import { adminsOnly, hiddenUnlessAdmin, nobodyField } from '@/access'
import { endpointUrlProblem } from '@/webhooks/addresses'
import {
  ATTEMPTS,
  DISABLE_AFTER_FAILED_DELIVERIES,
  WEBHOOK_EVENTS,
  webhookEventTypes,
} from '@/webhooks/vocabulary'
import {
  replaceSecretEndpoint,
  revealSecretEndpoint,
  sendTestEventEndpoint,
} from './endpoints/tools'
import { giveSecret, switchedBackOn } from './hooks/secret'

/** Written only by the server: nobody sets them, through the admin, REST or GraphQL. */
const systemOnly: { create: FieldAccess; update: FieldAccess } = {
  create: nobodyField,
  update: nobodyField,
}
/** Never leaves the server through an API: not in REST, GraphQL or the admin's form. */
/** Shown once the endpoint exists: on a new one there is nothing to say yet. */
const saved = (data: { createdAt?: unknown } | undefined) => Boolean(data?.createdAt)
const secretField = { hidden: true, access: { ...systemOnly, read: nobodyField } } as const

/**
 * Where change events are POSTed as signed JSON (src/webhooks, docs/webhooks.md). Admins only:
 * an endpoint receives every change as it happens, and its secret proves who sent it.
 */
export const WebhookEndpoints: CollectionConfig = {
  slug: 'webhook-endpoints',
  labels: { singular: 'Webhook endpoint', plural: 'Webhook endpoints' },
  admin: {
    useAsTitle: 'url',
    defaultColumns: ['url', 'description', 'events', 'enabled', 'failedDeliveriesInARow'],
    group: 'Webhooks',
    description:
      'Addresses of other systems (yours or a customer’s) that receive a signed message each time a change is announced, cancelled or takes effect. What they receive and how to check the signature: the Developers page, under Webhooks.',
    hidden: hiddenUnlessAdmin,
  },
  defaultSort: '-createdAt',
  access: { create: adminsOnly, read: adminsOnly, update: adminsOnly, delete: adminsOnly },
  endpoints: [revealSecretEndpoint, replaceSecretEndpoint, sendTestEventEndpoint],
  hooks: { beforeChange: [giveSecret, switchedBackOn] },
  fields: [
    {
      name: 'url',
      label: 'Address (URL)',
      type: 'text',
      required: true,
      validate: async (value: unknown) => (await endpointUrlProblem(value)) ?? true,
      admin: {
        description:
          'Where the messages are sent, for example https://hooks.example.com/trust-center. It must start with https:// and be reachable from the internet. Redirects are not followed.',
      },
    },
    {
      name: 'description',
      label: 'What it is for',
      type: 'text',
      maxLength: 200,
      admin: { description: 'For your team, for example "Acme’s vendor-risk tool". Optional.' },
    },
    {
      name: 'events',
      label: 'Events to send',
      type: 'select',
      hasMany: true,
      required: true,
      options: [...WEBHOOK_EVENTS],
      defaultValue: [...webhookEventTypes],
    },
    {
      name: 'enabled',
      label: 'Sending',
      type: 'checkbox',
      defaultValue: true,
      admin: {
        position: 'sidebar',
        description: `Untick to stop sending to this address. The trust center unticks it itself when ${DISABLE_AFTER_FAILED_DELIVERIES} deliveries in a row fail (each after ${ATTEMPTS} attempts); tick it again once the receiver works, then send the failed deliveries again.`,
      },
    },
    {
      name: 'disabledReason',
      label: 'Why it was switched off',
      type: 'textarea',
      access: systemOnly,
      admin: {
        position: 'sidebar',
        readOnly: true,
        condition: (data) => Boolean(data?.disabledReason),
      },
    },
    {
      name: 'failedDeliveriesInARow',
      label: 'Deliveries failed in a row',
      type: 'number',
      defaultValue: 0,
      access: systemOnly,
      admin: { position: 'sidebar', readOnly: true, condition: saved },
    },
    {
      name: 'secretCreatedAt',
      label: 'Secret created on',
      type: 'date',
      access: systemOnly,
      admin: {
        position: 'sidebar',
        readOnly: true,
        condition: saved,
        date: { pickerAppearance: 'dayAndTime' },
      },
    },
    { name: 'disabledAt', type: 'date', access: systemOnly, admin: { hidden: true } },
    { name: 'secret', type: 'text', ...secretField },
    { name: 'previousSecret', type: 'text', ...secretField },
    { name: 'previousSecretUntil', type: 'date', ...secretField },
    {
      name: 'tools',
      type: 'ui',
      admin: { components: { Field: '@/admin/WebhookTools#WebhookEndpointTools' } },
    },
    {
      name: 'deliveries',
      label: 'Deliveries',
      type: 'join',
      collection: 'webhook-deliveries',
      on: 'endpoint',
      defaultSort: '-createdAt',
      admin: {
        condition: saved,
        // deliveries are made by the server, never by hand
        allowCreate: false,
        defaultColumns: ['summary', 'status', 'attempts', 'lastAttemptAt'],
      },
    },
  ],
}
