import type { CollectionConfig } from 'payload'
import { changeKinds, changeStatuses, readableChangeStatuses } from '@/schema/changeNotice'
import { adminsOnly, isStaff, staffOnly } from '@/access'
import {
  announceChange,
  editableWhileDraft,
  refuseDeletingAnnouncedChange,
  refuseEditsAsSent,
} from './hooks/announce'
import { afterChangeAnnounced } from './hooks/queueNotices'
import { recordChangeEvidence } from './hooks/recordEvidence'
import { queueChangeWebhooks } from './hooks/queueWebhooks'
import { replacedChoices, subprocessorChoices } from '@/admin/changeNoticeChoices'
import { announcePreview } from './endpoints/announcePreview'
import { accountReportEndpoint } from './endpoints/accountReport'
import { evidencePackEndpoint } from './endpoints/evidencePack'

const lockedOnceAnnounced = 'Filled in when the change is announced.'
const onceAnnounced = (data: Partial<{ status: string }> | undefined) =>
  Boolean(data?.status && data.status !== 'draft')

export const Changes: CollectionConfig = {
  slug: 'changes',
  labels: { singular: 'Change notice', plural: 'Change notices' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'effectiveDate', 'announcedAt'],
    group: 'Change notices',
    description:
      'Announce a new, replaced or removed subprocessor, or a change to what one does. Prepare the subprocessor as a draft first; announcing emails every subscriber, and the change goes live by itself on its effective date.',
    components: {
      edit: {
        beforeDocumentControls: ['@/admin/ChangePrefill#ChangePrefill'],
        SaveButton: '@/admin/AnnounceSaveButton#AnnounceSaveButton',
      },
    },
  },
  defaultSort: '-createdAt',
  endpoints: [announcePreview, evidencePackEndpoint, accountReportEndpoint],
  access: {
    create: staffOnly,
    read: ({ req: { user } }) =>
      isStaff(user) ? true : { status: { in: [...readableChangeStatuses] } },
    update: staffOnly,
    delete: adminsOnly,
  },
  hooks: {
    beforeOperation: [refuseEditsAsSent],
    beforeChange: [announceChange],
    afterChange: [recordChangeEvidence, queueChangeWebhooks, afterChangeAnnounced],
    beforeDelete: [refuseDeletingAnnouncedChange],
  },
  fields: [
    { name: 'title', type: 'text', admin: { readOnly: true, hidden: true } },
    {
      name: 'kind',
      access: { update: editableWhileDraft },
      label: 'What is changing?',
      type: 'select',
      required: true,
      options: [...changeKinds],
    },
    {
      name: 'subprocessor',
      access: { update: editableWhileDraft },
      type: 'relationship',
      relationTo: 'subprocessors',
      required: true,
      filterOptions: subprocessorChoices,
      admin: {
        description:
          'For an addition or replacement: the new subprocessor, saved as a draft. For a removal: the one we stop using. For a change: the subprocessor whose saved draft holds the new details.',
      },
    },
    {
      name: 'replaces',
      access: { update: editableWhileDraft },
      label: 'Replaces',
      type: 'relationship',
      relationTo: 'subprocessors',
      filterOptions: replacedChoices,
      admin: {
        condition: (data) => data?.kind === 'replacement',
        description: 'The subprocessor that stops being used when the new one takes over.',
      },
    },
    {
      name: 'reason',
      access: { update: editableWhileDraft },
      label: 'Why',
      type: 'textarea',
      required: true,
      maxLength: 2000,
      admin: { description: 'Explained to customers in the notice, in plain words.' },
    },
    {
      name: 'effectiveDate',
      access: { update: editableWhileDraft },
      label: 'Effective date',
      type: 'date',
      required: true,
      admin: {
        date: { pickerAppearance: 'dayAndTime' },
        description:
          'When the change takes effect. It must leave customers the notice period set in Trust center settings (30 days unless changed).',
      },
    },
    {
      name: 'urgentReason',
      access: { update: editableWhileDraft },
      label: 'Reason for a shorter notice',
      type: 'textarea',
      maxLength: 2000,
      admin: {
        description:
          'Only if the change must take effect before the notice period ends: why it is urgent. It is recorded and shown to customers.',
      },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      options: [...changeStatuses],
      admin: {
        position: 'sidebar',
        description:
          'Choose "Announced" and save to notify every subscriber. An announced change can only be cancelled before its effective date.',
      },
    },
    {
      name: 'slug',
      label: 'Web address name (slug)',
      type: 'text',
      unique: true,
      index: true,
      admin: {
        position: 'sidebar',
        readOnly: true,
        condition: onceAnnounced,
        description: lockedOnceAnnounced,
      },
    },
    {
      name: 'announcedAt',
      label: 'Announced on',
      type: 'date',
      admin: {
        position: 'sidebar',
        readOnly: true,
        condition: onceAnnounced,
        date: { pickerAppearance: 'dayAndTime' },
      },
    },
    {
      name: 'appliedAt',
      label: 'Took effect on',
      type: 'date',
      admin: {
        position: 'sidebar',
        readOnly: true,
        condition: (data) => Boolean(data?.appliedAt),
        date: { pickerAppearance: 'dayAndTime' },
      },
    },
    {
      name: 'failedAt',
      label: 'Failed on',
      type: 'date',
      admin: {
        position: 'sidebar',
        readOnly: true,
        condition: (data) => Boolean(data?.failedAt),
        date: { pickerAppearance: 'dayAndTime' },
      },
    },
    {
      name: 'failureReason',
      label: 'Why it could not take effect',
      type: 'textarea',
      admin: {
        position: 'sidebar',
        readOnly: true,
        condition: (data) => Boolean(data?.failureReason),
        description:
          'Fix the problem (for example, restore what the saved draft needs), then an administrator sets the status back to "Announced" and saves: the change takes effect within a minute.',
      },
    },
    {
      name: 'noticePeriodDays',
      label: 'Notice period (days)',
      type: 'number',
      admin: { position: 'sidebar', readOnly: true, condition: onceAnnounced },
    },
    // For the API, feeds and emails; the admin shows the same as text (its JSON editor loads from a CDN).
    { name: 'fieldChanges', type: 'json', admin: { hidden: true } },
    {
      name: 'fieldChangesText',
      label: 'What changes, field by field',
      type: 'textarea',
      admin: {
        readOnly: true,
        condition: onceAnnounced,
        rows: 8,
        description: 'Worked out from the saved versions when the change was announced.',
      },
    },
    {
      name: 'versionRefs',
      type: 'group',
      admin: {
        readOnly: true,
        condition: (data) => data?.status !== 'draft',
        components: { Field: '/src/admin/VersionRefsField#VersionRefsField' },
      },
      fields: [
        { name: 'before', label: 'Published version before', type: 'text' },
        { name: 'after', label: 'Version that takes effect', type: 'text' },
        { name: 'replaced', label: 'Published version of the replaced subprocessor', type: 'text' },
      ],
    },
    {
      name: 'deliveries',
      label: 'Notices sent',
      type: 'join',
      collection: 'notice-deliveries',
      on: 'change',
      admin: {
        condition: onceAnnounced,
        defaultColumns: ['email', 'status', 'sentAt', 'messageId'],
      },
    },
    {
      name: 'customerAccounts',
      type: 'ui',
      admin: {
        condition: onceAnnounced,
        components: { Field: '/src/admin/ChangeAccounts#ChangeAccounts' },
      },
    },
    {
      name: 'objections',
      type: 'join',
      collection: 'objections',
      on: 'change',
      admin: { condition: onceAnnounced, defaultColumns: ['email', 'createdAt', 'comment'] },
    },
    {
      name: 'evidence',
      type: 'ui',
      admin: {
        condition: onceAnnounced,
        components: { Field: '/src/admin/EvidencePackLinks#EvidencePackLinks' },
      },
    },
  ],
}
