import { DEFAULT_LOCALE, localeDefinition, type Locale } from '@/i18n/locales'

// Dates are shown in UTC so the server's time zone never shifts a day-only date.
const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

/** A day as people read it, in UTC: "3 December 2026". */
export const formatDate = (date: Date | string): string => longDate.format(new Date(date))

const longDates = new Map<Locale, Intl.DateTimeFormat>()

/** A day as people read it in `locale`, in UTC: "3 December 2026", "3. Dezember 2026". */
export function formatDateIn(date: Date | string, locale: Locale): string {
  if (locale === DEFAULT_LOCALE) return formatDate(date)
  let format = longDates.get(locale)
  if (!format) {
    format = new Intl.DateTimeFormat(localeDefinition(locale).tag, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    })
    longDates.set(locale, format)
  }
  return format.format(new Date(date))
}

export const DAY_MS = 24 * 60 * 60 * 1000

/** The latest of several ISO timestamps, or null when there are none. */
export function newestDate(dates: Array<string | null | undefined>): string | null {
  const times = dates
    .filter((date): date is string => Boolean(date))
    .map((date) => Date.parse(date))
  const valid = times.filter((time) => !Number.isNaN(time))
  return valid.length ? new Date(Math.max(...valid)).toISOString() : null
}

const dateTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
})

/** A moment for staff, in UTC like the rest of the trust center: "3 Dec 2026, 14:02 UTC". */
export const formatDateTime = (date: Date | string) => `${dateTime.format(new Date(date))} UTC`

const dateTimes = new Map<Locale, Intl.DateTimeFormat>()

/** A moment for staff in `locale`, in UTC: "3 Dec 2026, 14:02 UTC", "3. Dez. 2026, 14:02 UTC". */
export function formatDateTimeIn(date: Date | string, locale: Locale): string {
  if (locale === DEFAULT_LOCALE) return formatDateTime(date)
  let format = dateTimes.get(locale)
  if (!format) {
    format = new Intl.DateTimeFormat(localeDefinition(locale).tag, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'UTC',
    })
    dateTimes.set(locale, format)
  }
  return `${format.format(new Date(date))} UTC`
}
