import type { Metadata } from 'next'

type AlternateTypes = NonNullable<NonNullable<Metadata['alternates']>['types']>

/** The change log's feeds (route handlers in app/(frontend)/changes/). */
export const CHANGE_FEEDS = [
  { type: 'application/rss+xml', path: '/changes/rss.xml', label: 'RSS', title: 'Subprocessor changes (RSS)' },
  { type: 'application/atom+xml', path: '/changes/atom.xml', label: 'Atom', title: 'Subprocessor changes (Atom)' },
  { type: 'application/feed+json', path: '/changes/feed.json', label: 'JSON Feed', title: 'Subprocessor changes (JSON Feed)' },
] as const

/** `<link rel="alternate">` for the feeds, on every page: feed readers look for them anywhere. */
export const changeFeedAlternates: AlternateTypes = Object.fromEntries(
  CHANGE_FEEDS.map(({ type, path, title }) => [type, [{ url: path, title }]]),
)
