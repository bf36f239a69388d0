import type { CollectionConfig } from 'payload'
import { nobody, staffOnly } from '@/access'

// What visitors could see, over time: an entry each time a subprocessor's published state changes
// (published, edited while published, unpublished, deleted). `/subprocessors?asOf=` reads it.
export const SubprocessorHistory: CollectionConfig = {
  slug: 'subprocessor-history',
  labels: { singular: 'Published list entry', plural: 'Published list history' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'published', 'at'],
    group: 'Change notices',
    description:
      'A record of every change to the published subprocessor list. Kept automatically; nobody edits it.',
  },
  access: { create: nobody, read: staffOnly, update: nobody, delete: nobody },
  fields: [
    {
      name: 'subprocessor',
      type: 'text',
      required: true,
      index: true,
      admin: { components: { Field: '/src/admin/HistoryFields#HistorySubprocessorField' } },
    },
    { name: 'name', type: 'text' },
    {
      name: 'at',
      type: 'date',
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'published', type: 'checkbox', required: true },
    {
      name: 'snapshot',
      type: 'json',
      admin: { components: { Field: '/src/admin/HistoryFields#HistorySnapshotField' } },
    },
  ],
}
