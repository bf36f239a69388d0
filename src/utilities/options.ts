/** One choice of a fixed vocabulary: the stored code and its words. */
export type Option = { readonly value: string; readonly label: string }

/** A stored code in words: its option's label, or the code itself if the option is gone. */
export const labelOf = (options: readonly Option[] | undefined, code: string): string =>
  options?.find((option) => option.value === code)?.label ?? code

/** A choice with its words in German too, for the admin (`label` is the English). */
export type TranslatedOption = Option & { readonly de: string }
