import type { CollectionConfig } from 'payload'
import { anyone, staffOnly } from '@/access'
import { TAGS } from '@/cache/tags'
import { revalidateAfterChange, revalidateAfterDelete } from '@/cache/revalidate'
import { orderField } from '@/fields/order'
import { slugField } from '@/fields/slug'
import { SCOPE_KINDS } from '@/schema/scopes'
import { keepSlugOfScopeInUse, refuseDeletingScopeInUse } from './hooks/keepScopesInUse'
import { withTranslated } from '@/fields/localized'
import { text, textarea } from 'payload/shared'

// the kinds live in src/schema/scopes.ts, with the rule for lists of scopes
export { SCOPE_KINDS }

/**
 * Scopes: the parts of the service a customer may use. A subprocessor applies to every customer,
 * or only to some scopes; a customer account names the scopes it uses, so a change notice reaches
 * the customers it concerns.
 */
export const Scopes: CollectionConfig = {
  slug: 'scopes',
  labels: { singular: 'Scope', plural: 'Scopes' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'slug', 'order'],
    group: 'Trust center',
    description:
      'Products, regions or optional features that only some customers use, such as "EU region" or "Live chat". A subprocessor can apply to some scopes only.',
  },
  defaultSort: 'order',
  access: { create: staffOnly, read: anyone, update: staffOnly, delete: staffOnly },
  hooks: {
    beforeChange: [keepSlugOfScopeInUse],
    beforeDelete: [refuseDeletingScopeInUse],
    afterChange: [revalidateAfterChange([TAGS.scopes])],
    afterDelete: [revalidateAfterDelete([TAGS.scopes])],
  },
  fields: withTranslated(
    [
      {
        name: 'name',
        type: 'text',
        required: true,
        maxLength: 120,
        admin: { description: 'The name customers know, for example "EU region" or "Live chat".' },
      },
      {
        name: 'kind',
        type: 'select',
        required: true,
        defaultValue: 'product',
        options: [...SCOPE_KINDS],
        admin: { description: 'Is it a product, a region, or an optional feature?' },
      },
      {
        name: 'description',
        type: 'textarea',
        maxLength: 500,
        admin: {
          description:
            'Optional. One sentence telling customers whether this applies to them, for example "Customers whose data is hosted in Frankfurt".',
        },
      },
      orderField('Lower numbers are shown first.'),
      slugField(
        'name',
        'Used in web addresses and the API (?scope=…). Filled in from the name; fixed while subprocessors apply to the scope.',
      ),
    ],
    { name: text, description: textarea },
  ),
}
