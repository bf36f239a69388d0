import type { CollectionConfig, Field } from 'payload'
import { nobody, nobodyField, staffOnly } from '@/access'
import { decideAfterChange, validateDecision } from '@/document-access/decisions'
import { REQUEST_STATUSES } from '@/document-access/statuses'
import { adminOptions, languageOptions } from '@/fields/options'
import { DEFAULT_LOCALE } from '@/i18n/locales'

const shown = { readOnly: true } as const
/** Set by the server as the request moves on; staff read them, nobody edits them. */
const serverField = <F extends Field>(field: F): F =>
  ({ ...field, access: { update: nobodyField }, admin: { ...field.admin, ...shown } }) as F

/**
 * A visitor's request for a confidential document: who asked and why, the proof of their
 * address, their NDA acceptance and, for documents that need one, the staff decision. Created
 * only by the portal's request form; never deleted (it is the record of why access was given).
 */
export const AccessRequests: CollectionConfig = {
  slug: 'access-requests',
  labels: {
    singular: { en: 'Access request', de: 'Zugangsanfrage' },
    plural: { en: 'Access requests', de: 'Zugangsanfragen' },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'company', 'document', 'status', 'createdAt'],
    group: { en: 'Documents', de: 'Dokumente' },
    description: {
      en: 'Visitors asking for confidential documents. Requests waiting for approval: open one, choose Approve or Deny, add a note if you like, and save. The visitor gets an email either way.',
      de: 'Besucher, die vertrauliche Dokumente anfragen. Anfragen, die auf Freigabe warten: Öffnen Sie eine, wählen Sie „Freigeben“ oder „Ablehnen“, fügen Sie bei Bedarf eine Notiz hinzu und speichern Sie. Die anfragende Person erhält in beiden Fällen eine E-Mail.',
    },
  },
  defaultSort: '-createdAt',
  access: { create: nobody, read: staffOnly, update: staffOnly, delete: nobody },
  hooks: { beforeChange: [validateDecision], afterChange: [decideAfterChange] },
  fields: [
    {
      type: 'collapsible',
      label: { en: 'Decision', de: 'Entscheidung' },
      admin: {
        condition: (data) => data?.status === 'awaiting-approval' || Boolean(data?.decision),
      },
      fields: [
        {
          name: 'decision',
          label: { en: 'Decision', de: 'Entscheidung' },
          type: 'radio',
          options: [
            {
              value: 'approve',
              label: {
                en: 'Approve: send the visitor their access link',
                de: 'Freigeben: der anfragenden Person ihren Zugangslink senden',
              },
            },
            {
              value: 'deny',
              label: {
                en: 'Deny: tell the visitor the request was declined',
                de: 'Ablehnen: der anfragenden Person mitteilen, dass die Anfrage abgelehnt wurde',
              },
            },
          ],
          admin: {
            description: {
              en: 'A decision is final; a visitor who is denied can ask again.',
              de: 'Eine Entscheidung ist endgültig; wer abgelehnt wurde, kann erneut anfragen.',
            },
            readOnly: false,
          },
        },
        {
          name: 'decisionNote',
          label: { en: 'Note to the visitor', de: 'Notiz an die anfragende Person' },
          type: 'textarea',
          maxLength: 1000,
          admin: {
            description: {
              en: 'Optional. Included in the email to the visitor.',
              de: 'Optional. Steht in der E-Mail an die anfragende Person.',
            },
          },
        },
        serverField({
          name: 'decidedBy',
          label: { en: 'Decided By', de: 'Entschieden von' },
          type: 'relationship',
          relationTo: 'users',
        }),
        serverField({
          name: 'decidedAt',
          label: { en: 'Decided At', de: 'Entschieden am' },
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        }),
      ],
    },
    serverField({
      name: 'status',
      label: { en: 'Status', de: 'Status' },
      type: 'select',
      required: true,
      defaultValue: 'unconfirmed',
      options: adminOptions(REQUEST_STATUSES),
      admin: { position: 'sidebar' },
    }),
    serverField({
      name: 'document',
      label: { en: 'Document', de: 'Dokument' },
      type: 'relationship',
      relationTo: 'documents',
      required: true,
    }),
    serverField({
      name: 'name',
      label: { en: 'Name', de: 'Name' },
      type: 'text',
      required: true,
      maxLength: 120,
    }),
    serverField({
      name: 'email',
      label: { en: 'Work email', de: 'Geschäftliche E-Mail-Adresse' },
      type: 'email',
      required: true,
      index: true,
    }),
    serverField({
      name: 'company',
      label: { en: 'Company', de: 'Unternehmen' },
      type: 'text',
      required: true,
      maxLength: 120,
    }),
    serverField({
      name: 'reason',
      label: { en: 'Reason', de: 'Grund' },
      type: 'textarea',
      required: true,
      maxLength: 1000,
    }),
    // a request made before languages has none: it reads as the default
    serverField({
      name: 'locale',
      label: { en: 'Language', de: 'Sprache' },
      type: 'select',
      defaultValue: DEFAULT_LOCALE,
      options: languageOptions(),
      admin: {
        description: {
          en: 'The language of the page the visitor asked on: the emails about this request are written in it.',
          de: 'Die Sprache der Seite, auf der die Anfrage gestellt wurde: Die E-Mails zu dieser Anfrage werden in ihr geschrieben.',
        },
      },
    }),
    serverField({
      name: 'emailConfirmedAt',
      label: { en: 'Email confirmed at', de: 'E-Mail bestätigt am' },
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    }),
    {
      name: 'nda',
      label: { en: 'NDA acceptance', de: 'Annahme der NDA' },
      type: 'group',
      access: { update: nobodyField },
      admin: { ...shown },
      fields: [
        {
          name: 'acceptedAt',
          label: { en: 'Accepted At', de: 'Akzeptiert am' },
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        { name: 'version', label: { en: 'NDA version', de: 'Version der NDA' }, type: 'text' },
        {
          name: 'hash',
          label: { en: 'SHA-256 of the NDA text', de: 'SHA-256 des NDA-Texts' },
          type: 'text',
        },
        { name: 'ipAddress', label: { en: 'IP address', de: 'IP-Adresse' }, type: 'text' },
        { name: 'userAgent', label: { en: 'Browser', de: 'Browser' }, type: 'text' },
      ],
    },
    serverField({
      name: 'grant',
      label: { en: 'Grant', de: 'Zugangsberechtigung' },
      type: 'relationship',
      relationTo: 'access-grants',
    }),
    // the confirmation link's secret, stored hashed; it never leaves the server
    {
      name: 'confirmTokenHash',
      type: 'text',
      hidden: true,
      access: { read: nobodyField, update: nobodyField },
    },
    { name: 'confirmExpiresAt', type: 'date', hidden: true, access: { update: nobodyField } },
  ],
}
