import type { Metadata } from 'next'

type AlternateTypes = NonNullable<NonNullable<Metadata['alternates']>['types']>

/**
 * The change log's feeds, defined once: their route handlers (app/(frontend)/[locale]/changes/*),
 * the `<link rel="alternate">` on every page, the links under the change log and the discovery
 * document all read this list. Each item carries the machine-readable change (src/feeds/render.ts).
 */
export const CHANGE_FEEDS = {
  rss: {
    type: 'application/rss+xml',
    path: '/changes/rss.xml',
    label: 'RSS',
    title: 'Subprocessor changes (RSS)',
  },
  atom: {
    type: 'application/atom+xml',
    path: '/changes/atom.xml',
    label: 'Atom',
    title: 'Subprocessor changes (Atom)',
  },
  json: {
    type: 'application/feed+json',
    path: '/changes/feed.json',
    label: 'JSON Feed',
    title: 'Subprocessor changes (JSON Feed)',
  },
} as const

export type ChangeFeedFormat = keyof typeof CHANGE_FEEDS

export const changeFeedList = Object.values(CHANGE_FEEDS)

/** `<link rel="alternate">` for the feeds, on every page: feed readers look for them anywhere. */
export const changeFeedAlternates: AlternateTypes = Object.fromEntries(
  changeFeedList.map(({ type, path, title }) => [type, [{ url: path, title }]]),
)
