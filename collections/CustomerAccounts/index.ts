import type { CollectionConfig } from 'payload'
import { adminsOnly } from '@/access'
import { DEFAULT_LOCALE, LOCALES } from '@/i18n/locales'
import { validateAccountDomains, validateContacts } from '@/notices/accounts'
import { keepAccountOnRecord } from './hooks/keepAccountOnRecord'
import { linkContacts, normaliseAccount } from './hooks/linkContacts'

/**
 * A customer under a data processing agreement: the controller GDPR Art. 28(2) requires informing.
 * A change notice goes to the notice contacts of every account the change concerns (all accounts,
 * or those using one of the subprocessor's scopes), beside the public subscribers; each change's
 * page shows which accounts were notified, objected or stayed silent.
 */
export const CustomerAccounts: CollectionConfig = {
  slug: 'customer-accounts',
  labels: { singular: 'Customer account', plural: 'Customer accounts' },
  admin: {
    useAsTitle: 'organisation',
    defaultColumns: ['organisation', 'status', 'dpaSignedAt', 'scopes', 'updatedAt'],
    group: 'Change notices',
    description:
      'Customers with a data processing agreement. Their notice contacts get an email about every change that concerns them.',
  },
  defaultSort: 'organisation',
  access: { create: adminsOnly, read: adminsOnly, update: adminsOnly, delete: adminsOnly },
  // who the contacts were on any day: every saved version is kept
  versions: { maxPerDoc: 500 },
  hooks: {
    beforeChange: [normaliseAccount],
    afterChange: [linkContacts],
    beforeDelete: [keepAccountOnRecord],
  },
  fields: [
    {
      name: 'organisation',
      type: 'text',
      required: true,
      maxLength: 200,
      admin: { description: 'The customer’s legal name, as on the agreement.' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'dpaSignedAt',
          label: 'DPA signed on',
          type: 'date',
          admin: {
            date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' },
            description: 'The day the data processing agreement was signed.',
          },
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'active',
          options: [
            { value: 'active', label: 'Active: gets notices' },
            { value: 'ended', label: 'Ended: no more notices' },
          ],
          admin: {
            description:
              'When a customer leaves, choose Ended. The account stays on record with the notices it received.',
          },
        },
      ],
    },
    {
      name: 'scopes',
      label: 'Scopes this customer uses',
      type: 'relationship',
      relationTo: 'scopes',
      hasMany: true,
      admin: {
        description:
          'The products, regions or optional features this customer uses. Leave empty if they use only what every customer uses: they still get every notice about subprocessors that apply to all customers.',
      },
    },
    {
      name: 'noticeContacts',
      label: 'Notice contacts',
      type: 'array',
      labels: { singular: 'Contact', plural: 'Contacts' },
      validate: validateContacts,
      admin: {
        description:
          'The people who receive this customer’s change notices, for example their privacy or security lead. Each gets one email per change, even if they also subscribed on the website.',
        initCollapsed: false,
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', maxLength: 200 },
            { name: 'email', type: 'email', required: true },
            {
              name: 'role',
              type: 'text',
              maxLength: 120,
              admin: { description: 'For example "DPO" or "Head of security".' },
            },
            {
              name: 'locale',
              label: 'Language',
              type: 'select',
              defaultValue: DEFAULT_LOCALE,
              options: LOCALES.map(({ code, label }) => ({ value: code, label })),
              admin: {
                description:
                  'The language of their change notices. The change’s own details stay in English, as announced.',
              },
            },
          ],
        },
      ],
    },
    {
      name: 'emailDomains',
      label: 'Email domains',
      type: 'text',
      hasMany: true,
      maxRows: 20,
      validate: validateAccountDomains,
      admin: {
        description:
          'Optional, for example customer.com. People from these domains who subscribe on the website are suggested below as contacts, and their objections are counted for this customer.',
      },
    },
    // the contacts' addresses, lower-cased, for finding an address's accounts in one query
    { name: 'contactEmails', type: 'text', hasMany: true, index: true, hidden: true },
    {
      name: 'suggestedContacts',
      type: 'ui',
      admin: { components: { Field: '@/admin/AccountContacts#AccountContacts' } },
    },
    {
      name: 'notes',
      type: 'textarea',
      maxLength: 2000,
      admin: { description: 'Optional, for your team only.' },
    },
  ],
}
