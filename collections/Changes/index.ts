import type { CollectionConfig } from 'payload'
import {
  changeFieldLabel,
  changeKinds,
  changeStatuses,
  readableChangeStatuses,
  versionRefLabels,
} from '@/schema/changeNotice'
import { adminOptions } from '@/fields/options'
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

const lockedOnceAnnounced = {
  en: 'Filled in when the change is announced.',
  de: 'Wird ausgefüllt, wenn die Änderung angekündigt wird.',
}
const onceAnnounced = (data: Partial<{ status: string }> | undefined) =>
  Boolean(data?.status && data.status !== 'draft')

export const Changes: CollectionConfig = {
  slug: 'changes',
  labels: {
    singular: { en: 'Change notice', de: 'Änderungsmitteilung' },
    plural: { en: 'Change notices', de: 'Änderungsmitteilungen' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'effectiveDate', 'announcedAt'],
    group: { en: 'Change notices', de: 'Änderungsmitteilungen' },
    description: {
      en: 'Announce a new, replaced or removed subprocessor, or a change to what one does. Prepare the subprocessor as a draft first; announcing emails every subscriber, and the change goes live by itself on its effective date.',
      de: 'Kündigen Sie einen neuen, ersetzten oder entfernten Unterauftragsverarbeiter an oder eine Änderung an dem, was einer tut. Bereiten Sie den Unterauftragsverarbeiter zuerst als Entwurf vor; die Ankündigung geht per E-Mail an alle Abonnenten, und die Änderung wird an ihrem Datum von selbst wirksam.',
    },
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
      label: changeFieldLabel('kind'),
      type: 'select',
      required: true,
      options: adminOptions(changeKinds),
    },
    {
      name: 'subprocessor',
      access: { update: editableWhileDraft },
      label: changeFieldLabel('subprocessor'),
      type: 'relationship',
      relationTo: 'subprocessors',
      required: true,
      filterOptions: subprocessorChoices,
      admin: {
        description: {
          en: 'For an addition or replacement: the new subprocessor, saved as a draft. For a removal: the one we stop using. For a change: the subprocessor whose saved draft holds the new details.',
          de: 'Bei einer Neuaufnahme oder Ersetzung: der neue Unterauftragsverarbeiter, als Entwurf gespeichert. Bei einer Entfernung: der, den wir nicht mehr einsetzen. Bei einer Änderung: der Unterauftragsverarbeiter, dessen gespeicherter Entwurf die neuen Angaben enthält.',
        },
      },
    },
    {
      name: 'replaces',
      access: { update: editableWhileDraft },
      label: changeFieldLabel('replaces'),
      type: 'relationship',
      relationTo: 'subprocessors',
      filterOptions: replacedChoices,
      admin: {
        condition: (data) => data?.kind === 'replacement',
        description: {
          en: 'The subprocessor that stops being used when the new one takes over.',
          de: 'Der Unterauftragsverarbeiter, der nicht mehr eingesetzt wird, wenn der neue übernimmt.',
        },
      },
    },
    {
      name: 'reason',
      access: { update: editableWhileDraft },
      label: changeFieldLabel('reason'),
      type: 'textarea',
      required: true,
      maxLength: 2000,
      admin: {
        description: {
          en: 'Explained to customers in the notice, in plain words.',
          de: 'Wird den Kunden in der Mitteilung in einfachen Worten erklärt. Schreiben Sie ihn auf Englisch: Die Mitteilung zitiert ihn so, wie er angekündigt wurde.',
        },
      },
    },
    {
      name: 'effectiveDate',
      access: { update: editableWhileDraft },
      label: changeFieldLabel('effectiveDate'),
      type: 'date',
      required: true,
      admin: {
        date: { pickerAppearance: 'dayAndTime' },
        description: {
          en: 'When the change takes effect. It must leave customers the notice period set in Trust center settings (30 days unless changed).',
          de: 'Wann die Änderung wirksam wird. Den Kunden muss die Ankündigungsfrist aus den Trust-Center-Einstellungen bleiben (30 Tage, sofern nicht geändert).',
        },
      },
    },
    {
      name: 'urgentReason',
      access: { update: editableWhileDraft },
      label: changeFieldLabel('urgentReason'),
      type: 'textarea',
      maxLength: 2000,
      admin: {
        description: {
          en: 'Only if the change must take effect before the notice period ends: why it is urgent. It is recorded and shown to customers.',
          de: 'Nur wenn die Änderung vor Ende der Ankündigungsfrist wirksam werden muss: warum sie dringend ist. Der Grund wird festgehalten und den Kunden gezeigt.',
        },
      },
    },
    {
      name: 'status',
      label: { en: 'Status', de: 'Status' },
      type: 'select',
      required: true,
      defaultValue: 'draft',
      options: adminOptions(changeStatuses),
      admin: {
        position: 'sidebar',
        description: {
          en: 'Choose "Announced" and save to notify every subscriber. An announced change can only be cancelled before its effective date.',
          de: 'Wählen Sie „Angekündigt“ und speichern Sie, um alle Abonnenten zu benachrichtigen. Eine angekündigte Änderung kann nur vor ihrem Datum zurückgezogen werden.',
        },
      },
    },
    {
      name: 'slug',
      label: changeFieldLabel('slug'),
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
      label: changeFieldLabel('announcedAt'),
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
      label: changeFieldLabel('appliedAt'),
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
      label: changeFieldLabel('failedAt'),
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
      label: changeFieldLabel('failureReason'),
      type: 'textarea',
      admin: {
        position: 'sidebar',
        readOnly: true,
        condition: (data) => Boolean(data?.failureReason),
        description: {
          en: 'Fix the problem (for example, restore what the saved draft needs), then an administrator sets the status back to "Announced" and saves: the change takes effect within a minute.',
          de: 'Beheben Sie das Problem (stellen Sie zum Beispiel wieder her, was der gespeicherte Entwurf braucht); danach setzt ein Administrator den Status wieder auf „Angekündigt“ und speichert: Die Änderung wird innerhalb einer Minute wirksam.',
        },
      },
    },
    {
      name: 'noticePeriodDays',
      label: changeFieldLabel('noticePeriodDays'),
      type: 'number',
      admin: { position: 'sidebar', readOnly: true, condition: onceAnnounced },
    },
    // For the API, feeds and emails; the admin shows the same as text (its JSON editor loads from a CDN).
    { name: 'fieldChanges', type: 'json', admin: { hidden: true } },
    {
      name: 'fieldChangesText',
      label: changeFieldLabel('fieldChangesText'),
      type: 'textarea',
      admin: {
        readOnly: true,
        condition: onceAnnounced,
        rows: 8,
        description: {
          en: 'Worked out from the saved versions when the change was announced.',
          de: 'Bei der Ankündigung aus den gespeicherten Versionen ermittelt. Bleibt auf Englisch, wie angekündigt.',
        },
      },
    },
    {
      name: 'versionRefs',
      label: changeFieldLabel('versionRefs'),
      type: 'group',
      admin: {
        readOnly: true,
        condition: (data) => data?.status !== 'draft',
        components: { Field: '/src/admin/VersionRefsField#VersionRefsField' },
      },
      fields: [
        { name: 'before', label: versionRefLabels.before, type: 'text' },
        { name: 'after', label: versionRefLabels.after, type: 'text' },
        { name: 'replaced', label: versionRefLabels.replaced, type: 'text' },
      ],
    },
    {
      name: 'deliveries',
      label: { en: 'Notices sent', de: 'Versendete Mitteilungen' },
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
      label: { en: 'Customer Accounts', de: 'Kundenkonten' },
      type: 'ui',
      admin: {
        condition: onceAnnounced,
        components: { Field: '/src/admin/ChangeAccounts#ChangeAccounts' },
      },
    },
    {
      name: 'objections',
      label: { en: 'Objections', de: 'Widersprüche' },
      type: 'join',
      collection: 'objections',
      on: 'change',
      admin: { condition: onceAnnounced, defaultColumns: ['email', 'createdAt', 'comment'] },
    },
    {
      name: 'evidence',
      label: { en: 'Evidence', de: 'Nachweise' },
      type: 'ui',
      admin: {
        condition: onceAnnounced,
        components: { Field: '/src/admin/EvidencePackLinks#EvidencePackLinks' },
      },
    },
  ],
}
