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
  labels: {
    singular: { en: 'Category', de: 'Kategorie' },
    plural: { en: 'Categories', de: 'Kategorien' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'order', 'slug', 'updatedAt'],
    group: { en: 'Trust center', de: 'Trust Center' },
    description: {
      en: 'Groups that organise the subprocessor list, such as "Infrastructure and Hosting".',
      de: 'Gruppen, die die Liste der Unterauftragsverarbeiter gliedern, etwa „Infrastruktur und Hosting“.',
    },
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
        label: { en: 'Category name', de: 'Name der Kategorie' },
        type: 'text',
        required: true,
        maxLength: 120,
        admin: {
          description: {
            en: 'The heading visitors see above this group, for example "Payments and Payouts".',
            de: 'Die Überschrift, die Besucher über dieser Gruppe sehen, zum Beispiel „Zahlungen und Auszahlungen“.',
          },
        },
      },
      {
        name: 'description',
        label: { en: 'Description', de: 'Beschreibung' },
        type: 'textarea',
        maxLength: 1000,
        admin: {
          description: {
            en: 'Optional. One or two sentences shown under the heading.',
            de: 'Optional. Ein oder zwei Sätze, die unter der Überschrift stehen.',
          },
        },
      },
      orderField({
        en: 'Lower numbers are shown first. Use steps of 10 to leave room between categories.',
        de: 'Kleinere Zahlen werden zuerst angezeigt. Zählen Sie in Zehnerschritten, damit zwischen den Kategorien Platz bleibt.',
      }),
      slugField('name', {
        en: 'Used in web addresses and the API. Filled in from the name; change it only if you must.',
        de: 'Wird in Webadressen und in der API verwendet. Wird aus dem Namen gebildet; ändern Sie ihn nur, wenn es sein muss.',
      }),
    ],
    { name: text, description: textarea },
  ),
}
