import type { CollectionAfterChangeHook } from 'payload'
import type { Change } from '@/payload-types'
import { revalidateTags } from '@/cache/revalidate'
import { applyAnnouncedNow } from '@/changes/apply'

/**
 * Once announced: queue the notices (a jobs-queue task, retried on failure), and put an urgent
 * change that is already due into effect at once instead of waiting for the next scheduled run
 * (or wait for the run that claimed it first: the answer must come after the list changed).
 */
export const afterChangeAnnounced: CollectionAfterChangeHook<Change> = async ({
  doc,
  previousDoc,
  req,
  context,
}) => {
  const justAnnounced = doc.status === 'announced' && previousDoc?.status !== 'announced'
  if (justAnnounced && !context.applyingChange) {
    await req.payload.jobs.queue({
      task: 'sendChangeNotices',
      input: { change: String(doc.id) },
      req,
    })
    if (new Date(doc.effectiveDate).getTime() <= Date.now())
      await applyAnnouncedNow(req.payload, doc)
  }
  if (doc.status !== 'draft' || previousDoc?.status !== doc.status)
    revalidateTags(['changes', 'subprocessors'], context, req.payload)
  return doc
}
