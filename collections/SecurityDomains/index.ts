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
  labels: {
    singular: { en: 'Security topic', de: 'Sicherheitsthema' },
    plural: { en: 'Security overview', de: 'Sicherheitsübersicht' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'order', '_status', 'updatedAt'],
    group: { en: 'Security and compliance', de: 'Sicherheit und Compliance' },
    description: {
      en: 'The Security page: one topic per area (encryption, access control, infrastructure, incident response, …), each with a few short statements in plain words.',
      de: 'Die Sicherheitsseite: ein Thema je Bereich (Verschlüsselung, Zugriffskontrolle, Infrastruktur, Umgang mit Sicherheitsvorfällen, …), jedes mit einigen kurzen Aussagen in einfachen Worten.',
    },
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
        label: { en: 'Title', de: 'Titel' },
        type: 'text',
        required: true,
        maxLength: 80,
        admin: {
          description: {
            en: 'For example "Encryption" or "Incident response".',
            de: 'Zum Beispiel „Verschlüsselung“ oder „Umgang mit Sicherheitsvorfällen“.',
          },
        },
      },
      {
        name: 'summary',
        label: { en: 'Summary', de: 'Zusammenfassung' },
        type: 'textarea',
        maxLength: 400,
        admin: {
          description: {
            en: 'Optional. One sentence introducing the topic.',
            de: 'Optional. Ein Satz, der in das Thema einführt.',
          },
        },
      },
      {
        name: 'statements',
        label: { en: 'Statements', de: 'Aussagen' },
        type: 'array',
        required: true,
        minRows: 1,
        maxRows: 20,
        labels: {
          singular: { en: 'Statement', de: 'Aussage' },
          plural: { en: 'Statements', de: 'Aussagen' },
        },
        admin: {
          description: {
            en: 'Short facts a security reviewer can rely on, for example "Data is encrypted at rest with AES-256".',
            de: 'Kurze Fakten, auf die sich Sicherheitsprüfer verlassen können, zum Beispiel „Daten werden im Ruhezustand mit AES-256 verschlüsselt“.',
          },
        },
        fields: [
          {
            name: 'text',
            label: { en: 'Statement', de: 'Aussage' },
            type: 'textarea',
            required: true,
            maxLength: 400,
          },
        ],
      },
      orderField(),
      slugField('title', {
        en: 'Used as the anchor of this topic on the Security page.',
        de: 'Wird als Sprungmarke dieses Themas auf der Sicherheitsseite verwendet.',
      }),
    ],
    { title: text, summary: textarea, 'statements.text': textarea },
  ),
}
