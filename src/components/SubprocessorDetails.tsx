import type { ReactNode } from 'react'
import Link from '@/components/LocaleLink'
import type { Snapshot } from '@/changes/fields'
import { detailsOrder, subprocessorField } from '@/schema/subprocessor'
import { isUntranslated, type Untranslated } from '@/i18n/resolve'
import { requestLocale } from '@/i18n/request'
import { emptyTextIn, pageLabelIn } from '@/i18n/subprocessorWords'
import type { SourceEnds } from '@/i18n/subprocessorValuesIn'
import { portalWords } from '@/i18n/portalWords'
import { DEFAULT_LOCALE } from '@/i18n/locales'
import { DetailRow } from './DetailRow'
import { recordedLang } from './Recorded'

/** An address as people read it: no scheme, no trailing slash. */
export const displayUrl = (url: string): string =>
  url.replace(/^https?:\/\//, '').replace(/\/$/, '')

// Values come from validated fields (or snapshots of them), but a link is only ever a web address.
const isWebUrl = (url: string) => /^https?:\/\//i.test(url)

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/

/** Lines of a contact: an email address is a mailto link. */
const ContactLines = ({ lines }: { lines: string[] }) => (
  <span className="multiline">
    {lines.map((line, index) => (
      <span key={line}>
        {index > 0 && '\n'}
        {EMAIL.test(line) ? <a href={`mailto:${line}`}>{line}</a> : line}
      </span>
    ))}
  </span>
)

/**
 * An item whose end (`sourceEnd`: a transfer mechanism's note, which special categories) is in
 * the source language for want of a translation, with that end marked.
 */
export function WithSourceEnd({
  text,
  sourceEnd,
  note,
}: {
  text: string
  sourceEnd?: string | null
  note: string
}) {
  if (!sourceEnd || !text.endsWith(sourceEnd)) return <>{text}</>
  return (
    <>
      {text.slice(0, -sourceEnd.length)}
      <InLanguage source note={note}>
        {sourceEnd}
      </InLanguage>
    </>
  )
}

const List = ({
  items,
  sourceEnds,
  note,
}: {
  items: string[]
  sourceEnds?: Array<string | null>
  note: string
}) => (
  <ul className="plain-list">
    {items.map((item, index) => (
      <li key={item}>
        <WithSourceEnd text={item} sourceEnd={sourceEnds?.[index]} note={note} />
      </li>
    ))}
  </ul>
)

/**
 * A value in the page's language, or (`source`) in the source language for want of a
 * translation: marked with `lang` for screen readers and a visible note.
 */
export function InLanguage({
  source,
  note,
  children,
}: {
  source: boolean
  note: string
  children: ReactNode
}) {
  if (!source) return <>{children}</>
  return (
    <span lang={DEFAULT_LOCALE} className="untranslated">
      {children} <small className="untranslated-note">({note})</small>
    </span>
  )
}

/**
 * Every field of a subprocessor but its name (the heading above), as src/schema/subprocessor.ts
 * defines them; empty ones left out. The current list and the list as of a past day both show
 * these. `values` are keyed by field name, in words (`shownValuesIn` a document with its scopes'
 * names, or a recorded snapshot in the current shape); the category is shown only when given, as
 * a link to its section of the list. A field whose empty value means something says it ("Applies
 * to: All customers").
 */
export function SubprocessorDetails({
  values,
  sourceEnds = {},
  category,
  withScopes = true,
  untranslated,
  recorded = false,
}: {
  values: Snapshot
  /** The ends of items in the source language (`shownValuesIn`): marked as such. */
  sourceEnds?: SourceEnds
  category?: { name: string; slug: string }
  /** False when the trust center has no scopes: then "Applies to: All customers" says nothing. */
  withScopes?: boolean
  /** The fields shown in the source language for want of a translation: marked as such. */
  untranslated?: Untranslated
  /**
   * `values` are a recorded snapshot (a past day's list): the record, in the source language. On
   * a page in another language they are marked `lang` (the page says so once, above them).
   */
  recorded?: boolean
}) {
  const locale = requestLocale()
  const words = portalWords(locale)
  const pageLabelOf = (field: Parameters<typeof pageLabelIn>[0], count = 1) =>
    pageLabelIn(field, locale, count)
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
        if (field.type === 'scopes' && !withScopes && !values[name]) return null
        const value = values[name] ?? emptyTextIn(field, locale)
        if (!value) return null
        const items = Array.isArray(value) ? value : [value]
        const text = items.join(', ')
        if (field.show === 'link' && !isWebUrl(text)) return null
        // a field with parts in English is marked part by part, any other as a whole
        const ends = sourceEnds[name]
        const record = recorded && values[name] ? recordedLang() : undefined
        return (
          <DetailRow key={name} term={pageLabelOf(field, items.length)} lang={record}>
            <InLanguage
              source={!ends && isUntranslated(untranslated, name) && locale !== DEFAULT_LOCALE}
              note={words.inEnglish}
            >
              {field.show === 'list' ? (
                <List items={items} sourceEnds={ends} note={words.inEnglish} />
              ) : field.show === 'link' ? (
                <a href={text}>{displayUrl(text)}</a>
              ) : field.show === 'contact' ? (
                <ContactLines lines={items} />
              ) : field.show === 'multiline' ? (
                <span className="multiline">{text}</span>
              ) : (
                <WithSourceEnd text={text} sourceEnd={ends?.[0]} note={words.inEnglish} />
              )}
            </InLanguage>
          </DetailRow>
        )
      })}
    </dl>
  )
}
