import type { CollectionConfig } from 'payload'
import { nobody, staffOnly } from '@/access'

/**
 * The download log: who downloaded which version of which document, and when. Only the portal's
 * download route writes it; nobody, admins included, edits or deletes an entry.
 */
export const DocumentDownloads: CollectionConfig = {
  slug: 'document-downloads',
  labels: {
    singular: { en: 'Download', de: 'Download' },
    plural: { en: 'Download log', de: 'Download-Protokoll' },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['createdAt', 'email', 'company', 'document', 'version'],
    group: { en: 'Documents', de: 'Dokumente' },
    description: {
      en: 'Every download of a document, newest first. Filter by document or by email to see one document’s or one person’s downloads.',
      de: 'Jeder Download eines Dokuments, die neuesten zuerst. Filtern Sie nach Dokument oder E-Mail-Adresse, um die Downloads eines Dokuments oder einer Person zu sehen.',
    },
  },
  defaultSort: '-createdAt',
  access: { create: nobody, read: staffOnly, update: nobody, delete: nobody },
  fields: [
    {
      name: 'document',
      label: { en: 'Document', de: 'Dokument' },
      type: 'relationship',
      relationTo: 'documents',
      required: true,
      index: true,
    },
    {
      name: 'file',
      label: { en: 'File', de: 'Datei' },
      type: 'relationship',
      relationTo: 'document-files',
      required: true,
    },
    { name: 'version', label: { en: 'Version', de: 'Version' }, type: 'text', required: true },
    { name: 'email', label: { en: 'Email', de: 'E-Mail' }, type: 'email', index: true },
    { name: 'name', label: { en: 'Name', de: 'Name' }, type: 'text' },
    { name: 'company', label: { en: 'Company', de: 'Unternehmen' }, type: 'text' },
    {
      name: 'grant',
      label: { en: 'Grant', de: 'Zugangsberechtigung' },
      type: 'relationship',
      relationTo: 'access-grants',
      index: true,
    },
    { name: 'ipAddress', label: { en: 'IP address', de: 'IP-Adresse' }, type: 'text' },
    { name: 'userAgent', label: { en: 'Browser', de: 'Browser' }, type: 'text' },
    {
      name: 'stampedSha256',
      label: { en: 'SHA-256 of the file as sent', de: 'SHA-256 der gesendeten Datei' },
      type: 'text',
      admin: {
        description: {
          en: 'Matches a leaked copy to this download.',
          de: 'Ordnet eine weitergegebene Kopie diesem Download zu.',
        },
      },
    },
  ].map((field) => ({
    ...field,
    admin: { ...field.admin, readOnly: true },
  })) as CollectionConfig['fields'],
}
