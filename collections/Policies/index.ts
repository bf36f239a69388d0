import type { CollectionConfig } from 'payload'
import { publishedContent } from '@/access'
import { TAGS } from '@/cache/tags'
import { slugField } from '@/fields/slug'
import { revalidateAfterChange, revalidateAfterDelete } from '@/cache/revalidate'
import { previewUrl } from '@/utilities/previewUrl'
import { orderField } from '@/fields/order'
import { withTranslated } from '@/fields/localized'
import { richText, text, textarea } from 'payload/shared'

export const Policies: CollectionConfig = {
  slug: 'policies',
  labels: { singular: 'Policy section', plural: 'Policy sections' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'order', '_status', 'effectiveDate', 'updatedAt'],
    group: 'Trust center',
    description:
      'The written parts of the trust center, such as Purpose, Scope or Contact. Each has its own page.',
    preview: (doc) => previewUrl('/policies', doc.slug),
    livePreview: { url: ({ data }) => previewUrl('/policies', data.slug) },
  },
  defaultSort: 'order',
  // Schedule Publish (beside Publish) puts a version live on a future day, via the jobs queue.
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 100 },
  access: publishedContent,
  hooks: {
    afterChange: [revalidateAfterChange([TAGS.policies])],
    afterDelete: [revalidateAfterDelete([TAGS.policies])],
  },
  fields: withTranslated(
    [
      {
        name: 'title',
        type: 'text',
        required: true,
        maxLength: 150,
        admin: {
          description: 'The heading of this section, for example "Subprocessor Management".',
        },
      },
      {
        name: 'summary',
        type: 'textarea',
        maxLength: 500,
        admin: { description: 'One or two sentences shown in lists and search results.' },
      },
      {
        name: 'body',
        type: 'richText',
        required: true,
        admin: { description: 'The full text. Use headings, bulleted lists and links as needed.' },
      },
      {
        name: 'effectiveDate',
        label: 'Effective date',
        type: 'date',
        admin: {
          position: 'sidebar',
          date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' },
          description:
            'The day this text takes effect. Leave empty if it has always applied. For a future date, save the new text and use Schedule Publish to put it live that day.',
        },
      },
      orderField(),
      slugField('title', 'Used in the web address of this section. Filled in from the title.'),
    ],
    { title: text, summary: textarea, body: richText },
  ),
}
