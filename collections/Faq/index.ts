import type { CollectionConfig, Where } from 'payload'
import { isStaff, staffOnly } from '@/access'
import { TAGS } from '@/cache/tags'
import { revalidateAfterChange, revalidateAfterDelete } from '@/cache/revalidate'
import { slugField } from '@/fields/slug'
import { FAQ_VISIBILITY } from '@/trust/faq'
import { orderField } from '@/fields/order'
import { withTranslated } from '@/fields/localized'
import { richText, text } from 'payload/shared'

const publicAnswers: Where = {
  and: [{ _status: { equals: 'published' } }, { visibility: { equals: 'public' } }],
}

export const Faq: CollectionConfig = {
  slug: 'faq',
  labels: { singular: 'FAQ entry', plural: 'Security FAQ' },
  admin: {
    useAsTitle: 'question',
    defaultColumns: ['question', 'topic', 'visibility', 'order', '_status'],
    group: 'Security and compliance',
    description:
      'Questions security reviewers ask. Public answers are on the FAQ page; answers for customers only are shown to visitors who have been given access to a document.',
  },
  defaultSort: 'order',
  versions: { drafts: true, maxPerDoc: 50 },
  access: {
    create: staffOnly,
    // visitors read public answers only; the portal shows the others to visitors with access
    read: ({ req: { user } }) => (isStaff(user) ? true : publicAnswers),
    update: staffOnly,
    delete: staffOnly,
    readVersions: staffOnly,
  },
  hooks: {
    afterChange: [revalidateAfterChange([TAGS.faq])],
    afterDelete: [revalidateAfterDelete([TAGS.faq])],
  },
  fields: withTranslated(
    [
      { name: 'question', type: 'text', required: true, maxLength: 300 },
      { name: 'answer', type: 'richText', required: true },
      {
        name: 'topic',
        type: 'text',
        required: true,
        defaultValue: 'General',
        maxLength: 60,
        admin: {
          description:
            'Questions with the same topic are shown together, for example "Data protection".',
        },
      },
      {
        name: 'visibility',
        type: 'select',
        required: true,
        defaultValue: 'public',
        options: FAQ_VISIBILITY.map(({ value, label }) => ({ value, label })),
        admin: { position: 'sidebar' },
      },
      orderField(),
      slugField('question', 'The anchor of this question on the FAQ page (…/faq#this-part).'),
    ],
    { question: text, answer: richText, topic: text },
  ),
}
