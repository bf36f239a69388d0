import Link from 'next/link'
import type { Snapshot } from '@/changes/fields'
import { detailsOrder, optionLabel, pageLabelOf, subprocessorField } from '@/schema/subprocessor'
import { DetailRow } from './DetailRow'

/** An address as people read it: no scheme, no trailing slash. */
export const displayUrl = (url: string): string =>
  url.replace(/^https?:\/\//, '').replace(/\/$/, '')

// Values come from validated fields (or snapshots of them), but a link is only ever a web address.
const isWebUrl = (url: string) => /^https?:\/\//i.test(url)

const List = ({ items }: { items: string[] }) => (
  <ul className="plain-list">
    {items.map((item) => (
      <li key={item}>{item}</li>
    ))}
  </ul>
)

/**
 * Every field of a subprocessor but its name (the heading above), as src/schema/subprocessor.ts
 * defines them; empty ones left out. The current list and the list as of a past day both show
 * these. `values` are keyed by field name (`snapshotOf` a document, or a recorded snapshot); the
 * category is shown only when given, as a link to its section of the list.
 */
export function SubprocessorDetails({
  values,
  category,
}: {
  values: Snapshot
  category?: { name: string; slug: string }
}) {
  return (
    <dl className="details">
      {detailsOrder.map((name) => {
        const field = subprocessorField(name)
        if (field.show === 'category') {
          return (
            category && (
              <DetailRow key={name} term={pageLabelOf(field)}>
                <Link href={`/subprocessors#${category.slug}`}>{category.name}</Link>
              </DetailRow>
            )
          )
        }
        const value = values[name]
        if (!value) return null
        const items = (Array.isArray(value) ? value : [value]).map((item) =>
          optionLabel(field, item),
        )
        const text = items.join(', ')
        if (field.show === 'link' && !isWebUrl(text)) return null
        return (
          <DetailRow key={name} term={pageLabelOf(field, items.length)}>
            {field.show === 'list' ? (
              <List items={items} />
            ) : field.show === 'link' ? (
              <a href={text}>{displayUrl(text)}</a>
            ) : field.show === 'multiline' ? (
              <span className="multiline">{text}</span>
            ) : (
              text
            )}
          </DetailRow>
        )
      })}
    </dl>
  )
}
