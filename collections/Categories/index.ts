import type { CollectionConfig } from 'payload'
import { anyone, staffOnly } from '@/access'
import { TAGS } from '@/cache/tags'
import { slugField } from '@/fields/slug'
import { preventDeletingUsedCategory } from './hooks/preventDeletingUsedCategory'
import { revalidateAfterChange, revalidateAfterDelete } from '@/cache/revalidate'
import { orderField } from '@/fields/order'
import { withTranslated } from '@/fields/localized'
import { text, textarea } from 'payload/shared'

export const Categories: CollectionConfig = {
  slug: 'categories',
  labels: { singular: 'Category', plural: 'Categories' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'order', 'slug', 'updatedAt'],
    group: 'Trust center',
    description:
      'Groups that organise the subprocessor list, such as "Infrastructure and Hosting".',
  },
  defaultSort: 'order',
  access: {
    create: staffOnly,
    read: anyone,
    update: staffOnly,
    delete: staffOnly,
  },
  hooks: {
    beforeDelete: [preventDeletingUsedCategory],
    afterChange: [revalidateAfterChange([TAGS.categories])],
    afterDelete: [revalidateAfterDelete([TAGS.categories])],
  },
  fields: withTranslated(
    [
      {
        name: 'name',
        label: 'Category name',
        type: 'text',
        required: true,
        maxLength: 120,
        admin: {
          description:
            'The heading visitors see above this group, for example "Payments and Payouts".',
        },
      },
      {
        name: 'description',
        type: 'textarea',
        maxLength: 1000,
        admin: { description: 'Optional. One or two sentences shown under the heading.' },
      },
      orderField(
        'Lower numbers are shown first. Use steps of 10 to leave room between categories.',
      ),
      slugField(
        'name',
        'Used in web addresses and the API. Filled in from the name; change it only if you must.',
      ),
    ],
    { name: text, description: textarea },
  ),
}
