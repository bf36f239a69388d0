import type { CollectionConfig, Field } from 'payload'
import { nobody, nobodyField, staffOnly } from '@/access'
import { decideAfterChange, validateDecision } from '@/document-access/decisions'
import { REQUEST_STATUSES } from '@/document-access/statuses'
import { DEFAULT_LOCALE, LOCALES } from '@/i18n/locales'

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
  labels: { singular: 'Access request', plural: 'Access requests' },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'company', 'document', 'status', 'createdAt'],
    group: 'Documents',
    description:
      'Visitors asking for confidential documents. Requests waiting for approval: open one, choose Approve or Deny, add a note if you like, and save. The visitor gets an email either way.',
  },
  defaultSort: '-createdAt',
  access: { create: nobody, read: staffOnly, update: staffOnly, delete: nobody },
  hooks: { beforeChange: [validateDecision], afterChange: [decideAfterChange] },
  fields: [
    {
      type: 'collapsible',
      label: 'Decision',
      admin: {
        condition: (data) => data?.status === 'awaiting-approval' || Boolean(data?.decision),
      },
      fields: [
        {
          name: 'decision',
          type: 'radio',
          options: [
            { value: 'approve', label: 'Approve: send the visitor their access link' },
            { value: 'deny', label: 'Deny: tell the visitor the request was declined' },
          ],
          admin: {
            description: 'A decision is final; a visitor who is denied can ask again.',
            readOnly: false,
          },
        },
        {
          name: 'decisionNote',
          label: 'Note to the visitor',
          type: 'textarea',
          maxLength: 1000,
          admin: { description: 'Optional. Included in the email to the visitor.' },
        },
        serverField({ name: 'decidedBy', type: 'relationship', relationTo: 'users' }),
        serverField({
          name: 'decidedAt',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        }),
      ],
    },
    serverField({
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'unconfirmed',
      options: REQUEST_STATUSES.map(({ value, label }) => ({ value, label })),
      admin: { position: 'sidebar' },
    }),
    serverField({
      name: 'document',
      type: 'relationship',
      relationTo: 'documents',
      required: true,
    }),
    serverField({ name: 'name', type: 'text', required: true, maxLength: 120 }),
    serverField({ name: 'email', label: 'Work email', type: 'email', required: true, index: true }),
    serverField({ name: 'company', type: 'text', required: true, maxLength: 120 }),
    serverField({ name: 'reason', type: 'textarea', required: true, maxLength: 1000 }),
    // a request made before languages has none: it reads as the default
    serverField({
      name: 'locale',
      label: 'Language',
      type: 'select',
      defaultValue: DEFAULT_LOCALE,
      options: LOCALES.map(({ code, label }) => ({ value: code, label })),
      admin: {
        description:
          'The language of the page the visitor asked on: the emails about this request are written in it.',
      },
    }),
    serverField({
      name: 'emailConfirmedAt',
      label: 'Email confirmed at',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    }),
    {
      name: 'nda',
      label: 'NDA acceptance',
      type: 'group',
      access: { update: nobodyField },
      admin: { ...shown },
      fields: [
        { name: 'acceptedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'version', label: 'NDA version', type: 'text' },
        { name: 'hash', label: 'SHA-256 of the NDA text', type: 'text' },
        { name: 'ipAddress', label: 'IP address', type: 'text' },
        { name: 'userAgent', label: 'Browser', type: 'text' },
      ],
    },
    serverField({ name: 'grant', type: 'relationship', relationTo: 'access-grants' }),
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
