// Admin-side timestamps, in UTC like the rest of the trust center: "3 Dec 2026, 14:02 UTC".
const dateTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
})

export const formatDateTime = (date: Date | string) => `${dateTime.format(new Date(date))} UTC`
