import type { CollectionConfig } from 'payload'
import { adminsOnly } from '@/access'
import { DEFAULT_LOCALE } from '@/i18n/locales'
import { languageOptions } from '@/fields/options'
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
  labels: {
    singular: { en: 'Customer account', de: 'Kundenkonto' },
    plural: { en: 'Customer accounts', de: 'Kundenkonten' },
  },
  admin: {
    useAsTitle: 'organisation',
    defaultColumns: ['organisation', 'status', 'dpaSignedAt', 'scopes', 'updatedAt'],
    group: { en: 'Change notices', de: 'Änderungsmitteilungen' },
    description: {
      en: 'Customers with a data processing agreement. Their notice contacts get an email about every change that concerns them.',
      de: 'Kunden mit einem Auftragsverarbeitungsvertrag. Ihre Kontakte für Mitteilungen erhalten zu jeder Änderung, die sie betrifft, eine E-Mail.',
    },
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
      label: { en: 'Organisation', de: 'Organisation' },
      type: 'text',
      required: true,
      maxLength: 200,
      admin: {
        description: {
          en: 'The customer’s legal name, as on the agreement.',
          de: 'Der rechtliche Name des Kunden, wie im Vertrag.',
        },
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'dpaSignedAt',
          label: { en: 'DPA signed on', de: 'AVV unterzeichnet am' },
          type: 'date',
          admin: {
            date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' },
            description: {
              en: 'The day the data processing agreement was signed.',
              de: 'Der Tag, an dem der Auftragsverarbeitungsvertrag unterzeichnet wurde.',
            },
          },
        },
        {
          name: 'status',
          label: { en: 'Status', de: 'Status' },
          type: 'select',
          required: true,
          defaultValue: 'active',
          options: [
            {
              value: 'active',
              label: { en: 'Active: gets notices', de: 'Aktiv: erhält Mitteilungen' },
            },
            {
              value: 'ended',
              label: { en: 'Ended: no more notices', de: 'Beendet: keine Mitteilungen mehr' },
            },
          ],
          admin: {
            description: {
              en: 'When a customer leaves, choose Ended. The account stays on record with the notices it received.',
              de: 'Wenn ein Kunde geht, wählen Sie „Beendet“. Das Konto bleibt mit den erhaltenen Mitteilungen erhalten.',
            },
          },
        },
      ],
    },
    {
      name: 'scopes',
      label: {
        en: 'Scopes this customer uses',
        de: 'Geltungsbereiche, die dieser Kunde nutzt',
      },
      type: 'relationship',
      relationTo: 'scopes',
      hasMany: true,
      admin: {
        description: {
          en: 'The products, regions or optional features this customer uses. Leave empty if they use only what every customer uses: they still get every notice about subprocessors that apply to all customers.',
          de: 'Die Produkte, Regionen oder optionalen Funktionen, die dieser Kunde nutzt. Leer lassen, wenn er nur nutzt, was alle Kunden nutzen: Er erhält trotzdem jede Mitteilung zu Unterauftragsverarbeitern, die für alle Kunden gelten.',
        },
      },
    },
    {
      name: 'noticeContacts',
      label: { en: 'Notice contacts', de: 'Kontakte für Mitteilungen' },
      type: 'array',
      labels: {
        singular: { en: 'Contact', de: 'Kontakt' },
        plural: { en: 'Contacts', de: 'Kontakte' },
      },
      validate: validateContacts,
      admin: {
        description: {
          en: 'The people who receive this customer’s change notices, for example their privacy or security lead. Each gets one email per change, even if they also subscribed on the website.',
          de: 'Die Personen, die die Änderungsmitteilungen für diesen Kunden erhalten, zum Beispiel die Verantwortlichen für Datenschutz oder Sicherheit. Jede erhält eine E-Mail je Änderung, auch wenn sie zusätzlich auf der Website abonniert hat.',
        },
        initCollapsed: false,
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', label: { en: 'Name', de: 'Name' }, type: 'text', maxLength: 200 },
            { name: 'email', label: { en: 'Email', de: 'E-Mail' }, type: 'email', required: true },
            {
              name: 'role',
              label: { en: 'Role', de: 'Funktion' },
              type: 'text',
              maxLength: 120,
              admin: {
                description: {
                  en: 'For example "DPO" or "Head of security".',
                  de: 'Zum Beispiel „Datenschutzbeauftragte“ oder „Leiter IT-Sicherheit“.',
                },
              },
            },
            {
              name: 'locale',
              label: { en: 'Language', de: 'Sprache' },
              type: 'select',
              defaultValue: DEFAULT_LOCALE,
              options: languageOptions(),
              admin: {
                description: {
                  en: 'The language of their change notices. The change’s own details stay in English, as announced.',
                  de: 'Die Sprache ihrer Änderungsmitteilungen. Die Angaben der Änderung selbst bleiben auf Englisch, wie angekündigt.',
                },
              },
            },
          ],
        },
      ],
    },
    {
      name: 'emailDomains',
      label: { en: 'Email domains', de: 'E-Mail-Domains' },
      type: 'text',
      hasMany: true,
      maxRows: 20,
      validate: validateAccountDomains,
      admin: {
        description: {
          en: 'Optional, for example customer.com. People from these domains who subscribe on the website are suggested below as contacts, and their objections are counted for this customer.',
          de: 'Optional, zum Beispiel customer.com. Personen aus diesen Domains, die auf der Website abonnieren, werden unten als Kontakte vorgeschlagen, und ihre Widersprüche zählen für diesen Kunden.',
        },
      },
    },
    // the contacts' addresses, lower-cased, for finding an address's accounts in one query
    { name: 'contactEmails', type: 'text', hasMany: true, index: true, hidden: true },
    {
      name: 'suggestedContacts',
      label: { en: 'Suggested Contacts', de: 'Vorgeschlagene Kontakte' },
      type: 'ui',
      admin: { components: { Field: '@/admin/AccountContacts#AccountContacts' } },
    },
    {
      name: 'notes',
      label: { en: 'Notes', de: 'Notizen' },
      type: 'textarea',
      maxLength: 2000,
      admin: {
        description: { en: 'Optional, for your team only.', de: 'Optional, nur für Ihr Team.' },
      },
    },
  ],
}
