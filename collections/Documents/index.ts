import type { CollectionConfig } from 'payload'
import { publishedContent } from '@/access'
import { TAGS } from '@/cache/tags'
import { revalidateAfterChange, revalidateAfterDelete } from '@/cache/revalidate'
import { slugField } from '@/fields/slug'
import { keepDocumentOnRecord, linkFileToDocument } from '@/document-access/files'
import { ACCESS_LEVELS, DOCUMENT_KINDS } from '@/trust/documents'
import { adminOptions } from '@/fields/options'
import { orderField } from '@/fields/order'
import { withTranslated } from '@/fields/localized'
import { text, textarea } from 'payload/shared'

export const Documents: CollectionConfig = {
  slug: 'documents',
  labels: {
    singular: { en: 'Document', de: 'Dokument' },
    plural: { en: 'Documents', de: 'Dokumente' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'accessLevel', '_status', 'updatedAt'],
    group: { en: 'Documents', de: 'Dokumente' },
    description: {
      en: 'The document library: reports, certificates and policies as PDFs. Confidential ones are released after the visitor accepts the NDA, and, if you choose, after a member of staff approves.',
      de: 'Die Dokumentenbibliothek: Berichte, Zertifikate und Richtlinien als PDF. Vertrauliche werden freigegeben, nachdem die anfragende Person die NDA akzeptiert hat, und, wenn Sie es wünschen, nachdem jemand aus dem Team zugestimmt hat.',
    },
  },
  defaultSort: 'order',
  versions: { drafts: true, maxPerDoc: 100 },
  access: publishedContent,
  hooks: {
    afterChange: [linkFileToDocument, revalidateAfterChange([TAGS.documents])],
    beforeDelete: [keepDocumentOnRecord],
    afterDelete: [revalidateAfterDelete([TAGS.documents])],
  },
  fields: withTranslated(
    [
      {
        name: 'title',
        label: { en: 'Title', de: 'Titel' },
        type: 'text',
        required: true,
        maxLength: 150,
      },
      {
        name: 'description',
        label: { en: 'Description', de: 'Beschreibung' },
        type: 'textarea',
        maxLength: 600,
        admin: {
          description: {
            en: 'What the document is and who it is for, in a sentence or two.',
            de: 'Was das Dokument ist und für wen es gedacht ist, in ein oder zwei Sätzen.',
          },
        },
      },
      {
        name: 'kind',
        label: { en: 'Kind', de: 'Art' },
        type: 'select',
        required: true,
        defaultValue: 'other',
        options: adminOptions(DOCUMENT_KINDS),
      },
      {
        name: 'accessLevel',
        label: { en: 'Who can download it', de: 'Wer es herunterladen kann' },
        type: 'select',
        required: true,
        defaultValue: 'nda',
        options: adminOptions(ACCESS_LEVELS),
        admin: {
          description: {
            en: 'Confidential files are never reachable by a public address: each download is checked, stamped with the visitor’s name and email, and logged.',
            de: 'Vertrauliche Dateien sind nie über eine öffentliche Adresse erreichbar: Jeder Download wird geprüft, mit Name und E-Mail-Adresse der Person gestempelt und protokolliert.',
          },
        },
      },
      {
        name: 'file',
        label: { en: 'Current file', de: 'Aktuelle Datei' },
        type: 'upload',
        relationTo: 'document-files',
        required: true,
        admin: {
          description: {
            en: 'A PDF. To publish a new version, upload a new file here: the earlier file is kept, with the record of who downloaded it.',
            de: 'Ein PDF. Um eine neue Version zu veröffentlichen, laden Sie hier eine neue Datei hoch: Die bisherige Datei bleibt erhalten, mit dem Protokoll, wer sie heruntergeladen hat.',
          },
        },
      },
      orderField(),
      slugField('title', {
        en: 'Used in the web address of this document. Filled in from the title.',
        de: 'Wird in der Webadresse dieses Dokuments verwendet. Wird aus dem Titel gebildet.',
      }),
      {
        name: 'activity',
        label: { en: 'Activity', de: 'Aktivität' },
        type: 'ui',
        admin: { components: { Field: '/src/admin/DocumentActivity#DocumentActivity' } },
      },
    ],
    { title: text, description: textarea },
  ),
}
