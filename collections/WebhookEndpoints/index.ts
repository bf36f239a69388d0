import type { CollectionConfig, FieldAccess, PayloadRequest } from 'payload'
import { adminLanguage } from '@/i18n/adminWords'
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
import { adminOptions } from '@/fields/options'

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
  labels: {
    singular: { en: 'Webhook endpoint', de: 'Webhook-Endpunkt' },
    plural: { en: 'Webhook endpoints', de: 'Webhook-Endpunkte' },
  },
  admin: {
    useAsTitle: 'url',
    defaultColumns: ['url', 'description', 'events', 'enabled', 'failedDeliveriesInARow'],
    group: { en: 'Webhooks', de: 'Webhooks' },
    description: {
      en: 'Addresses of other systems (yours or a customer’s) that receive a signed message each time a change is announced, cancelled or takes effect. What they receive and how to check the signature: the Developers page, under Webhooks.',
      de: 'Adressen anderer Systeme (Ihrer oder eines Kunden), die jedes Mal eine signierte Nachricht erhalten, wenn eine Änderung angekündigt, zurückgezogen oder wirksam wird. Was sie erhalten und wie man die Signatur prüft: auf der Seite für Entwickler unter Webhooks.',
    },
    hidden: hiddenUnlessAdmin,
  },
  defaultSort: '-createdAt',
  access: { create: adminsOnly, read: adminsOnly, update: adminsOnly, delete: adminsOnly },
  endpoints: [revealSecretEndpoint, replaceSecretEndpoint, sendTestEventEndpoint],
  hooks: { beforeChange: [giveSecret, switchedBackOn] },
  fields: [
    {
      name: 'url',
      label: { en: 'Address (URL)', de: 'Adresse (URL)' },
      type: 'text',
      required: true,
      validate: async (value: unknown, { req }: { req: PayloadRequest }) =>
        (await endpointUrlProblem(value, undefined, adminLanguage(req.i18n).t)) ?? true,
      admin: {
        description: {
          en: 'Where the messages are sent, for example https://hooks.example.com/trust-center. It must start with https:// and be reachable from the internet. Redirects are not followed.',
          de: 'Wohin die Nachrichten gesendet werden, zum Beispiel https://hooks.example.com/trust-center. Die Adresse muss mit https:// beginnen und aus dem Internet erreichbar sein. Weiterleitungen werden nicht verfolgt.',
        },
      },
    },
    {
      name: 'description',
      label: { en: 'What it is for', de: 'Wofür er dient' },
      type: 'text',
      maxLength: 200,
      admin: {
        description: {
          en: 'For your team, for example "Acme’s vendor-risk tool". Optional.',
          de: 'Für Ihr Team, zum Beispiel „Lieferantenrisiko-Tool von Acme“. Optional.',
        },
      },
    },
    {
      name: 'events',
      label: { en: 'Events to send', de: 'Zu sendende Ereignisse' },
      type: 'select',
      hasMany: true,
      required: true,
      options: adminOptions(WEBHOOK_EVENTS),
      defaultValue: [...webhookEventTypes],
    },
    {
      name: 'enabled',
      label: { en: 'Sending', de: 'Senden' },
      type: 'checkbox',
      defaultValue: true,
      admin: {
        position: 'sidebar',
        description: {
          en: `Untick to stop sending to this address. The trust center unticks it itself when ${DISABLE_AFTER_FAILED_DELIVERIES} deliveries in a row fail (each after ${ATTEMPTS} attempts); tick it again once the receiver works, then send the failed deliveries again.`,
          de: `Entfernen Sie das Häkchen, um nicht mehr an diese Adresse zu senden. Das Trust Center entfernt es selbst, wenn ${DISABLE_AFTER_FAILED_DELIVERIES} Zustellungen nacheinander fehlschlagen (jede nach ${ATTEMPTS} Versuchen); setzen Sie es wieder, sobald der Empfänger funktioniert, und senden Sie die fehlgeschlagenen Zustellungen erneut.`,
        },
      },
    },
    {
      name: 'disabledReason',
      label: { en: 'Why it was switched off', de: 'Warum er ausgeschaltet wurde' },
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
      label: {
        en: 'Deliveries failed in a row',
        de: 'Nacheinander fehlgeschlagene Zustellungen',
      },
      type: 'number',
      defaultValue: 0,
      access: systemOnly,
      admin: { position: 'sidebar', readOnly: true, condition: saved },
    },
    {
      name: 'secretCreatedAt',
      label: { en: 'Secret created on', de: 'Schlüssel erzeugt am' },
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
      label: { en: 'Tools', de: 'Werkzeuge' },
      type: 'ui',
      admin: { components: { Field: '@/admin/WebhookTools#WebhookEndpointTools' } },
    },
    {
      name: 'deliveries',
      label: { en: 'Deliveries', de: 'Zustellungen' },
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
