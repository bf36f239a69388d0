import type { CollectionConfig } from 'payload'
import { nobody, staffOnly } from '@/access'

/**
 * The download log: who downloaded which version of which document, and when. Only the portal's
 * download route writes it; nobody, admins included, edits or deletes an entry.
 */
export const DocumentDownloads: CollectionConfig = {
  slug: 'document-downloads',
  labels: { singular: 'Download', plural: 'Download log' },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['createdAt', 'email', 'company', 'document', 'version'],
    group: 'Documents',
    description:
      'Every download of a document, newest first. Filter by document or by email to see one document’s or one person’s downloads.',
  },
  defaultSort: '-createdAt',
  access: { create: nobody, read: staffOnly, update: nobody, delete: nobody },
  fields: [
    {
      name: 'document',
      type: 'relationship',
      relationTo: 'documents',
      required: true,
      index: true,
    },
    { name: 'file', type: 'relationship', relationTo: 'document-files', required: true },
    { name: 'version', type: 'text', required: true },
    { name: 'email', type: 'email', index: true },
    { name: 'name', type: 'text' },
    { name: 'company', type: 'text' },
    { name: 'grant', type: 'relationship', relationTo: 'access-grants', index: true },
    { name: 'ipAddress', label: 'IP address', type: 'text' },
    { name: 'userAgent', label: 'Browser', type: 'text' },
    {
      name: 'stampedSha256',
      label: 'SHA-256 of the file as sent',
      type: 'text',
      admin: { description: 'Matches a leaked copy to this download.' },
    },
  ].map((field) => ({
    ...field,
    admin: { ...field.admin, readOnly: true },
  })) as CollectionConfig['fields'],
}
