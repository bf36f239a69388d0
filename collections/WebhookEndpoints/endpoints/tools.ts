import { adminEndpoint, answer } from '@/access/endpoints'
import { sendTestEvent } from '@/webhooks/deliveries'
import { attemptAnswer } from '@/webhooks/http'
import { readSecret, replaceSecret } from '@/webhooks/secrets'

const notFound = () => 'There is no webhook endpoint with this id.'

/** POST /api/webhook-endpoints/:id/secret: the signing secret, for an admin who asks. */
export const revealSecretEndpoint = adminEndpoint({
  path: '/:id/secret',
  method: 'post',
  what: 'see a webhook secret',
  notFound,
  run: async (req, id) => {
    const found = await readSecret(req.payload, id)
    return found && answer(200, found)
  },
})

/** POST /api/webhook-endpoints/:id/replace-secret: a new secret; the old one signs for a day. */
export const replaceSecretEndpoint = adminEndpoint({
  path: '/:id/replace-secret',
  method: 'post',
  what: 'replace a webhook secret',
  notFound,
  run: async (req, id) => {
    const replaced = await replaceSecret(req.payload, id)
    return replaced && answer(200, replaced)
  },
})

/** POST /api/webhook-endpoints/:id/test: sends a test event now and says how it went. */
export const sendTestEventEndpoint = adminEndpoint({
  path: '/:id/test',
  method: 'post',
  what: 'send a test webhook',
  notFound,
  run: async (req, id) => {
    const result = await sendTestEvent(req.payload, id, String(req.user?.email ?? ''))
    return result && attemptAnswer(req, result)
  },
})
