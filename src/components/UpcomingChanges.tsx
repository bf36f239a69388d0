import Link from '@/components/LocaleLink'
import type { PublicChange } from '@/changes/log'
import { FormattedDate } from './FormattedDate'

/** Announced changes not yet in effect: what the list below will look like soon. */
export function UpcomingChanges({ changes }: { changes: PublicChange[] }) {
  return (
    <section className="upcoming" aria-labelledby="upcoming-heading">
      <h2 id="upcoming-heading">Upcoming changes</h2>
      {changes.length === 0 ? (
        <p>No changes are announced. The list below is up to date.</p>
      ) : (
        <ul className="section-list">
          {changes.map((change) => (
            <li key={change.id}>
              <Link href={`/changes/${change.slug}`}>{change.title}</Link>
              <p>
                Takes effect on <FormattedDate iso={change.effectiveDate} />. Until then it is not
                part of the list below.
              </p>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href="/changes">Every change so far</Link> ·{' '}
        <Link href="/subscribe">Get an email about each change</Link>
      </p>
    </section>
  )
}
