import Link from '@/components/LocaleLink'
import type { HistoricalGroup } from '@/utilities/historicalList'
import { recordedLang } from './Recorded'
import { SubprocessorDetails } from './SubprocessorDetails'

/**
 * The list as it was published on a past day, from the recorded snapshots, with the same details
 * as the current list. A name links to the subprocessor's page only while it is still listed
 * (`currentSlugs`). The snapshots are records in the source language: on a page in another, their
 * category names and values are marked with `lang` (the page says so once), the labels translated.
 */
export function HistoricalSubprocessorList({
  groups,
  currentSlugs,
  withScopes,
}: {
  groups: HistoricalGroup[]
  currentSlugs: Set<string>
  withScopes: boolean
}) {
  return (
    <>
      {groups.map(({ category, subprocessors }, index) => (
        <section key={category} className="category" aria-labelledby={`past-category-${index}`}>
          <h2 id={`past-category-${index}`} lang={recordedLang()}>
            {category}
          </h2>
          {subprocessors.map((entry) => (
            <article key={entry.key} className="card">
              <h3>
                {entry.slug && currentSlugs.has(entry.slug) ? (
                  <Link href={`/subprocessors/${entry.slug}`}>{entry.name}</Link>
                ) : (
                  entry.name
                )}
              </h3>
              <SubprocessorDetails values={entry.values} withScopes={withScopes} recorded />
            </article>
          ))}
        </section>
      ))}
    </>
  )
}
