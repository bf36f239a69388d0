import config from '@payload-config'
import { getPayload } from 'payload'
import { atomFeed, jsonFeed, rssFeed, type FeedContext } from './feeds'
import { listPublicChanges } from './log'

const formats = {
  rss: { type: 'application/rss+xml; charset=utf-8', render: (ctx: FeedContext, c: Parameters<typeof rssFeed>[1]) => rssFeed(ctx, c) },
  atom: { type: 'application/atom+xml; charset=utf-8', render: (ctx: FeedContext, c: Parameters<typeof atomFeed>[1]) => atomFeed(ctx, c) },
  json: { type: 'application/feed+json; charset=utf-8', render: (ctx: FeedContext, c: Parameters<typeof jsonFeed>[1]) => JSON.stringify(jsonFeed(ctx, c), null, 2) },
}

/** One of the change-log feeds, read as an anonymous visitor. */
export async function feedResponse(format: keyof typeof formats): Promise<Response> {
  const payload = await getPayload({ config })
  const [settings, changes] = await Promise.all([
    payload.findGlobal({ slug: 'trust-center', overrideAccess: false, depth: 0 }),
    listPublicChanges(payload),
  ])
  const siteUrl = (process.env.NEXT_PUBLIC_SERVER_URL || 'http://localhost:3000').replace(/\/$/, '')
  const ctx = {
    siteUrl,
    title: `${settings.companyName ?? 'Trust center'} subprocessor changes`,
    companyName: settings.companyName ?? 'The company',
    contactEmail: settings.contactEmail,
  }
  return new Response(formats[format].render(ctx, changes), {
    headers: { 'content-type': formats[format].type, 'cache-control': 'public, max-age=60, stale-while-revalidate=600' },
  })
}
