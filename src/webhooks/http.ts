// What the admin's webhook buttons call (collections/WebhookEndpoints/endpoints,
// collections/WebhookDeliveries/endpoints): admins only, JSON answers that are never cached.
// (The admins-only guard itself: src/access/endpoints.ts.)
import { answer } from '@/access/endpoints'
import type { AttemptResult } from './deliveries'

/** An attempt's outcome for the admin: what happened, in plain words, and the details. */
export function attemptAnswer(result: AttemptResult): Response {
  switch (result.state) {
    case 'delivered':
    case 'failed': {
      const { state, delivery, attempt, responseStatus, durationMs, error } = result
      const message =
        state === 'delivered'
          ? `Delivered: the receiver answered ${responseStatus} in ${durationMs} ms.`
          : `Not delivered: ${error}`
      return answer(200, {
        message,
        outcome: state,
        delivery,
        attempt,
        responseStatus,
        durationMs,
        error,
      })
    }
    case 'busy':
      return answer(409, {
        message:
          'This delivery is being sent right now by another request. Reload the page in a few seconds to see the result.',
        delivery: result.delivery,
      })
    case 'skipped':
      return answer(409, { message: `Not sent: ${result.reason}`, delivery: result.delivery })
    case 'already-delivered':
    case 'missing':
      return answer(404, { message: 'There is no such webhook delivery.' })
  }
}
