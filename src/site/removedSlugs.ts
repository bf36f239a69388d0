// For proxy.ts: is /subprocessors/<slug> the address of a removed subprocessor (410 Gone)?
//
// The proxy cannot read Payload itself (bundling Payload and its database driver into the proxy
// would make a second copy of the CMS), so it asks its own server over loopback, as the jobs do
// for revalidation. That route reads Next's data cache under the `changes` and `subprocessors`
// tags, which expire when a change takes effect; the proxy keeps the answer for FRESH_FOR_MS per
// instance, so the cost is one loopback request per instance every few seconds, not one per visit.
// Stale window: for up to FRESH_FOR_MS after a removal takes effect, its address may still answer
// 404 (the page is already off the list); after a removed subprocessor is published again (rare:
// an addition notice), its page may answer 410 for that long. With several instances, each keeps
// its own copy for the same few seconds; the data behind it is as fresh as every page's.
import { serverConfig } from '@/config/env'

const FRESH_FOR_MS = 10_000

type Removed = { slugs: Set<string>; until: number }

let current: Removed | null = null
let loading: Promise<Removed | null> | null = null

/** This server, over loopback (as src/cache/revalidateThroughServer.ts reaches it). */
export const ownServer = (path: string) => `http://127.0.0.1:${serverConfig().PORT}${path}`

async function load(): Promise<Removed | null> {
  try {
    const response = await fetch(ownServer('/api/internal/removed-subprocessors'), {
      signal: AbortSignal.timeout(2_000),
    })
    if (!response.ok) return null
    const { slugs } = (await response.json()) as { slugs: string[] }
    return { slugs: new Set(slugs), until: Date.now() + FRESH_FOR_MS }
  } catch {
    // Not answering (starting up, or another port): the page answers 404 as before.
    return null
  }
}

/** One refresh at a time; on failure the last answer (if any) is kept for another while. */
export async function isRemovedSubprocessorSlug(slug: string): Promise<boolean> {
  if (!current || current.until <= Date.now()) {
    loading ??= load().finally(() => {
      loading = null
    })
    const fresh = await loading
    current = fresh ?? { slugs: current?.slugs ?? new Set(), until: Date.now() + FRESH_FOR_MS }
  }
  return current?.slugs.has(slug) ?? false
}
