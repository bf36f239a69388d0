import { DEFAULT_LOCALE, type Locale } from './locales'

/**
 * A portal path in `locale`: the path itself in the default language (`/changes/x`), under the
 * language's code in the others (`/de/changes/x`). The portal's links and the emails' share it.
 */
export const localePath = (locale: Locale, path: string): string =>
  locale === DEFAULT_LOCALE ? path : `/${locale}${path.startsWith('/') ? path : `/${path}`}`
