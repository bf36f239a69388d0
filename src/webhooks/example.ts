// The verification example /developers and docs/webhooks.md show, as text. The webhook tests run
// this very text against real deliveries, so the example cannot drift from what is sent.

/** An ES module exporting `verifyWebhook(secret, headers, rawBody)`: node:crypto only. */
export const VERIFY_EXAMPLE = `import { createHmac, timingSafeEqual } from 'node:crypto'

// secret: the endpoint's signing secret from the trust center's admin ("whsec_…").
// headers: the request's headers (lower-case names); rawBody: the body exactly as received.
export function verifyWebhook(secret, headers, rawBody) {
  const id = headers['webhook-id']
  const timestamp = headers['webhook-timestamp']
  const signatures = headers['webhook-signature']
  if (!id || !timestamp || !signatures) throw new Error('Not a webhook: headers missing')
  // a message older (or newer) than five minutes is refused: a replayed copy fails here
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > 5 * 60)
    throw new Error('Webhook timestamp too far from now')
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64')
  const expected = createHmac('sha256', key).update(\`\${id}.\${timestamp}.\${rawBody}\`).digest()
  // several signatures, separated by spaces, while a secret is being replaced
  const valid = signatures.split(' ').some((entry) => {
    const [version, signature] = entry.split(',')
    const given = Buffer.from(signature ?? '', 'base64')
    return version === 'v1' && given.length === expected.length && timingSafeEqual(given, expected)
  })
  if (!valid) throw new Error('Webhook signature does not match')
  return JSON.parse(rawBody)
}
`

/** A receiver built on it, with node:http. */
export const RECEIVER_EXAMPLE = `import http from 'node:http'
import { verifyWebhook } from './verify-webhook.mjs'

const seen = new Set() // use your database: ids must survive a restart

http
  .createServer((req, res) => {
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      let event
      try {
        event = verifyWebhook(process.env.TRUST_CENTER_WEBHOOK_SECRET, req.headers, body)
      } catch {
        return res.writeHead(400).end()
      }
      // answer at once, work afterwards; a retry or a redelivery has the same webhook-id
      res.writeHead(204).end()
      if (seen.has(req.headers['webhook-id'])) return
      seen.add(req.headers['webhook-id'])
      console.log(event.type, event.data.title ?? '')
    })
  })
  .listen(8080)
`
