import { CHANGE_FEEDS } from '@/utilities/feeds'

/** The change log as feeds, for feed readers and scripts. */
export function FeedLinks() {
  return (
    <ul className="link-list">
      {CHANGE_FEEDS.map((feed) => (
        <li key={feed.path}>
          <a href={feed.path} type={feed.type}>
            {feed.label}
          </a>
        </li>
      ))}
    </ul>
  )
}
