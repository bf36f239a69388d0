import type { RelationshipField } from 'payload'
import type { AdminText } from '@/i18n/adminWords'

/** The customer accounts a notice or an objection was for (collections/CustomerAccounts). */
export const customerAccountsField = (description: AdminText): RelationshipField => ({
  name: 'accounts',
  label: { en: 'For customer accounts', de: 'Für Kundenkonten' },
  type: 'relationship',
  relationTo: 'customer-accounts',
  hasMany: true,
  index: true,
  admin: { description },
})
