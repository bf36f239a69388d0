import type { CollectionConfig } from 'payload'
import { adminsOnly, nobodyField, staffOnly } from '@/access'
import { fingerprintUpload, keepFileOnRecord, keepFileOnUpdate } from '@/document-access/files'
import { TAGS } from '@/cache/tags'
import { revalidateAfterChange } from '@/cache/revalidate'
import { staticDirFor } from '@/storage'

const day = { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } as const

/**
 * Every file ever published for a document, one record each: a new version is a new upload, so
 * what a visitor downloaded on any day can still be shown. Staff read them; nobody else, by any
 * URL: visitors download through the portal's checked, stamped and logged route.
 */
export const DocumentFiles: CollectionConfig = {
  slug: 'document-files',
  labels: { singular: 'Document file', plural: 'Document files' },
  admin: {
    group: 'Documents',
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'version', 'effectiveDate', 'document', 'createdAt'],
    description:
      'Every PDF uploaded for a document, past versions included. Upload new versions from the document itself.',
  },
  defaultSort: '-createdAt',
  access: { create: staffOnly, read: staffOnly, update: staffOnly, delete: adminsOnly },
  upload: {
    staticDir: staticDirFor('document-files'),
    mimeTypes: ['application/pdf'],
    // never shown in a list or a card: a preview would fetch the file for every row
    displayPreview: false,
  },
  hooks: {
    beforeOperation: [keepFileOnUpdate],
    beforeChange: [fingerprintUpload],
    beforeDelete: [keepFileOnRecord],
    // the library shows the current file's version and date (src/data/documents.ts)
    afterChange: [revalidateAfterChange([TAGS.documents])],
  },
  fields: [
    {
      name: 'version',
      type: 'text',
      required: true,
      maxLength: 40,
      admin: { description: 'How this version is known, for example "2026" or "v3.1".' },
    },
    {
      name: 'effectiveDate',
      label: 'Effective date',
      type: 'date',
      required: true,
      admin: {
        date: day,
        description: 'The day this version took effect or the report was issued.',
      },
    },
    {
      name: 'document',
      type: 'relationship',
      relationTo: 'documents',
      access: { update: nobodyField },
      admin: {
        readOnly: true,
        description: 'Set when the file is chosen as a document’s current file.',
      },
    },
    {
      name: 'sha256',
      label: 'SHA-256 fingerprint',
      type: 'text',
      access: { update: nobodyField },
      admin: { readOnly: true, description: 'Of the file as uploaded, before any stamping.' },
    },
  ],
}
