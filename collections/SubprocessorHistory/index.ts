import type { CollectionConfig } from 'payload'
import { nobody, staffOnly } from '@/access'

// What visitors could see, over time: an entry each time a subprocessor's published state changes
// (published, edited while published, unpublished, deleted). `/subprocessors?asOf=` reads it.
export const SubprocessorHistory: CollectionConfig = {
  slug: 'subprocessor-history',
  labels: {
    singular: { en: 'Published list entry', de: 'Eintrag der veröffentlichten Liste' },
    plural: { en: 'Published list history', de: 'Verlauf der veröffentlichten Liste' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'published', 'at'],
    group: { en: 'Change notices', de: 'Änderungsmitteilungen' },
    description: {
      en: 'A record of every change to the published subprocessor list. Kept automatically; nobody edits it.',
      de: 'Ein Protokoll jeder Änderung der veröffentlichten Liste der Unterauftragsverarbeiter. Wird automatisch geführt; niemand bearbeitet es.',
    },
  },
  access: { create: nobody, read: staffOnly, update: nobody, delete: nobody },
  fields: [
    {
      name: 'subprocessor',
      label: { en: 'Subprocessor', de: 'Unterauftragsverarbeiter' },
      type: 'text',
      required: true,
      index: true,
      admin: { components: { Field: '/src/admin/HistoryFields#HistorySubprocessorField' } },
    },
    { name: 'name', label: { en: 'Name', de: 'Name' }, type: 'text' },
    {
      name: 'at',
      label: { en: 'At', de: 'Zeitpunkt' },
      type: 'date',
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'published',
      label: { en: 'Published', de: 'Veröffentlicht' },
      type: 'checkbox',
      required: true,
    },
    {
      name: 'snapshot',
      label: { en: 'Snapshot', de: 'Momentaufnahme' },
      type: 'json',
      admin: { components: { Field: '/src/admin/HistoryFields#HistorySnapshotField' } },
    },
  ],
}
