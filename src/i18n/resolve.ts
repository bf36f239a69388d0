// A document in a language other than the source, with each missing translation filled in from
// the source language and noted: the pages mark those texts (`lang`, "in English") and the API
// lists them. Payload's own fallback fills the gaps without saying where (a read with a fallback
// answers the same whether a text was translated or not), and its `locale: 'all'` read answered
// in the default language here (Payload 3.90, Local API); so a document is read twice, in the
// language without fallback and in the source language, and merged here.

/** The dotted paths of texts shown in the source language (`purpose`, `statements.0.text`). */
export type Untranslated = string[]

/** A document read in a language, with the texts it shows in the source language (if any). */
export type Localized<T> = T & { untranslated?: Untranslated }

const isMissing = (value: unknown) =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0)

const isRecord = (value: unknown): value is Record<string, unknown> =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)

/** Rich text: a whole value, not walked into. */
const isRichText = (value: unknown) => isRecord(value) && 'root' in value

/**
 * `translated` (read in a language with `fallbackLocale: false`) with every missing text taken
 * from `source` (the same document read in the source language), and where that happened.
 * Values the two reads share (not translated fields) are the same in both and left alone.
 */
export function fillFromSource<T>(
  translated: T,
  source: T,
): { doc: T; untranslated: Untranslated } {
  const untranslated: Untranslated = []
  const walk = (own: unknown, fallback: unknown, path: string): unknown => {
    const at = (key: string | number) => (path ? `${path}.${key}` : String(key))
    if (isMissing(own)) {
      if (!isMissing(fallback)) untranslated.push(path)
      return isMissing(fallback) ? own : fallback
    }
    if (Array.isArray(own) && Array.isArray(fallback) && own.every(isRecord))
      return own.map((item, index) => walk(item, fallback[index], at(index)))
    if (isRecord(own) && isRecord(fallback) && !isRichText(own))
      return Object.fromEntries(
        [...new Set([...Object.keys(own), ...Object.keys(fallback)])].map((key) => [
          key,
          walk(own[key], fallback[key], at(key)),
        ]),
      )
    return own
  }
  return { doc: walk(translated, source, '') as T, untranslated }
}

/** True when the text at `path` (or inside it) is shown in the source language. */
export const isUntranslated = (untranslated: Untranslated | undefined, path: string) =>
  Boolean(untranslated?.some((item) => item === path || item.startsWith(`${path}.`)))
