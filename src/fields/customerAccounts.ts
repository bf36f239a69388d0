import type { RelationshipField } from 'payload'

/** The customer accounts a notice or an objection was for (collections/CustomerAccounts). */
export const customerAccountsField = (description: string): RelationshipField => ({
  name: 'accounts',
  label: 'For customer accounts',
  type: 'relationship',
  relationTo: 'customer-accounts',
  hasMany: true,
  index: true,
  admin: { description },
})
