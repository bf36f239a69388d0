/** One choice of a fixed vocabulary: the stored code and its words. */
export type Option = { readonly value: string; readonly label: string }

/** A stored code in words: its option's label, or the code itself if the option is gone. */
export const labelOf = (options: readonly Option[] | undefined, code: string): string =>
  options?.find((option) => option.value === code)?.label ?? code

/** A choice with its words in German too, for the admin (`label` is the English). */
export type TranslatedOption = Option & { readonly de: string }

/**
 * A stored code in words in `language`: the word its option carries beside the English (`de`),
 * else the English (`labelOf`).
 */
export function labelIn(options: readonly Option[] | undefined, code: string, language: string) {
  const option = options?.find((item) => item.value === code) as Record<string, unknown> | undefined
  const carried = option?.[language]
  return typeof carried === 'string' ? carried : labelOf(options, code)
}
