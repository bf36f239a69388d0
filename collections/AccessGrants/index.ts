import type { CollectionConfig } from 'payload'
import { nobody, nobodyField, staffOnly } from '@/access'
import { recordRevocation, validateRevocation } from '@/document-access/grants'

const fixed = { access: { update: nobodyField }, admin: { readOnly: true } } as const

/**
 * Access given to one visitor for one document, until it expires or staff revoke it. Every
 * download checks it again, so a revocation stops the next download at once.
 */
export const AccessGrants: CollectionConfig = {
  slug: 'access-grants',
  labels: { singular: 'Access grant', plural: 'Access grants' },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'company', 'document', 'expiresAt', 'revoked'],
    group: 'Documents',
    description:
      'Who can download which confidential document, and until when. To take access away at once, open the grant, tick "Revoke access" and save.',
  },
  defaultSort: '-createdAt',
  access: { create: nobody, read: staffOnly, update: staffOnly, delete: nobody },
  hooks: { beforeChange: [validateRevocation], afterChange: [recordRevocation] },
  fields: [
    {
      name: 'revoked',
      label: 'Revoke access',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        position: 'sidebar',
        description: 'Stops every download under this grant at once. Cannot be undone.',
      },
    },
    {
      name: 'revokeReason',
      label: 'Reason for revoking',
      type: 'textarea',
      maxLength: 500,
      admin: { position: 'sidebar', condition: (data) => Boolean(data?.revoked) },
    },
    { name: 'revokedAt', type: 'date', ...fixed, admin: { ...fixed.admin, position: 'sidebar' } },
    {
      name: 'revokedBy',
      type: 'relationship',
      relationTo: 'users',
      ...fixed,
      admin: { ...fixed.admin, position: 'sidebar' },
    },
    { name: 'email', type: 'email', required: true, index: true, ...fixed },
    { name: 'name', type: 'text', required: true, ...fixed },
    { name: 'company', type: 'text', required: true, ...fixed },
    { name: 'document', type: 'relationship', relationTo: 'documents', required: true, ...fixed },
    { name: 'request', type: 'relationship', relationTo: 'access-requests', ...fixed },
    {
      name: 'basis',
      label: 'Granted because',
      type: 'select',
      required: true,
      options: [
        { value: 'nda', label: 'The visitor accepted the NDA' },
        { value: 'auto-approved', label: 'NDA accepted; the email domain is approved in advance' },
        { value: 'approved', label: 'NDA accepted and approved by staff' },
      ],
      ...fixed,
    },
    { name: 'grantedBy', type: 'relationship', relationTo: 'users', ...fixed },
    {
      name: 'expiresAt',
      label: 'Expires at',
      type: 'date',
      required: true,
      index: true,
      ...fixed,
      admin: { ...fixed.admin, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'activity',
      type: 'ui',
      admin: { components: { Field: '/src/admin/GrantActivity#GrantActivity' } },
    },
  ],
}
