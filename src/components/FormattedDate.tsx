import { formatDate } from '@/utilities/dates'

export function FormattedDate({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatDate(iso)}</time>
}
