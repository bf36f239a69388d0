import type { CollectionConfig } from 'payload'
import { publishedContent } from '@/access'
import { TAGS } from '@/cache/tags'
import { revalidateAfterChange, revalidateAfterDelete } from '@/cache/revalidate'
import { slugField } from '@/fields/slug'
import { keepDocumentOnRecord, linkFileToDocument } from '@/document-access/files'
import { ACCESS_LEVELS, DOCUMENT_KINDS } from '@/trust/documents'
import { orderField } from '@/fields/order'
import { withTranslated } from '@/fields/localized'
import { text, textarea } from 'payload/shared'

export const Documents: CollectionConfig = {
  slug: 'documents',
  labels: { singular: 'Document', plural: 'Documents' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'accessLevel', '_status', 'updatedAt'],
    group: 'Documents',
    description:
      'The document library: reports, certificates and policies as PDFs. Confidential ones are released after the visitor accepts the NDA, and, if you choose, after a member of staff approves.',
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
      { name: 'title', type: 'text', required: true, maxLength: 150 },
      {
        name: 'description',
        type: 'textarea',
        maxLength: 600,
        admin: { description: 'What the document is and who it is for, in a sentence or two.' },
      },
      {
        name: 'kind',
        type: 'select',
        required: true,
        defaultValue: 'other',
        options: DOCUMENT_KINDS.map(({ value, label }) => ({ value, label })),
      },
      {
        name: 'accessLevel',
        label: 'Who can download it',
        type: 'select',
        required: true,
        defaultValue: 'nda',
        options: ACCESS_LEVELS.map(({ value, label }) => ({ value, label })),
        admin: {
          description:
            'Confidential files are never reachable by a public address: each download is checked, stamped with the visitor’s name and email, and logged.',
        },
      },
      {
        name: 'file',
        label: 'Current file',
        type: 'upload',
        relationTo: 'document-files',
        required: true,
        admin: {
          description:
            'A PDF. To publish a new version, upload a new file here: the earlier file is kept, with the record of who downloaded it.',
        },
      },
      orderField(),
      slugField('title', 'Used in the web address of this document. Filled in from the title.'),
      {
        name: 'activity',
        type: 'ui',
        admin: { components: { Field: '/src/admin/DocumentActivity#DocumentActivity' } },
      },
    ],
    { title: text, description: textarea },
  ),
}
