import Link from '@/components/LocaleLink'

/**
 * A section without published content. Its link is not in the navigation then, and the page says
 * so plainly (and asks not to be indexed) rather than showing an empty list.
 */
export function NothingPublished({ title, what }: { title: string; what: string }) {
  return (
    <>
      <h1>{title}</h1>
      <div className="empty-state">
        <h2>Nothing is published here yet</h2>
        <p>
          {what} will appear on this page once they are published. Meanwhile,{' '}
          <Link href="/">the overview</Link> shows everything this trust center offers.
        </p>
      </div>
    </>
  )
}

/** Metadata of a section page while it is empty: not indexed, not shared. */
export const emptySectionRobots = { index: false, follow: true } as const
