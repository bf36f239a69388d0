import type { CollectionConfig } from 'payload'
import { transferSafeguards } from '@/schema/subprocessor'
import { staffOnly, staffOrPublished } from '@/access'
import { TAGS } from '@/cache/tags'
import { slugField } from '@/fields/slug'
import { webAddressField } from '@/fields/url'
import { revalidateAfterChange, revalidateAfterDelete } from '@/cache/revalidate'
import { previewUrl } from '@/utilities/previewUrl'
import { categoryExists } from '@/fields/categoryExists'
import { recordHistoryAfterChange, recordHistoryAfterDelete } from './hooks/recordHistory'
import { requireNoticeForMaterialChanges } from './hooks/requireNotice'


export const Subprocessors: CollectionConfig = {
  slug: 'subprocessors',
  labels: { singular: 'Subprocessor', plural: 'Subprocessors' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'category', 'purpose', '_status', 'updatedAt'],
    group: 'Trust center',
    description:
      'Vendors that may process customer data for us. Save a draft to prepare a change; visitors see it only once you publish.',
    listSearchableFields: ['name', 'legalEntity', 'purpose'],
    preview: (doc) => previewUrl('/subprocessors', doc.slug),
    livePreview: { url: ({ data }) => previewUrl('/subprocessors', data.slug) },
    components: { edit: { beforeDocumentControls: ['@/admin/AnnounceButton#AnnounceButton'] } },
  },
  defaultSort: 'name',
  versions: { drafts: true, maxPerDoc: 100 },
  access: {
    create: staffOnly,
    read: staffOrPublished,
    update: staffOnly,
    delete: staffOnly,
    readVersions: staffOnly,
  },
  hooks: {
    beforeChange: [requireNoticeForMaterialChanges],
    afterChange: [recordHistoryAfterChange, revalidateAfterChange([TAGS.subprocessors])],
    afterDelete: [recordHistoryAfterDelete, revalidateAfterDelete([TAGS.subprocessors])],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 120,
      admin: { description: 'The name customers know, for example "Amazon Web Services (AWS)".' },
    },
    {
      name: 'legalEntity',
      label: 'Legal entity',
      type: 'text',
      maxLength: 200,
      admin: {
        description: 'The company that signs the contract, if different from the name, for example "Divisible Inc." for Dots.',
      },
    },
    {
      name: 'category',
      type: 'relationship',
      relationTo: 'categories',
      required: true,
      admin: { description: 'The group this subprocessor is listed under.' },
      validate: categoryExists,
    },
    {
      name: 'purpose',
      type: 'textarea',
      required: true,
      maxLength: 1000,
      admin: { description: 'What this vendor does for us, in one sentence.' },
    },
    {
      name: 'dataProcessed',
      label: 'Data processed',
      type: 'text',
      hasMany: true,
      required: true,
      minRows: 1,
      maxRows: 30,
      maxLength: 200,
      admin: {
        description: 'Each kind of data the vendor handles, one item at a time (type it and press Enter), for example "Billing data".',
      },
    },
    {
      name: 'locations',
      type: 'text',
      hasMany: true,
      required: true,
      minRows: 1,
      maxRows: 20,
      maxLength: 200,
      admin: {
        description: 'Where the data is processed. Add one item per place, for example "United States (primary), global infrastructure".',
      },
    },
    {
      type: 'row',
      fields: [
        webAddressField('securityUrl', 'Security information', "Link to the vendor's security or compliance page."),
        webAddressField('websiteUrl', 'Website', "The vendor's home page."),
      ],
    },
    {
      name: 'transferSafeguards',
      label: 'Safeguards for transfers out of the EEA',
      type: 'select',
      hasMany: true,
      options: [...transferSafeguards],
      admin: {
        description: 'Optional. How personal data is protected when it leaves the European Economic Area.',
      },
    },
    {
      name: 'contact',
      label: 'Postal address or contact',
      type: 'textarea',
      maxLength: 500,
      admin: { description: "Optional. The vendor's registered address or privacy contact." },
    },
    {
      name: 'notes',
      type: 'textarea',
      maxLength: 2000,
      admin: { description: 'Optional. Anything else visitors should know about this vendor.' },
    },
    // /subprocessors/annex is the printable DPA annex: no subprocessor may take that address.
    slugField('name', 'Used in the web address of this subprocessor. Filled in from the name.', ['annex']),
  ],
}
