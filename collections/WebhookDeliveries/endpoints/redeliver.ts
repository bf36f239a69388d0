import type { Endpoint } from 'payload'
import { attemptDelivery } from '@/webhooks/deliveries'
import { attemptAnswer, refuseUnlessAdmin } from '@/webhooks/http'

/**
 * POST /api/webhook-deliveries/:id/redeliver: sends the delivery again now, with the same
 * webhook-id and body (a new timestamp and signature), whatever its status, and says how it went.
 */
export const redeliverEndpoint: Endpoint = {
  path: '/:id/redeliver',
  method: 'post',
  handler: async (req) => {
    const refused = refuseUnlessAdmin(req, 'send a webhook again')
    if (refused) return refused
    const result = await attemptDelivery(req.payload, String(req.routeParams?.id ?? ''), {
      trigger: 'redelivery',
      by: String(req.user?.email ?? ''),
    })
    return attemptAnswer(result)
  },
}
