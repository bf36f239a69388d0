import type { CollectionConfig, Where } from 'payload'
import { isStaff, staffOnly } from '@/access'
import { TAGS } from '@/cache/tags'
import { revalidateAfterChange, revalidateAfterDelete } from '@/cache/revalidate'
import { slugField } from '@/fields/slug'
import { FAQ_VISIBILITY } from '@/trust/faq'
import { adminOptions } from '@/fields/options'
import { orderField } from '@/fields/order'
import { withTranslated } from '@/fields/localized'
import { richText, text } from 'payload/shared'

const publicAnswers: Where = {
  and: [{ _status: { equals: 'published' } }, { visibility: { equals: 'public' } }],
}

export const Faq: CollectionConfig = {
  slug: 'faq',
  labels: {
    singular: { en: 'FAQ entry', de: 'FAQ-Eintrag' },
    plural: { en: 'Security FAQ', de: 'Sicherheits-FAQ' },
  },
  admin: {
    useAsTitle: 'question',
    defaultColumns: ['question', 'topic', 'visibility', 'order', '_status'],
    group: { en: 'Security and compliance', de: 'Sicherheit und Compliance' },
    description: {
      en: 'Questions security reviewers ask. Public answers are on the FAQ page; answers for customers only are shown to visitors who have been given access to a document.',
      de: 'Fragen, die Sicherheitsprüfer stellen. Öffentliche Antworten stehen auf der FAQ-Seite; Antworten nur für Kunden sehen Besucher, die Zugang zu einem Dokument erhalten haben.',
    },
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
      {
        name: 'question',
        label: { en: 'Question', de: 'Frage' },
        type: 'text',
        required: true,
        maxLength: 300,
      },
      { name: 'answer', label: { en: 'Answer', de: 'Antwort' }, type: 'richText', required: true },
      {
        name: 'topic',
        label: { en: 'Topic', de: 'Thema' },
        type: 'text',
        required: true,
        defaultValue: 'General',
        maxLength: 60,
        admin: {
          description: {
            en: 'Questions with the same topic are shown together, for example "Data protection".',
            de: 'Fragen mit demselben Thema werden zusammen angezeigt, zum Beispiel „Datenschutz“.',
          },
        },
      },
      {
        name: 'visibility',
        label: { en: 'Visibility', de: 'Sichtbarkeit' },
        type: 'select',
        required: true,
        defaultValue: 'public',
        options: adminOptions(FAQ_VISIBILITY),
        admin: { position: 'sidebar' },
      },
      orderField(),
      slugField('question', {
        en: 'The anchor of this question on the FAQ page (…/faq#this-part).',
        de: 'Die Sprungmarke dieser Frage auf der FAQ-Seite (…/faq#dieser-teil).',
      }),
    ],
    { question: text, answer: richText, topic: text },
  ),
}
