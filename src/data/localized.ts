// Published content read in a language: in the source language a plain read; in another, the
// read without fallback filled in from the source-language read, each document noting which of
// its texts are shown in the source language (src/i18n/resolve.ts), for the pages to mark.
import { fillFromSource, type Localized } from '@/i18n/resolve'
import { DEFAULT_LOCALE, type Locale } from '@/i18n/locales'

export type { Localized }

type ReadOptions = { locale: Locale; fallbackLocale?: false }

/** Documents read by `read` (given the locale options to pass to Payload) in `locale`. */
export async function readListIn<T extends { id: string | number }>(
  locale: Locale,
  read: (options: ReadOptions) => Promise<T[]>,
): Promise<Localized<T>[]> {
  if (locale === DEFAULT_LOCALE) return read({ locale })
  const [own, source] = await Promise.all([
    read({ locale, fallbackLocale: false }),
    read({ locale: DEFAULT_LOCALE }),
  ])
  const sourceById = new Map(source.map((doc) => [String(doc.id), doc]))
  return own.map((doc) => merged(doc, sourceById.get(String(doc.id)) ?? doc))
}

/** One document (a global) read by `read` in `locale`. */
export async function readOneIn<T extends object>(
  locale: Locale,
  read: (options: ReadOptions) => Promise<T>,
): Promise<Localized<T>> {
  if (locale === DEFAULT_LOCALE) return read({ locale })
  const [own, source] = await Promise.all([
    read({ locale, fallbackLocale: false }),
    read({ locale: DEFAULT_LOCALE }),
  ])
  return merged(own, source)
}

function merged<T extends object>(own: T, source: T): Localized<T> {
  const { doc, untranslated } = fillFromSource(own, source)
  return untranslated.length ? { ...doc, untranslated } : { ...doc }
}
