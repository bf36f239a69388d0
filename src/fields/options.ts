import type { OptionObject } from 'payload'
import type { TranslatedOption } from '@/utilities/options'
import { LOCALES } from '@/i18n/locales'

/** A select's options in the staff member's admin language. */
export const adminOptions = (options: readonly TranslatedOption[]): OptionObject[] =>
  options.map(({ value, label, de }) => ({ value, label: { en: label, de } }))

/** The trust center's languages as options: each by its own name, in either admin language. */
export const languageOptions = (): OptionObject[] =>
  LOCALES.map(({ code, label }) => ({ value: code, label: { en: label, de: label } }))
