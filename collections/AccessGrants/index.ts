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
  labels: {
    singular: { en: 'Access grant', de: 'Zugangsberechtigung' },
    plural: { en: 'Access grants', de: 'Zugangsberechtigungen' },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'company', 'document', 'expiresAt', 'revoked'],
    group: { en: 'Documents', de: 'Dokumente' },
    description: {
      en: 'Who can download which confidential document, and until when. To take access away at once, open the grant, tick "Revoke access" and save.',
      de: 'Wer welches vertrauliche Dokument bis wann herunterladen kann. Um einen Zugang sofort zu entziehen, öffnen Sie die Berechtigung, setzen Sie das Häkchen bei „Zugang entziehen“ und speichern Sie.',
    },
  },
  defaultSort: '-createdAt',
  access: { create: nobody, read: staffOnly, update: staffOnly, delete: nobody },
  hooks: { beforeChange: [validateRevocation], afterChange: [recordRevocation] },
  fields: [
    {
      name: 'revoked',
      label: { en: 'Revoke access', de: 'Zugang entziehen' },
      type: 'checkbox',
      defaultValue: false,
      admin: {
        position: 'sidebar',
        description: {
          en: 'Stops every download under this grant at once. Cannot be undone.',
          de: 'Beendet sofort jeden Download unter dieser Berechtigung. Kann nicht rückgängig gemacht werden.',
        },
      },
    },
    {
      name: 'revokeReason',
      label: { en: 'Reason for revoking', de: 'Grund für den Entzug' },
      type: 'textarea',
      maxLength: 500,
      admin: { position: 'sidebar', condition: (data) => Boolean(data?.revoked) },
    },
    {
      name: 'revokedAt',
      label: { en: 'Revoked At', de: 'Entzogen am' },
      type: 'date',
      ...fixed,
      admin: { ...fixed.admin, position: 'sidebar' },
    },
    {
      name: 'revokedBy',
      label: { en: 'Revoked By', de: 'Entzogen von' },
      type: 'relationship',
      relationTo: 'users',
      ...fixed,
      admin: { ...fixed.admin, position: 'sidebar' },
    },
    {
      name: 'email',
      label: { en: 'Email', de: 'E-Mail' },
      type: 'email',
      required: true,
      index: true,
      ...fixed,
    },
    { name: 'name', label: { en: 'Name', de: 'Name' }, type: 'text', required: true, ...fixed },
    {
      name: 'company',
      label: { en: 'Company', de: 'Unternehmen' },
      type: 'text',
      required: true,
      ...fixed,
    },
    {
      name: 'document',
      label: { en: 'Document', de: 'Dokument' },
      type: 'relationship',
      relationTo: 'documents',
      required: true,
      ...fixed,
    },
    {
      name: 'request',
      label: { en: 'Request', de: 'Anfrage' },
      type: 'relationship',
      relationTo: 'access-requests',
      ...fixed,
    },
    {
      name: 'basis',
      label: { en: 'Granted because', de: 'Gewährt, weil' },
      type: 'select',
      required: true,
      options: [
        {
          value: 'nda',
          label: { en: 'The visitor accepted the NDA', de: 'Die Person hat die NDA akzeptiert' },
        },
        {
          value: 'auto-approved',
          label: {
            en: 'NDA accepted; the email domain is approved in advance',
            de: 'NDA akzeptiert; die E-Mail-Domain ist vorab freigegeben',
          },
        },
        {
          value: 'approved',
          label: {
            en: 'NDA accepted and approved by staff',
            de: 'NDA akzeptiert und vom Team freigegeben',
          },
        },
      ],
      ...fixed,
    },
    {
      name: 'grantedBy',
      label: { en: 'Granted By', de: 'Gewährt von' },
      type: 'relationship',
      relationTo: 'users',
      ...fixed,
    },
    {
      name: 'expiresAt',
      label: { en: 'Expires at', de: 'Läuft ab am' },
      type: 'date',
      required: true,
      index: true,
      ...fixed,
      admin: { ...fixed.admin, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'activity',
      label: { en: 'Activity', de: 'Aktivität' },
      type: 'ui',
      admin: { components: { Field: '/src/admin/GrantActivity#GrantActivity' } },
    },
  ],
}
