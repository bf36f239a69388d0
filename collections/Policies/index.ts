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
  labels: {
    singular: { en: 'Policy section', de: 'Richtlinienabschnitt' },
    plural: { en: 'Policy sections', de: 'Richtlinienabschnitte' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'order', '_status', 'effectiveDate', 'updatedAt'],
    group: { en: 'Trust center', de: 'Trust Center' },
    description: {
      en: 'The written parts of the trust center, such as Purpose, Scope or Contact. Each has its own page.',
      de: 'Die Textteile des Trust Centers, etwa Zweck, Anwendungsbereich oder Kontakt. Jeder hat eine eigene Seite.',
    },
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
        label: { en: 'Title', de: 'Titel' },
        type: 'text',
        required: true,
        maxLength: 150,
        admin: {
          description: {
            en: 'The heading of this section, for example "Subprocessor Management".',
            de: 'Die Überschrift dieses Abschnitts, zum Beispiel „Umgang mit Unterauftragsverarbeitern“.',
          },
        },
      },
      {
        name: 'summary',
        label: { en: 'Summary', de: 'Zusammenfassung' },
        type: 'textarea',
        maxLength: 500,
        admin: {
          description: {
            en: 'One or two sentences shown in lists and search results.',
            de: 'Ein oder zwei Sätze, die in Listen und Suchergebnissen erscheinen.',
          },
        },
      },
      {
        name: 'body',
        label: { en: 'Body', de: 'Text' },
        type: 'richText',
        required: true,
        admin: {
          description: {
            en: 'The full text. Use headings, bulleted lists and links as needed.',
            de: 'Der vollständige Text. Verwenden Sie bei Bedarf Überschriften, Aufzählungen und Links.',
          },
        },
      },
      {
        name: 'effectiveDate',
        label: { en: 'Effective date', de: 'Gültig ab' },
        type: 'date',
        admin: {
          position: 'sidebar',
          date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' },
          description: {
            en: 'The day this text takes effect. Leave empty if it has always applied. For a future date, save the new text and use Schedule Publish to put it live that day.',
            de: 'Der Tag, ab dem dieser Text gilt. Leer lassen, wenn er schon immer gilt. Für ein künftiges Datum speichern Sie den neuen Text und legen ihn mit „Veröffentlichungsplanung“ für diesen Tag fest.',
          },
        },
      },
      orderField(),
      slugField('title', {
        en: 'Used in the web address of this section. Filled in from the title.',
        de: 'Wird in der Webadresse dieses Abschnitts verwendet. Wird aus dem Titel gebildet.',
      }),
    ],
    { title: text, summary: textarea, body: richText },
  ),
}
