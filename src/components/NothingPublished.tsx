import Link from '@/components/LocaleLink'
import { pageWords } from '@/i18n/portalWords'

/**
 * A section without published content. Its link is not in the navigation then, and the page says
 * so plainly (and asks not to be indexed) rather than showing an empty list.
 */
export function NothingPublished({ title, what }: { title: string; what: string }) {
  const words = pageWords()
  return (
    <>
      <h1>{title}</h1>
      <div className="empty-state">
        <h2>{words.nothingPublished}</h2>
        <p>
          {what} {words.willAppear} <Link href="/">{words.theOverview}</Link>{' '}
          {words.showsEverything}
        </p>
      </div>
    </>
  )
}

/** Metadata of a section page while it is empty: not indexed, not shared. */
export const emptySectionRobots = { index: false, follow: true } as const
