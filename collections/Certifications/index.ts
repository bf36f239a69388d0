import type { CollectionConfig } from 'payload'
import { publishedContent } from '@/access'
import { TAGS } from '@/cache/tags'
import { revalidateAfterChange, revalidateAfterDelete } from '@/cache/revalidate'
import { CERTIFICATION_STATUSES } from '@/trust/certifications'
import { adminOptions } from '@/fields/options'
import { validUntilAfterFrom } from '@/trust/validation'
import { orderField } from '@/fields/order'
import { withTranslated } from '@/fields/localized'
import { textarea } from 'payload/shared'

const day = { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } as const

export const Certifications: CollectionConfig = {
  slug: 'certifications',
  labels: {
    singular: { en: 'Certification', de: 'Zertifizierung' },
    plural: { en: 'Certifications', de: 'Zertifizierungen' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'status', 'validUntil', '_status'],
    group: { en: 'Security and compliance', de: 'Sicherheit und Compliance' },
    description: {
      en: 'Certifications, attestations and frameworks (SOC 2, ISO 27001, …), shown as badges on the Compliance page.',
      de: 'Zertifizierungen, Testate und Rahmenwerke (SOC 2, ISO 27001, …), als Siegel auf der Compliance-Seite gezeigt.',
    },
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
        label: { en: 'Name', de: 'Name' },
        type: 'text',
        required: true,
        maxLength: 120,
        admin: {
          description: {
            en: 'For example "SOC 2 Type II" or "ISO/IEC 27001:2022".',
            de: 'Zum Beispiel „SOC 2 Type II“ oder „ISO/IEC 27001:2022“.',
          },
        },
      },
      {
        name: 'status',
        label: { en: 'Status', de: 'Status' },
        type: 'select',
        required: true,
        defaultValue: 'planned',
        options: adminOptions(CERTIFICATION_STATUSES),
        admin: {
          description: {
            en: 'Achieved shows as Expired on its own once the "Valid until" day has passed.',
            de: '„Erreicht“ wird von selbst als „Abgelaufen“ angezeigt, sobald der Tag „Gültig bis“ vorbei ist.',
          },
        },
      },
      {
        name: 'auditor',
        label: { en: 'Auditor', de: 'Prüfer' },
        type: 'text',
        maxLength: 120,
        admin: {
          description: {
            en: 'The audit firm or certification body, if any.',
            de: 'Die Prüfungsgesellschaft oder Zertifizierungsstelle, falls vorhanden.',
          },
        },
      },
      {
        type: 'row',
        fields: [
          {
            name: 'validFrom',
            label: { en: 'Valid from', de: 'Gültig ab' },
            type: 'date',
            admin: { date: day },
          },
          {
            name: 'validUntil',
            label: { en: 'Valid until', de: 'Gültig bis' },
            type: 'date',
            validate: validUntilAfterFrom,
            admin: { date: day },
          },
        ],
      },
      {
        name: 'scope',
        label: { en: 'Scope', de: 'Umfang' },
        type: 'textarea',
        maxLength: 1000,
        admin: {
          description: {
            en: 'What the certification covers: products, locations, teams.',
            de: 'Was die Zertifizierung abdeckt: Produkte, Standorte, Teams.',
          },
        },
      },
      {
        name: 'badge',
        label: { en: 'Badge', de: 'Siegel' },
        type: 'upload',
        relationTo: 'media',
        admin: {
          description: {
            en: 'Optional. The badge image from the certification body.',
            de: 'Optional. Das Siegel der Zertifizierungsstelle als Bild.',
          },
        },
      },
      {
        name: 'document',
        label: { en: 'Linked document', de: 'Verknüpftes Dokument' },
        type: 'relationship',
        relationTo: 'documents',
        admin: {
          description: {
            en: 'Optional. The report or certificate in the document library that proves it.',
            de: 'Optional. Der Bericht oder das Zertifikat aus der Dokumentenbibliothek, das sie belegt.',
          },
        },
      },
      orderField(),
    ],
    { scope: textarea },
  ),
}
