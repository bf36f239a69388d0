import type { CollectionConfig } from 'payload'
import { publishedContent } from '@/access'
import { TAGS } from '@/cache/tags'
import { revalidateAfterChange, revalidateAfterDelete } from '@/cache/revalidate'
import { CERTIFICATION_STATUSES } from '@/trust/certifications'
import { validUntilAfterFrom } from '@/trust/validation'
import { orderField } from '@/fields/order'
import { withTranslated } from '@/fields/localized'
import { textarea } from 'payload/shared'

const day = { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } as const

export const Certifications: CollectionConfig = {
  slug: 'certifications',
  labels: { singular: 'Certification', plural: 'Certifications' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'status', 'validUntil', '_status'],
    group: 'Security and compliance',
    description:
      'Certifications, attestations and frameworks (SOC 2, ISO 27001, …), shown as badges on the Compliance page.',
  },
  defaultSort: 'order',
  versions: { drafts: true, maxPerDoc: 50 },
  access: publishedContent,
  hooks: {
    afterChange: [revalidateAfterChange([TAGS.certifications])],
    afterDelete: [revalidateAfterDelete([TAGS.certifications])],
  },
  fields: withTranslated(
    [
      {
        name: 'name',
        type: 'text',
        required: true,
        maxLength: 120,
        admin: { description: 'For example "SOC 2 Type II" or "ISO/IEC 27001:2022".' },
      },
      {
        name: 'status',
        type: 'select',
        required: true,
        defaultValue: 'planned',
        options: CERTIFICATION_STATUSES.map(({ value, label }) => ({ value, label })),
        admin: {
          description:
            'Achieved shows as Expired on its own once the "Valid until" day has passed.',
        },
      },
      {
        name: 'auditor',
        type: 'text',
        maxLength: 120,
        admin: { description: 'The audit firm or certification body, if any.' },
      },
      {
        type: 'row',
        fields: [
          { name: 'validFrom', label: 'Valid from', type: 'date', admin: { date: day } },
          {
            name: 'validUntil',
            label: 'Valid until',
            type: 'date',
            validate: validUntilAfterFrom,
            admin: { date: day },
          },
        ],
      },
      {
        name: 'scope',
        type: 'textarea',
        maxLength: 1000,
        admin: { description: 'What the certification covers: products, locations, teams.' },
      },
      {
        name: 'badge',
        type: 'upload',
        relationTo: 'media',
        admin: { description: 'Optional. The badge image from the certification body.' },
      },
      {
        name: 'document',
        label: 'Linked document',
        type: 'relationship',
        relationTo: 'documents',
        admin: {
          description:
            'Optional. The report or certificate in the document library that proves it.',
        },
      },
      orderField(),
    ],
    { scope: textarea },
  ),
}
