// Published documents in one language, each missing translation filled from the source language
// and listed (src/i18n/resolve.ts). In the source language a document is read once, as before;
// in another it is read twice (Payload's `locale: 'all'` answered in the default language here,
// Payload 3.90 Local API), and the two reads are matched by id.
import { DEFAULT_LOCALE, type Locale } from '@/i18n/locales'
import { fillFromSource, type Localized, type Untranslated } from '@/i18n/resolve'

export type { Localized }

/** How a read asks for its language: Payload's `locale`, without fallback for a translation. */
export type ReadLanguage = { locale: Locale; fallbackLocale?: false }

/** A document in a language, and (in a language other than the source) its texts in the source. */
export type InLanguage<Doc> = { doc: Doc; untranslated?: Untranslated }

/** `read` in `locale` without fallback, and in the source language: the two reads to merge. */
const readBoth = <T>(locale: Locale, read: (language: ReadLanguage) => Promise<T>) =>
  Promise.all([read({ locale, fallbackLocale: false }), read({ locale: DEFAULT_LOCALE })])

/** `doc` carrying its `untranslated` texts, when it has any (the pages' and globals' form). */
const carrying = <Doc extends object>(
  doc: Doc,
  untranslated: Untranslated | undefined,
): Localized<Doc> => (untranslated?.length ? { ...doc, untranslated } : doc)

export async function readInLanguage<Doc extends { id: string | number }>(
  locale: Locale,
  find: (language: ReadLanguage) => Promise<Doc[]>,
): Promise<InLanguage<Doc>[]> {
  if (locale === DEFAULT_LOCALE) return (await find({ locale })).map((doc) => ({ doc }))
  const [translated, source] = await readBoth(locale, find)
  const sourceById = new Map(source.map((doc) => [String(doc.id), doc]))
  return translated.map((doc) => fillFromSource(doc, sourceById.get(String(doc.id)) ?? doc))
}

/** `{ untranslated }` to spread into an entry: nothing at all in the source language. */
export const untranslatedOf = (untranslated: Untranslated | undefined) =>
  untranslated ? { untranslated } : {}

/** The documents of `find` in `locale`, each carrying its `untranslated` texts (the pages' form). */
export async function readListIn<Doc extends { id: string | number }>(
  locale: Locale,
  find: (language: ReadLanguage) => Promise<Doc[]>,
): Promise<Localized<Doc>[]> {
  return (await readInLanguage(locale, find)).map(({ doc, untranslated }) =>
    carrying(doc, untranslated),
  )
}

/** One document (a global) of `read` in `locale`, carrying its `untranslated` texts. */
export async function readOneIn<Doc extends object>(
  locale: Locale,
  read: (language: ReadLanguage) => Promise<Doc>,
): Promise<Localized<Doc>> {
  if (locale === DEFAULT_LOCALE) return read({ locale })
  const [own, source] = await readBoth(locale, read)
  const { doc, untranslated } = fillFromSource(own, source)
  return carrying(doc, untranslated)
}
