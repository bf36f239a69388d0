import Link from '@/components/LocaleLink'
import { DEFAULT_LOCALE } from '@/i18n/locales'
import { requestLocale } from '@/i18n/request'
import type { HistoricalGroup } from '@/utilities/historicalList'
import { SubprocessorDetails } from './SubprocessorDetails'

/**
 * The list as it was published on a past day, from the recorded snapshots, with the same details
 * as the current list, in the language they were recorded in (the source's; on a page in another
 * language marked as such). A name links to the subprocessor's page only while it is still listed
 * (`currentSlugs`).
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
  // the record's category names are in the source language, as recorded
  const recorded = requestLocale() === DEFAULT_LOCALE ? undefined : DEFAULT_LOCALE
  return (
    <>
      {groups.map(({ category, subprocessors }, index) => (
        <section key={category} className="category" aria-labelledby={`past-category-${index}`}>
          <h2 id={`past-category-${index}`} lang={recorded}>
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
