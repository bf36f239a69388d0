import { adminEndpoint } from '@/access/endpoints'
import { attemptDelivery } from '@/webhooks/deliveries'
import { attemptAnswer } from '@/webhooks/http'

/**
 * POST /api/webhook-deliveries/:id/redeliver: sends the delivery again now, with the same
 * webhook-id and body (a new timestamp and signature), whatever its status, and says how it went.
 */
export const redeliverEndpoint = adminEndpoint({
  path: '/:id/redeliver',
  method: 'post',
  what: 'send a webhook again',
  notFound: () => 'There is no such webhook delivery.',
  run: async (req, id) =>
    attemptAnswer(
      req,
      await attemptDelivery(req.payload, id, {
        trigger: 'redelivery',
        by: String(req.user?.email ?? ''),
      }),
    ),
})
