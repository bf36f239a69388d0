// Dates are shown in UTC so the server's time zone never shifts a day-only date.
const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

export const formatDate = (iso: string): string => longDate.format(new Date(iso))

/** The latest of several ISO timestamps, or null when there are none. */
export function newestDate(dates: Array<string | null | undefined>): string | null {
  const times = dates.filter((date): date is string => Boolean(date)).map((date) => Date.parse(date))
  const valid = times.filter((time) => !Number.isNaN(time))
  return valid.length ? new Date(Math.max(...valid)).toISOString() : null
}
