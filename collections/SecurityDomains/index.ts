import type { CollectionConfig } from 'payload'
import { publishedContent } from '@/access'
import { TAGS } from '@/cache/tags'
import { revalidateAfterChange, revalidateAfterDelete } from '@/cache/revalidate'
import { slugField } from '@/fields/slug'
import { orderField } from '@/fields/order'
import { withTranslated } from '@/fields/localized'
import { text, textarea } from 'payload/shared'

export const SecurityDomains: CollectionConfig = {
  slug: 'security-domains',
  labels: { singular: 'Security topic', plural: 'Security overview' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'order', '_status', 'updatedAt'],
    group: 'Security and compliance',
    description:
      'The Security page: one topic per area (encryption, access control, infrastructure, incident response, …), each with a few short statements in plain words.',
  },
  defaultSort: 'order',
  versions: { drafts: true, maxPerDoc: 50 },
  access: publishedContent,
  hooks: {
    afterChange: [revalidateAfterChange([TAGS.security])],
    afterDelete: [revalidateAfterDelete([TAGS.security])],
  },
  fields: withTranslated(
    [
      {
        name: 'title',
        type: 'text',
        required: true,
        maxLength: 80,
        admin: { description: 'For example "Encryption" or "Incident response".' },
      },
      {
        name: 'summary',
        type: 'textarea',
        maxLength: 400,
        admin: { description: 'Optional. One sentence introducing the topic.' },
      },
      {
        name: 'statements',
        type: 'array',
        required: true,
        minRows: 1,
        maxRows: 20,
        labels: { singular: 'Statement', plural: 'Statements' },
        admin: {
          description:
            'Short facts a security reviewer can rely on, for example "Data is encrypted at rest with AES-256".',
        },
        fields: [
          { name: 'text', label: 'Statement', type: 'textarea', required: true, maxLength: 400 },
        ],
      },
      orderField(),
      slugField('title', 'Used as the anchor of this topic on the Security page.'),
    ],
    { title: text, summary: textarea, 'statements.text': textarea },
  ),
}
