import { changeFeedList } from '@/feeds/list'

/** The change log as feeds, for feed readers and scripts. */
export function FeedLinks() {
  return (
    <ul className="link-list">
      {changeFeedList.map((feed) => (
        <li key={feed.path}>
          <a href={feed.path} type={feed.type}>
            {feed.label}
          </a>
        </li>
      ))}
    </ul>
  )
}
