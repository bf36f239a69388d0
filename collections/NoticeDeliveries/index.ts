import type { CollectionConfig } from 'payload'
import { adminsOnly, nobody } from '@/access'
import { customerAccountsField } from '@/fields/customerAccounts'
import { LOCALES } from '@/i18n/locales'

// Proof of notice: every attempt to email a change to a subscriber, appended by the sending job.
export const NoticeDeliveries: CollectionConfig = {
  slug: 'notice-deliveries',
  labels: { singular: 'Notice sent', plural: 'Notices sent' },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'change', 'status', 'sentAt', 'messageId', 'smtpResponse'],
    group: 'Change notices',
    description:
      'Proof that each subscriber was emailed about each change: when, to whom, the email’s Message-ID, and whether the mail server accepted it. Failed attempts are retried automatically.',
  },
  defaultSort: '-sentAt',
  access: { create: nobody, read: adminsOnly, update: nobody, delete: nobody },
  fields: [
    { name: 'change', type: 'relationship', relationTo: 'changes', required: true, index: true },
    {
      name: 'subscriber',
      type: 'relationship',
      relationTo: 'subscribers',
      required: true,
      index: true,
    },
    { name: 'email', type: 'email', required: true },
    customerAccountsField(
      'The customers this person was notified for, as their notice contact. Empty: a public subscriber only.',
    ),
    {
      name: 'status',
      label: 'Outcome',
      type: 'select',
      required: true,
      options: [
        { value: 'sent', label: 'Accepted by the mail server' },
        { value: 'failed', label: 'Failed (retried automatically)' },
      ],
    },
    {
      name: 'language',
      type: 'select',
      options: LOCALES.map(({ code, label }) => ({ value: code, label })),
      admin: {
        description:
          'The language the email was written in. Empty: sent before notices came in several languages (English).',
      },
    },
    { name: 'attempt', type: 'number', required: true },
    {
      name: 'sentAt',
      label: 'Sent at',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'messageId', label: 'Message-ID', type: 'text' },
    {
      name: 'smtpResponse',
      label: 'Mail server reply',
      type: 'text',
      admin: {
        description:
          'What the SMTP server answered, for example "250 2.0.0 Ok: queued". A notice counts as sent only when the server accepted it.',
      },
    },
    { name: 'error', type: 'textarea' },
  ],
}
