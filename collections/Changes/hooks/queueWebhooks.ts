import type { CollectionAfterChangeHook } from 'payload'
import type { Change } from '@/payload-types'
import { changeEventType, queueChangeEvent } from '@/webhooks/changeEvents'

/**
 * Announced, cancelled, in effect: each queues its webhook to every endpoint that takes it
 * (src/webhooks), once per endpoint however often this runs. Runs before the hook that may put an
 * urgent change into effect at once, so the announcement is queued first. A failure to queue is
 * logged, never the change's failure: the notice to customers is the legal duty, not the webhook.
 */
export const queueChangeWebhooks: CollectionAfterChangeHook<Change> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const before = (operation === 'create' ? null : previousDoc?.status) ?? 'draft'
  const type = changeEventType(before, doc.status)
  if (!type) return doc
  try {
    await queueChangeEvent(req.payload, doc, type)
  } catch (error) {
    req.payload.logger.error({ err: error, change: doc.id, type }, 'Could not queue webhooks')
  }
  return doc
}
