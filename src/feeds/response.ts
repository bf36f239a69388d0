import config from '@payload-config'
import { getPayload } from 'payload'
import { edgeTagHeaders } from '@/cache/edgeTags.mjs'
import { TAGS } from '@/cache/tags'
import { listPublicChanges } from '@/changes/log'
import { CACHE_CONTROL } from '@/public-api/http'
import { announcementEntries } from '@/evidence/ledger'
import { siteOrigin } from '@/site/url'
import { CHANGE_FEEDS, type ChangeFeedFormat } from './list'
import { atomFeed, jsonFeed, rssFeed, type FeedContext } from './render'

const render: Record<
  ChangeFeedFormat,
  (ctx: FeedContext, changes: Parameters<typeof rssFeed>[1]) => string
> = {
  rss: rssFeed,
  atom: atomFeed,
  json: (ctx, changes) => JSON.stringify(jsonFeed(ctx, changes), null, 2),
}

/** One of the change-log feeds, read as an anonymous visitor. */
export async function feedResponse(format: ChangeFeedFormat): Promise<Response> {
  const payload = await getPayload({ config })
  const [settings, changes] = await Promise.all([
    payload.findGlobal({ slug: 'trust-center', overrideAccess: false, depth: 0 }),
    listPublicChanges(payload),
  ])
  const ledger = await announcementEntries(
    payload,
    changes.map((c) => c.id),
  )
  const items = changes.map((c) => ({ ...c, ledger: ledger.get(c.id) ?? null }))
  const ctx = {
    siteUrl: siteOrigin,
    title: `${settings.companyName ?? 'Trust center'} subprocessor changes`,
    companyName: settings.companyName ?? 'The company',
    contactEmail: settings.contactEmail,
  }
  return new Response(render[format](ctx, items), {
    headers: {
      'content-type': `${CHANGE_FEEDS[format].type}; charset=utf-8`,
      'cache-control': CACHE_CONTROL,
      // read straight from the database, not through the cached reads that record their tags
      ...edgeTagHeaders([TAGS.changes, TAGS.trustCenter]),
    },
  })
}
