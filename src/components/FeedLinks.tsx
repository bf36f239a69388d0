import { changeFeedList } from '@/feeds/list'
import { DEFAULT_LOCALE, localeDefinition } from '@/i18n/locales'
import { pageWords } from '@/i18n/portalWords'
import { requestLocale } from '@/i18n/request'

/**
 * The change log as feeds, for feed readers and scripts. The feeds are records, in the source
 * language only: a page in another language says so, and marks the links with `hrefLang`.
 */
export function FeedLinks() {
  const inSource = requestLocale() !== DEFAULT_LOCALE
  const hrefLang = inSource ? localeDefinition(DEFAULT_LOCALE).tag : undefined
  return (
    <>
      <ul className="link-list">
        {changeFeedList.map((feed) => (
          <li key={feed.path}>
            <a href={feed.path} type={feed.type} hrefLang={hrefLang}>
              {feed.label}
            </a>
          </li>
        ))}
      </ul>
      {inSource && <p className="meta">{pageWords().feedsInSource}</p>}
    </>
  )
}
