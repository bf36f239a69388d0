import type { CollectionConfig } from 'payload'
import { nobody } from '@/access'

// Internal: one record per (change, subscriber), written before a notice is emailed. Its unique key
// is what makes a second email for the same change and subscriber impossible.
export const NoticeClaims: CollectionConfig = {
  slug: 'notice-claims',
  admin: { hidden: true },
  access: { create: nobody, read: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'change', type: 'relationship', relationTo: 'changes', required: true, index: true },
    { name: 'subscriber', type: 'relationship', relationTo: 'subscribers', required: true },
  ],
}
