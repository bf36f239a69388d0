import type { JobsConfig } from 'payload'
import { isStaff } from '@/access'
import { serverConfig } from '@/config/env'
import { applyDueChangesTask, sendChangeNoticesTask, startSubscriptionTask } from '@/notices/tasks'
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import { recoverAbandonedJobs } from '@/db/claims'
import { recordQueueRun } from './heartbeat'
import { sendAccessEmailTask } from '@/document-access/mail'
import { deliverWebhookTask } from '@/webhooks/tasks'

/**
 * Payload's jobs queue. In a running server (`npm run dev` / `npm start`; see instrumentation.ts)
 * the queue is worked every minute, and `applyDueChanges` is scheduled each minute, so announced
 * changes take effect on their date without anyone acting.
 */
export const jobs: JobsConfig = {
  tasks: [
    sendChangeNoticesTask,
    applyDueChangesTask,
    startSubscriptionTask,
    sendAccessEmailTask,
    deliverWebhookTask,
  ],
  autoRun: serverConfig().DISABLE_JOBS_AUTORUN
    ? undefined
    : [{ cron: serverConfig().JOBS_AUTORUN_CRON, queue: 'default', limit: 20 }],
  // Asked by every run of the queue (the cron, a worker, `payload jobs:run`) before it picks up
  // jobs: records the heartbeat /api/ready reads (./heartbeat.ts), hands back the jobs of a runner
  // that died (src/db/claims.ts), then keeps Payload's order.
  processingOrder: async ({ req }) => {
    await recordQueueRun(req.payload)
    const recovered = await recoverAbandonedJobs(req.payload.db as MongooseAdapter).catch(() => 0)
    if (recovered)
      req.payload.logger.warn({
        msg: `Handed back ${recovered} job(s) whose runner stopped without finishing them`,
      })
    return req.payload.collections['payload-jobs']?.config.defaultSort ?? 'createdAt'
  },
  access: { run: ({ req }) => isStaff(req.user), queue: ({ req }) => isStaff(req.user) },
  jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
    ...defaultJobsCollection,
    labels: {
      singular: { en: 'Background job', de: 'Hintergrundaufgabe' },
      plural: { en: 'Background jobs', de: 'Hintergrundaufgaben' },
    },
    admin: {
      ...defaultJobsCollection.admin,
      group: { en: 'System', de: 'System' },
      // named by what it does, not by its id
      useAsTitle: 'taskSlug',
      defaultColumns: ['taskSlug', 'waitUntil', 'completedAt', 'hasError', 'totalTried'],
      description: {
        en: 'Work the server does by itself: sending change notices and webhooks, putting announced changes and scheduled policies live.',
        de: 'Arbeit, die der Server von selbst erledigt: Änderungsmitteilungen und Webhooks senden, angekündigte Änderungen und geplante Richtlinien live schalten.',
      },
      hidden: ({ user }) =>
        !(user && 'role' in user && (user.role === 'admin' || user.role === 'editor')),
    },
  }),
}
