import Link from 'next/link'
import type { HistoricalGroup } from '@/utilities/historicalList'
import { displayUrl } from './SubprocessorDetails'
import { DetailRow } from './DetailRow'


// Snapshots copy validated fields, but a link is only ever made of a web address.
const isWebUrl = (url: string) => /^https?:\/\//i.test(url)

const List = ({ items }: { items: string[] }) => (
  <ul className="plain-list">
    {items.map((item) => (
      <li key={item}>{item}</li>
    ))}
  </ul>
)

/**
 * The list as it was published on a past day, from the recorded snapshots. A name links to the
 * subprocessor's page only while it is still listed (`currentSlugs`).
 */
export function HistoricalSubprocessorList({
  groups,
  currentSlugs,
}: {
  groups: HistoricalGroup[]
  currentSlugs: Set<string>
}) {
  return (
    <>
      {groups.map(({ category, subprocessors }, index) => (
        <section key={category} className="category" aria-labelledby={`past-category-${index}`}>
          <h2 id={`past-category-${index}`}>{category}</h2>
          {subprocessors.map((entry) => (
            <article key={entry.key} className="card">
              <h3>
                {entry.slug && currentSlugs.has(entry.slug) ? (
                  <Link href={`/subprocessors/${entry.slug}`}>{entry.name}</Link>
                ) : (
                  entry.name
                )}
              </h3>
              <dl className="details">
                {entry.legalEntity && <DetailRow term="Legal entity">{entry.legalEntity}</DetailRow>}
                {entry.purpose && <DetailRow term="Purpose">{entry.purpose}</DetailRow>}
                {entry.dataProcessed.length > 0 && (
                  <DetailRow term="Data processed">
                    <List items={entry.dataProcessed} />
                  </DetailRow>
                )}
                {entry.locations.length > 0 && (
                  <DetailRow term={entry.locations.length === 1 ? 'Location' : 'Locations'}>
                    <List items={entry.locations} />
                  </DetailRow>
                )}
                {entry.securityUrl && isWebUrl(entry.securityUrl) && (
                  <DetailRow term="Security information">
                    <a href={entry.securityUrl}>{displayUrl(entry.securityUrl)}</a>
                  </DetailRow>
                )}
                {entry.websiteUrl && isWebUrl(entry.websiteUrl) && (
                  <DetailRow term="Website">
                    <a href={entry.websiteUrl}>{displayUrl(entry.websiteUrl)}</a>
                  </DetailRow>
                )}
              </dl>
            </article>
          ))}
        </section>
      ))}
    </>
  )
}
