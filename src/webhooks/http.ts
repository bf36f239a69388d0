// What the admin's webhook buttons call (collections/WebhookEndpoints/endpoints,
// collections/WebhookDeliveries/endpoints): admins only, JSON answers that are never cached.
// (The admins-only guard itself: src/access/endpoints.ts.)
import { answer } from '@/access/endpoints'
import { adminLanguage } from '@/i18n/adminWords'
import type { PayloadRequest } from 'payload'
import type { AttemptResult } from './deliveries'

/**
 * An attempt's outcome for the admin: what happened, in plain words (in the admin's language; the
 * receiver's own error stays as it came), and the details.
 */
export function attemptAnswer(req: PayloadRequest, result: AttemptResult): Response {
  const { t } = adminLanguage(req.i18n)
  switch (result.state) {
    case 'delivered':
    case 'failed': {
      const { state, delivery, attempt, responseStatus, durationMs, error } = result
      const message =
        state === 'delivered'
          ? t('trust:webhooks:delivered', { status: responseStatus, ms: durationMs })
          : t('trust:webhooks:notDelivered', { error })
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
      return answer(409, { message: t('trust:webhooks:busy'), delivery: result.delivery })
    case 'skipped':
      return answer(409, {
        message: t('trust:webhooks:notSent', { reason: result.reason }),
        delivery: result.delivery,
      })
    case 'already-delivered':
    case 'missing':
      return answer(404, { message: t('trust:webhooks:noSuchDelivery') })
  }
}
