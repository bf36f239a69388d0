import type { TaskConfig } from 'payload'
import { attemptDelivery, DELIVER_TASK } from './deliveries'
import { RETRIES, RETRY_DELAY_MS, retryDelayMs } from './vocabulary'

/**
 * One delivery, retried by the jobs queue with exponential backoff (./vocabulary.ts says the
 * schedule) until the receiver answers 2xx. A failed attempt throws, which is how Payload knows
 * to retry; the last one marks the delivery failed instead, and counts against its endpoint. When
 * another process holds the attempt (`busy`), this run ends as a failure too, and the retry finds
 * the delivery delivered, or tries again.
 */
export const deliverWebhookTask: TaskConfig<{
  input: { delivery: string }
  output: { outcome: string }
}> = {
  slug: DELIVER_TASK,
  label: 'Send a webhook to an endpoint',
  retries: { attempts: RETRIES, backoff: { type: 'exponential', delay: RETRY_DELAY_MS } },
  inputSchema: [{ name: 'delivery', type: 'text', required: true }],
  outputSchema: [{ name: 'outcome', type: 'text' }],
  handler: async ({ input, job, req }) => {
    const failedBefore = job.totalTried ?? 0
    const last = failedBefore >= RETRIES
    const result = await attemptDelivery(req.payload, input.delivery, {
      trigger: 'automatic',
      onFailure: last
        ? { status: 'failed' }
        : { status: 'retrying', nextAttemptAt: new Date(Date.now() + retryDelayMs(failedBefore)) },
    })
    if (!last && result.state === 'failed')
      throw new Error(`Webhook attempt ${result.attempt} failed: ${result.error}`)
    if (!last && result.state === 'busy')
      throw new Error('Another process is sending this webhook now; checking again later.')
    return { output: { outcome: result.state } }
  },
}
