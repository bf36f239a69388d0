import type { CollectionConfig } from 'payload'
import { adminsOnly, nobody } from '@/access'
import { DEFAULT_LOCALE, LOCALES } from '@/i18n/locales'

// People who asked to be told about subprocessor changes. Only admins see them; they never appear in
// a public API, page or feed. Created and changed only through the subscription endpoints.
export const Subscribers: CollectionConfig = {
  slug: 'subscribers',
  labels: { singular: 'Subscriber', plural: 'Subscribers' },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'status', 'locale', 'confirmedAt', 'createdAt'],
    group: 'Change notices',
    description:
      'People who confirmed they want an email about every subprocessor change, and the notice contacts of customer accounts.',
  },
  // No one edits a subscription by hand: consent is given and withdrawn only by the subscriber's own
  // links, and recorded as evidence. Admins can delete one (erasure on request).
  access: { create: nobody, read: adminsOnly, update: nobody, delete: adminsOnly },
  fields: [
    {
      name: 'email',
      type: 'email',
      required: true,
      unique: true,
      index: true,
      admin: { readOnly: true },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: [
        { value: 'pending', label: 'Waiting for confirmation' },
        { value: 'confirmed', label: 'Subscribed' },
        { value: 'unsubscribed', label: 'Unsubscribed' },
        // made for a customer account's notice contact (collections/CustomerAccounts)
        { value: 'contact', label: 'Notice contact only (not subscribed on the website)' },
      ],
    },
    {
      name: 'locale',
      label: 'Language',
      type: 'select',
      defaultValue: DEFAULT_LOCALE,
      options: LOCALES.map(({ code, label }) => ({ value: code, label })),
      admin: {
        readOnly: true,
        description:
          'The language they subscribed in: their confirmation and notices are written in it. A customer’s notice contact gets the language chosen for them on the customer account.',
      },
    },
    { name: 'confirmedAt', type: 'date', admin: { readOnly: true } },
    { name: 'unsubscribedAt', type: 'date', admin: { readOnly: true } },
    { name: 'confirmationSentAt', type: 'date', admin: { readOnly: true } },
    {
      name: 'customerAccounts',
      type: 'ui',
      admin: { components: { Field: '@/admin/SubscriberAccounts#SubscriberAccounts' } },
    },
    // One-time values inside the emailed links: a link stops working once its value changes.
    { name: 'confirmNonce', type: 'text', hidden: true },
    { name: 'linkNonce', type: 'text', hidden: true },
  ],
}
