import type { CollectionConfig } from 'payload'
import { adminsOnly, nobody } from '@/access'
import { DEFAULT_LOCALE } from '@/i18n/locales'
import { languageOptions } from '@/fields/options'

// People who asked to be told about subprocessor changes. Only admins see them; they never appear in
// a public API, page or feed. Created and changed only through the subscription endpoints.
export const Subscribers: CollectionConfig = {
  slug: 'subscribers',
  labels: {
    singular: { en: 'Subscriber', de: 'Abonnent' },
    plural: { en: 'Subscribers', de: 'Abonnenten' },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'status', 'locale', 'confirmedAt', 'createdAt'],
    group: { en: 'Change notices', de: 'Änderungsmitteilungen' },
    description: {
      en: 'People who confirmed they want an email about every subprocessor change, and the notice contacts of customer accounts.',
      de: 'Personen, die bestätigt haben, dass sie zu jeder Änderung bei den Unterauftragsverarbeitern eine E-Mail möchten, und die Kontakte für Mitteilungen der Kundenkonten.',
    },
  },
  // No one edits a subscription by hand: consent is given and withdrawn only by the subscriber's own
  // links, and recorded as evidence. Admins can delete one (erasure on request).
  access: { create: nobody, read: adminsOnly, update: nobody, delete: adminsOnly },
  fields: [
    {
      name: 'email',
      label: { en: 'Email', de: 'E-Mail' },
      type: 'email',
      required: true,
      unique: true,
      index: true,
      admin: { readOnly: true },
    },
    {
      name: 'status',
      label: { en: 'Status', de: 'Status' },
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: [
        {
          value: 'pending',
          label: { en: 'Waiting for confirmation', de: 'Wartet auf Bestätigung' },
        },
        { value: 'confirmed', label: { en: 'Subscribed', de: 'Abonniert' } },
        { value: 'unsubscribed', label: { en: 'Unsubscribed', de: 'Abgemeldet' } },
        // made for a customer account's notice contact (collections/CustomerAccounts)
        {
          value: 'contact',
          label: {
            en: 'Notice contact only (not subscribed on the website)',
            de: 'Nur Kontakt für Mitteilungen (nicht auf der Website abonniert)',
          },
        },
      ],
    },
    {
      name: 'locale',
      label: { en: 'Language', de: 'Sprache' },
      type: 'select',
      defaultValue: DEFAULT_LOCALE,
      options: languageOptions(),
      admin: {
        readOnly: true,
        description: {
          en: 'The language they subscribed in: their confirmation and notices are written in it. A customer’s notice contact gets the language chosen for them on the customer account.',
          de: 'Die Sprache, in der die Person abonniert hat: Bestätigung und Mitteilungen sind in dieser Sprache geschrieben. Ein Kontakt für Mitteilungen eines Kunden erhält die im Kundenkonto für ihn gewählte Sprache.',
        },
      },
    },
    {
      name: 'confirmedAt',
      label: { en: 'Confirmed At', de: 'Bestätigt am' },
      type: 'date',
      admin: { readOnly: true },
    },
    {
      name: 'unsubscribedAt',
      label: { en: 'Unsubscribed At', de: 'Abgemeldet am' },
      type: 'date',
      admin: { readOnly: true },
    },
    {
      name: 'confirmationSentAt',
      label: { en: 'Confirmation Sent At', de: 'Bestätigung gesendet am' },
      type: 'date',
      admin: { readOnly: true },
    },
    {
      name: 'customerAccounts',
      label: { en: 'Customer Accounts', de: 'Kundenkonten' },
      type: 'ui',
      admin: { components: { Field: '@/admin/SubscriberAccounts#SubscriberAccounts' } },
    },
    // One-time values inside the emailed links: a link stops working once its value changes.
    { name: 'confirmNonce', type: 'text', hidden: true },
    { name: 'linkNonce', type: 'text', hidden: true },
  ],
}
