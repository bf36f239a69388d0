import { DEFAULT_LOCALE, localeDefinition, type Locale } from '@/i18n/locales'

// Dates are shown in UTC so the server's time zone never shifts a day-only date. English reads
// as in the UK ("3 December 2026"); another language as its own tag says ("3. Dezember 2026").
const LONG_DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' }
const SHORT_MOMENT: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
}

/** `options` in UTC, one formatter per language, made on first use. */
function formatsIn(options: Intl.DateTimeFormatOptions) {
  const made = new Map<Locale, Intl.DateTimeFormat>()
  const english = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' })
  return (locale: Locale): Intl.DateTimeFormat => {
    if (locale === DEFAULT_LOCALE) return english
    let format = made.get(locale)
    if (!format) {
      format = new Intl.DateTimeFormat(localeDefinition(locale).tag, {
        ...options,
        timeZone: 'UTC',
      })
      made.set(locale, format)
    }
    return format
  }
}

const longDate = formatsIn(LONG_DAY)
const moment = formatsIn(SHORT_MOMENT)

/** A day as people read it in `locale`, in UTC: "3 December 2026", "3. Dezember 2026". */
export const formatDateIn = (date: Date | string, locale: Locale): string =>
  longDate(locale).format(new Date(date))

/** A day as people read it, in UTC: "3 December 2026". */
export const formatDate = (date: Date | string): string => formatDateIn(date, DEFAULT_LOCALE)

/** A moment for staff in `locale`, in UTC: "3 Dec 2026, 14:02 UTC", "3. Dez. 2026, 14:02 UTC". */
export const formatDateTimeIn = (date: Date | string, locale: Locale): string =>
  `${moment(locale).format(new Date(date))} UTC`

/** A moment for staff, in UTC like the rest of the trust center: "3 Dec 2026, 14:02 UTC". */
export const formatDateTime = (date: Date | string) => formatDateTimeIn(date, DEFAULT_LOCALE)

export const DAY_MS = 24 * 60 * 60 * 1000

/** The latest of several ISO timestamps, or null when there are none. */
export function newestDate(dates: Array<string | null | undefined>): string | null {
  const times = dates
    .filter((date): date is string => Boolean(date))
    .map((date) => Date.parse(date))
  const valid = times.filter((time) => !Number.isNaN(time))
  return valid.length ? new Date(Math.max(...valid)).toISOString() : null
}
