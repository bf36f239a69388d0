import { pageWords } from '@/i18n/portalWords'
import Link from '@/components/LocaleLink'
import type { PublicChange } from '@/changes/log'
import { changeTitle } from './ChangeDetails'
import { FormattedDate } from './FormattedDate'

/** Announced changes not yet in effect: what the list below will look like soon. */
export function UpcomingChanges({ changes }: { changes: PublicChange[] }) {
  const words = pageWords()
  return (
    <section className="upcoming" aria-labelledby="upcoming-heading">
      <h2 id="upcoming-heading">{words.upcomingChanges}</h2>
      {changes.length === 0 ? (
        <p>{words.noUpcoming}</p>
      ) : (
        <ul className="section-list">
          {changes.map((change) => (
            <li key={change.id}>
              <Link href={`/changes/${change.slug}`}>{changeTitle(change)}</Link>
              <p>
                {words.takesEffectOn} <FormattedDate iso={change.effectiveDate} />.{' '}
                {words.notYetInList}
              </p>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href="/changes">{words.everyChange}</Link> ·{' '}
        <Link href="/subscribe">{words.emailEachChange}</Link>
      </p>
    </section>
  )
}
