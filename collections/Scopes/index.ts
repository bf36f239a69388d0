import type { CollectionConfig } from 'payload'
import { anyone, staffOnly } from '@/access'
import { TAGS } from '@/cache/tags'
import { revalidateAfterChange, revalidateAfterDelete } from '@/cache/revalidate'
import { orderField } from '@/fields/order'
import { slugField } from '@/fields/slug'
import { SCOPE_KINDS } from '@/schema/scopes'
import { adminOptions } from '@/fields/options'
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
  labels: {
    singular: { en: 'Scope', de: 'Geltungsbereich' },
    plural: { en: 'Scopes', de: 'Geltungsbereiche' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'slug', 'order'],
    group: { en: 'Trust center', de: 'Trust Center' },
    description: {
      en: 'Products, regions or optional features that only some customers use, such as "EU region" or "Live chat". A subprocessor can apply to some scopes only.',
      de: 'Produkte, Regionen oder optionale Funktionen, die nur manche Kunden nutzen, etwa „EU-Region“ oder „Live-Chat“. Ein Unterauftragsverarbeiter kann nur für einige Geltungsbereiche gelten.',
    },
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
        label: { en: 'Name', de: 'Name' },
        type: 'text',
        required: true,
        maxLength: 120,
        admin: {
          description: {
            en: 'The name customers know, for example "EU region" or "Live chat".',
            de: 'Der Name, unter dem Kunden ihn kennen, zum Beispiel „EU-Region“ oder „Live-Chat“.',
          },
        },
      },
      {
        name: 'kind',
        label: { en: 'Kind', de: 'Art' },
        type: 'select',
        required: true,
        defaultValue: 'product',
        options: adminOptions(SCOPE_KINDS),
        admin: {
          description: {
            en: 'Is it a product, a region, or an optional feature?',
            de: 'Ist es ein Produkt, eine Region oder eine optionale Funktion?',
          },
        },
      },
      {
        name: 'description',
        label: { en: 'Description', de: 'Beschreibung' },
        type: 'textarea',
        maxLength: 500,
        admin: {
          description: {
            en: 'Optional. One sentence telling customers whether this applies to them, for example "Customers whose data is hosted in Frankfurt".',
            de: 'Optional. Ein Satz, an dem Kunden erkennen, ob dies für sie gilt, zum Beispiel „Kunden, deren Daten in Frankfurt gehostet werden“.',
          },
        },
      },
      orderField({
        en: 'Lower numbers are shown first.',
        de: 'Kleinere Zahlen werden zuerst angezeigt.',
      }),
      slugField('name', {
        en: 'Used in web addresses and the API (?scope=…). Filled in from the name; fixed while subprocessors apply to the scope.',
        de: 'Wird in Webadressen und in der API verwendet (?scope=…). Wird aus dem Namen gebildet; bleibt fest, solange Unterauftragsverarbeiter für den Geltungsbereich gelten.',
      }),
    ],
    { name: text, description: textarea },
  ),
}
