import { revalidateTag } from 'next/cache'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  Payload,
  RequestContext,
} from 'payload'
import type { CacheTag } from '@/cache/tags'
import { revalidateOutsideRequest } from './revalidateThroughServer'

/**
 * Marks the portal's cached pages and data under `tags` as expired. `{ expire: 0 }` rather than
 * the stale-while-revalidate default: the next visitor gets the new content, never the old page
 * once more (an unpublished subprocessor must disappear at once).
 */
function revalidatePortal(tags: CacheTag[], context: RequestContext, payload: Payload): void {
  if (context.disableRevalidate) return
  try {
    for (const tag of tags) revalidateTag(tag, { expire: 0 })
  } catch {
    // Outside a Next.js request: a job (a change taking effect on its date) in the server or in
    // the worker, or a process with no server at all (the seed, scripts, tests), where the
    // loopback call finds nobody.
    void revalidateOutsideRequest(tags, payload)
  }
}

// Every change revalidates, drafts included: `previousDoc` is the latest version, which may be a
// draft while the published document visitors see is another, so "was it public?" is not knowable here.
export const revalidateAfterChange =
  (tags: CacheTag[]): CollectionAfterChangeHook =>
  ({ doc, context, req }) => {
    revalidatePortal(tags, context, req.payload)
    return doc
  }

export const revalidateAfterDelete =
  (tags: CacheTag[]): CollectionAfterDeleteHook =>
  ({ doc, context, req }) => {
    revalidatePortal(tags, context, req.payload)
    return doc
  }

export const revalidateGlobalAfterChange =
  (tags: CacheTag[]): GlobalAfterChangeHook =>
  ({ doc, context, req }) => {
    revalidatePortal(tags, context, req.payload)
    return doc
  }

/** For hooks elsewhere (change notices) that expire several of the portal's tags at once. */
export const revalidateTags = (tags: CacheTag[], context: RequestContext, payload: Payload) =>
  revalidatePortal(tags, context, payload)
