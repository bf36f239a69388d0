import { requestLocale } from '@/i18n/request'
import { formatDateIn } from '@/utilities/dates'

/** A day in the page's language. */
export function FormattedDate({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatDateIn(iso, requestLocale())}</time>
}
