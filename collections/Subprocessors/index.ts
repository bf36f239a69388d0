import type { CollectionConfig } from 'payload'
import { publishedContent } from '@/access'
import { TAGS } from '@/cache/tags'
import { slugField } from '@/fields/slug'
import { revalidateAfterChange, revalidateAfterDelete } from '@/cache/revalidate'
import { previewUrl } from '@/utilities/previewUrl'
import { categoryExists } from '@/fields/categoryExists'
import { recordHistoryAfterChange, recordHistoryAfterDelete } from './hooks/recordHistory'
import { requireNoticeForMaterialChanges } from './hooks/requireNotice'
import { retiredFieldConfigs, subprocessorFieldConfigs } from './fields'
import { readInCurrentShape, writeInCurrentShape } from './hooks/currentShape'
import { scopesExist, transferMechanismsForLocations } from './validateTransfers'
import { bulkDelete } from './endpoints/bulkDelete'
import {
  describeSlugOfRemoved,
  lockPublishedSlug,
  refuseBulkDeletingPublished,
  refuseDeletingPublished,
  staffDeleteUnpublished,
} from './hooks/keepPublishedRecord'
import { subprocessorStateColumn } from '@/admin/fields'

export const Subprocessors: CollectionConfig = {
  slug: 'subprocessors',
  labels: {
    singular: { en: 'Subprocessor', de: 'Unterauftragsverarbeiter' },
    plural: { en: 'Subprocessors', de: 'Unterauftragsverarbeiter' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'category', 'purpose', 'state', 'updatedAt'],
    group: { en: 'Trust center', de: 'Trust Center' },
    description: {
      en: 'Vendors that may process customer data for us. Save a draft to prepare a change; visitors see it only once you publish.',
      de: 'Anbieter, die in unserem Auftrag Kundendaten verarbeiten dürfen. Speichern Sie einen Entwurf, um eine Änderung vorzubereiten; Besucher sehen sie erst, wenn Sie veröffentlichen.',
    },
    listSearchableFields: ['name', 'legalEntity', 'purpose'],
    preview: (doc) => previewUrl('/subprocessors', doc.slug),
    livePreview: { url: ({ data }) => previewUrl('/subprocessors', data.slug) },
    components: { edit: { beforeDocumentControls: ['@/admin/AnnounceButton#AnnounceButton'] } },
  },
  defaultSort: 'name',
  endpoints: [bulkDelete],
  versions: { drafts: true, maxPerDoc: 100 },
  access: { ...publishedContent, delete: staffDeleteUnpublished },
  hooks: {
    beforeOperation: [refuseBulkDeletingPublished],
    beforeValidate: [writeInCurrentShape],
    beforeChange: [lockPublishedSlug, requireNoticeForMaterialChanges],
    beforeDelete: [refuseDeletingPublished],
    afterChange: [recordHistoryAfterChange, revalidateAfterChange([TAGS.subprocessors])],
    afterDelete: [recordHistoryAfterDelete, revalidateAfterDelete([TAGS.subprocessors])],
    afterRead: [readInCurrentShape],
  },
  fields: [
    // name, legal entity, category… as defined in src/schema/subprocessor.ts
    ...subprocessorFieldConfigs({
      category: { validate: categoryExists },
      transferMechanisms: { validate: transferMechanismsForLocations },
      scopes: { validate: scopesExist },
    }),
    // /subprocessors/annex is the printable DPA annex and /subprocessors/table the list as a
    // table: no subprocessor may take those addresses.
    slugField(
      'name',
      {
        en: 'Used in the web address of this subprocessor. Filled in from the name.',
        de: 'Wird in der Webadresse dieses Unterauftragsverarbeiters verwendet. Wird aus dem Namen gebildet.',
      },
      {
        reserved: ['annex', 'table'],
        describeTaken: describeSlugOfRemoved,
        Field: '@/admin/SubprocessorSlugField#SubprocessorSlugField',
      },
    ),
    subprocessorStateColumn,
    ...retiredFieldConfigs,
  ],
}
