import { serverConfig } from '@/config/env'

// The public origin, defined once: canonical URLs, OpenGraph, sitemap, robots, feeds, emails and
// the API's absolute links all derive from it. Static pages bake it in when they are built; a
// server started for another address refuses to start (src/config/env.ts, instrumentation.ts).
export const siteUrl = new URL(serverConfig().NEXT_PUBLIC_SERVER_URL ?? 'http://localhost:3000')

/** An absolute address on the portal for a path such as `/changes/x`. */
export const absoluteUrl = (path: string): string => new URL(path, siteUrl).toString()

/** The origin without a trailing slash, for string templates (`${origin}/changes`). */
export const siteOrigin = siteUrl.origin
