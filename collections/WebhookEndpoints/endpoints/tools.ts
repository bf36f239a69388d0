import type { Endpoint } from 'payload'
import { sendTestEvent } from '@/webhooks/deliveries'
import { answer, attemptAnswer, refuseUnlessAdmin } from '@/webhooks/http'
import { readSecret, replaceSecret } from '@/webhooks/secrets'

const NOT_FOUND = { message: 'There is no webhook endpoint with this id.' }
const idOf = (req: Parameters<Endpoint['handler']>[0]) => String(req.routeParams?.id ?? '')

/** POST /api/webhook-endpoints/:id/secret: the signing secret, for an admin who asks. */
export const revealSecretEndpoint: Endpoint = {
  path: '/:id/secret',
  method: 'post',
  handler: async (req) => {
    const refused = refuseUnlessAdmin(req, 'see a webhook secret')
    if (refused) return refused
    const found = await readSecret(req.payload, idOf(req))
    return found ? answer(200, found) : answer(404, NOT_FOUND)
  },
}

/** POST /api/webhook-endpoints/:id/replace-secret: a new secret; the old one signs for a day. */
export const replaceSecretEndpoint: Endpoint = {
  path: '/:id/replace-secret',
  method: 'post',
  handler: async (req) => {
    const refused = refuseUnlessAdmin(req, 'replace a webhook secret')
    if (refused) return refused
    const replaced = await replaceSecret(req.payload, idOf(req))
    return replaced ? answer(200, replaced) : answer(404, NOT_FOUND)
  },
}

/** POST /api/webhook-endpoints/:id/test: sends a test event now and says how it went. */
export const sendTestEventEndpoint: Endpoint = {
  path: '/:id/test',
  method: 'post',
  handler: async (req) => {
    const refused = refuseUnlessAdmin(req, 'send a test webhook')
    if (refused) return refused
    const result = await sendTestEvent(req.payload, idOf(req), String(req.user?.email ?? ''))
    return result ? attemptAnswer(result) : answer(404, NOT_FOUND)
  },
}
