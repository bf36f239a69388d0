import type { CollectionConfig } from 'payload'
import { adminsOnly, nobody } from '@/access'
import { customerAccountsField } from '@/fields/customerAccounts'

// A subscriber's objection to a change, recorded from the link in the notice.
export const Objections: CollectionConfig = {
  slug: 'objections',
  labels: { singular: 'Objection', plural: 'Objections' },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'change', 'createdAt', 'comment'],
    group: 'Change notices',
    description: 'Customers who objected to a change through the link in its notice.',
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
    { name: 'change', type: 'relationship', relationTo: 'changes', required: true, index: true },
    { name: 'subscriber', type: 'relationship', relationTo: 'subscribers', required: true },
    { name: 'email', type: 'email', required: true },
    customerAccountsField(
      'The customers this objection counts for: those listing the address as a notice contact, or else those whose email domains cover it.',
    ),
    {
      name: 'accountsBy',
      label: 'Matched by',
      type: 'select',
      options: [
        { value: 'contact', label: 'Notice contact' },
        { value: 'domain', label: 'Email domain' },
      ],
    },
    { name: 'comment', type: 'textarea', maxLength: 5000 },
  ],
}
