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
  labels: {
    singular: { en: 'Document file', de: 'Dokumentdatei' },
    plural: { en: 'Document files', de: 'Dokumentdateien' },
  },
  admin: {
    group: { en: 'Documents', de: 'Dokumente' },
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'version', 'effectiveDate', 'document', 'createdAt'],
    description: {
      en: 'Every PDF uploaded for a document, past versions included. Upload new versions from the document itself.',
      de: 'Jedes zu einem Dokument hochgeladene PDF, frühere Versionen eingeschlossen. Neue Versionen laden Sie im Dokument selbst hoch.',
    },
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
      label: { en: 'Version', de: 'Version' },
      type: 'text',
      required: true,
      maxLength: 40,
      admin: {
        description: {
          en: 'How this version is known, for example "2026" or "v3.1".',
          de: 'Wie diese Version heißt, zum Beispiel „2026“ oder „v3.1“.',
        },
      },
    },
    {
      name: 'effectiveDate',
      label: { en: 'Effective date', de: 'Gültig ab' },
      type: 'date',
      required: true,
      admin: {
        date: day,
        description: {
          en: 'The day this version took effect or the report was issued.',
          de: 'Der Tag, an dem diese Version gültig wurde oder der Bericht ausgestellt wurde.',
        },
      },
    },
    {
      name: 'document',
      label: { en: 'Document', de: 'Dokument' },
      type: 'relationship',
      relationTo: 'documents',
      access: { update: nobodyField },
      admin: {
        readOnly: true,
        description: {
          en: 'Set when the file is chosen as a document’s current file.',
          de: 'Wird gesetzt, wenn die Datei als aktuelle Datei eines Dokuments gewählt wird.',
        },
      },
    },
    {
      name: 'sha256',
      label: { en: 'SHA-256 fingerprint', de: 'SHA-256-Fingerabdruck' },
      type: 'text',
      access: { update: nobodyField },
      admin: {
        readOnly: true,
        description: {
          en: 'Of the file as uploaded, before any stamping.',
          de: 'Der Datei, wie sie hochgeladen wurde, vor jedem Stempeln.',
        },
      },
    },
  ],
}
