import configPromise from '@payload-config'
import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

// The admin in German: every word staff read in the admin is given in German as well as in
// English. Walks the whole config as Payload uses it (after sanitizing, so a field left without a
// label shows the English one Payload makes from its name, and fails here). Payload's own
// collections (`payload-…`, of which staff see the jobs queue) are checked for the names and
// descriptions we give them; their fields are Payload's.

type Described = { label?: unknown; labels?: unknown; admin?: Record<string, unknown> }
/** What the walk reads of a collection or global. */
type Entity = Described & { slug: string; fields: Field[] }

/**
 * A text staff read: `{ en, de }`, or Payload's own (a function of its `t`), has German. A
 * sentence the same in both is not translated; a label may be ("Name", "Status").
 */
function hasGerman(text: unknown, sentence = false) {
  if (typeof text === 'function') return true
  if (typeof text !== 'object' || text === null) return false
  const { en, de } = text as { en?: unknown; de?: unknown }
  return typeof de === 'string' && de.trim() !== '' && !(sentence && de === en)
}

const shown = (text: unknown) => (typeof text === 'string' ? `"${text}"` : JSON.stringify(text))

function missingGerman(config: { collections: Entity[]; globals: Entity[] }): string[] {
  const missing: string[] = []
  const check = (where: string, what: string, text: unknown) => {
    if (text === undefined || text === null || text === false) return
    if (hasGerman(text, what === 'description')) return
    missing.push(`${where}: ${what} ${shown(text)}`)
  }
  const checkLabels = (where: string, labels: unknown) => {
    if (!labels || typeof labels !== 'object') return
    const { singular, plural } = labels as { singular?: unknown; plural?: unknown }
    check(where, 'singular label', singular)
    check(where, 'plural label', plural)
  }
  const checkAdmin = (where: string, admin: Record<string, unknown> | undefined) => {
    check(where, 'description', admin?.description)
    if (admin?.group !== false) check(where, 'group', admin?.group)
  }
  const walk = (where: string, fields: Field[]) => {
    for (const field of fields) {
      const admin = (field as Described).admin
      if (('hidden' in field && field.hidden === true) || admin?.hidden === true || admin?.disabled)
        continue
      const name = 'name' in field && field.name ? field.name : field.type
      const here = `${where} › ${name}`
      if ('label' in field) check(here, 'label', field.label)
      checkAdmin(here, admin)
      if ('options' in field && Array.isArray(field.options))
        for (const option of field.options)
          if (typeof option === 'string') check(here, 'option', option)
          else check(here, `option ${option.value}`, option.label)
      if (field.type === 'array') checkLabels(here, field.labels)
      if (field.type === 'tabs')
        for (const tab of field.tabs) {
          const tabHere = `${here} › ${'name' in tab && tab.name ? tab.name : 'tab'}`
          check(tabHere, 'label', tab.label)
          check(tabHere, 'description', tab.description)
          walk(tabHere, tab.fields)
        }
      if (field.type === 'blocks')
        for (const block of field.blocks) {
          const blockHere = `${here} › ${block.slug}`
          checkLabels(blockHere, block.labels)
          walk(blockHere, block.fields)
        }
      if ('fields' in field && Array.isArray(field.fields)) walk(here, field.fields)
    }
  }
  for (const collection of config.collections) {
    if (collection.admin?.hidden === true) continue
    const where = `collection ${collection.slug}`
    checkLabels(where, collection.labels)
    checkAdmin(where, collection.admin)
    if (!collection.slug.startsWith('payload-')) walk(where, collection.fields)
  }
  for (const global of config.globals) {
    if (global.admin?.hidden === true) continue
    const where = `global ${global.slug}`
    check(where, 'label', global.label)
    checkAdmin(where, global.admin)
    walk(where, global.fields)
  }
  return missing
}

describe('the admin in German', () => {
  it('gives every collection, global, group, field, help text and option a German text', async () => {
    const config = await configPromise
    expect(missingGerman(config)).toEqual([])
  })

  it('finds what is missing: a plain label, description, option or group', () => {
    const config = {
      collections: [
        {
          slug: 'things',
          labels: { singular: { en: 'Thing', de: 'Ding' }, plural: 'Things' },
          admin: { group: 'Stuff' },
          fields: [
            { name: 'a', type: 'text', label: 'A', admin: { description: { en: 'x', de: 'y' } } },
            {
              type: 'row',
              fields: [
                {
                  name: 'b',
                  type: 'select',
                  label: { en: 'B', de: 'B' },
                  options: [{ value: 'c', label: 'C' }],
                  admin: { description: { en: 'Help', de: 'Help' } },
                },
              ],
            },
            { name: 'secret', type: 'text', label: 'Secret', hidden: true },
          ],
        },
      ],
      globals: [],
    }
    expect(missingGerman(config as { collections: Entity[]; globals: Entity[] })).toEqual([
      'collection things: plural label "Things"',
      'collection things: group "Stuff"',
      'collection things › a: label "A"',
      'collection things › row › b: description {"en":"Help","de":"Help"}',
      'collection things › row › b: option c "C"',
    ])
  })
})
