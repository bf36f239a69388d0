import type { CollectionConfig } from 'payload'
import { adminsOnly, nobody } from '@/access'
import { customerAccountsField } from '@/fields/customerAccounts'

// A subscriber's objection to a change, recorded from the link in the notice.
export const Objections: CollectionConfig = {
  slug: 'objections',
  labels: {
    singular: { en: 'Objection', de: 'Widerspruch' },
    plural: { en: 'Objections', de: 'Widersprüche' },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'change', 'createdAt', 'comment'],
    group: { en: 'Change notices', de: 'Änderungsmitteilungen' },
    description: {
      en: 'Customers who objected to a change through the link in its notice.',
      de: 'Kunden, die einer Änderung über den Link in ihrer Mitteilung widersprochen haben.',
    },
  },
  // evidence: never deleted (the evidence ledger holds each one too)
  access: { create: nobody, read: adminsOnly, update: nobody, delete: nobody },
  fields: [
    {
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { hidden: true },
    },
    {
      name: 'change',
      label: { en: 'Change', de: 'Änderung' },
      type: 'relationship',
      relationTo: 'changes',
      required: true,
      index: true,
    },
    {
      name: 'subscriber',
      label: { en: 'Subscriber', de: 'Abonnent' },
      type: 'relationship',
      relationTo: 'subscribers',
      required: true,
    },
    { name: 'email', label: { en: 'Email', de: 'E-Mail' }, type: 'email', required: true },
    customerAccountsField({
      en: 'The customers this objection counts for: those listing the address as a notice contact, or else those whose email domains cover it.',
      de: 'Die Kunden, für die dieser Widerspruch zählt: die, bei denen die Adresse als Kontakt für Mitteilungen eingetragen ist, sonst die, deren E-Mail-Domains sie abdecken.',
    }),
    {
      name: 'accountsBy',
      label: { en: 'Matched by', de: 'Zugeordnet über' },
      type: 'select',
      options: [
        { value: 'contact', label: { en: 'Notice contact', de: 'Kontakt für Mitteilungen' } },
        { value: 'domain', label: { en: 'Email domain', de: 'E-Mail-Domain' } },
      ],
    },
    {
      name: 'comment',
      label: { en: 'Comment', de: 'Kommentar' },
      type: 'textarea',
      maxLength: 5000,
    },
  ],
}
