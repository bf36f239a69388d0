// Subscribing to change notices, written once for both kinds of test: the integration tests call
// the route handlers of src/notices/http.ts directly (`throughHandlers`), the browser tests send
// the same JSON to the running portal (`overHttp`). Confirmation links are read from Mailpit.
import type { Payload } from 'payload'
import { expect } from 'vitest'
import { linkIn, readMail, waitForMail } from './mailpit'

export type NoticeAction = 'subscribe' | 'confirm' | 'object'
/** Sends one JSON request to /notices/<action> as the client `client` (X-Forwarded-For). */
export type SendNotice = (
  action: NoticeAction,
  body: Record<string, string>,
  client?: string,
) => Promise<Response>

// The endpoints limit requests per client address: unless a test is about that, each request
// comes from an address of its own (IPv6 documentation prefix, RFC 3849).
let clients = 0
export const newClient = () =>
  `2001:db8::${(process.pid & 0xffff).toString(16)}:${(++clients).toString(16)}`

const jsonRequest = (url: string, body: Record<string, string>, client: string) =>
  new Request(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      'x-forwarded-for': client,
    },
    body: JSON.stringify(body),
  })

/** The handlers the /notices routes call, run in the test's own process. */
export function throughHandlers(): SendNotice {
  return async (action, body, client = newClient()) => {
    const http = await import('@/notices/http')
    const handler = {
      subscribe: http.handleSubscribe,
      confirm: http.handleConfirm,
      object: http.handleObjection,
    }[action]
    return handler(jsonRequest('http://localhost/notices', body, client))
  }
}

/** The running portal's /notices endpoints. */
export function overHttp(portalUrl: string): SendNotice {
  return (action, body, client = newClient()) =>
    fetch(jsonRequest(new URL(`/notices/${action}`, portalUrl).toString(), body, client))
}

export const tokenFrom = (link: string) => new URL(link).searchParams.get('token')!

/** The confirmation link emailed to `email` (waits for the email). */
export async function confirmationLink(email: string) {
  const [mail] = await waitForMail(email)
  if (!mail) throw new Error(`no confirmation email for ${email}`)
  return linkIn((await readMail(mail.ID)).Text, '/subscribe/confirm?token=')
}

/** Double opt-in: subscribes, follows the emailed link, confirms. Returns the confirmation token. */
export async function subscribeAndConfirm(send: SendNotice, email: string) {
  expect((await send('subscribe', { email })).status, `subscribe ${email}`).toBe(202)
  const token = tokenFrom(await confirmationLink(email))
  expect((await send('confirm', { token })).status, `confirm ${email}`).toBe(200)
  return token
}

/**
 * Waits (bounded) until every queued sign-up has been worked: a sign-up answers at once and its
 * work runs in the jobs queue (src/notices/subscriptions.ts).
 */
export async function signUpsDone(payload: Payload, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const { totalDocs } = await payload.count({
      collection: 'payload-jobs',
      where: {
        taskSlug: { equals: 'startSubscription' },
        completedAt: { exists: false },
        hasError: { not_equals: true },
      },
    })
    if (totalDocs === 0) return
    if (Date.now() > deadline) throw new Error(`${totalDocs} sign-up job(s) still queued`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/**
 * Unsubscribes every confirmed subscriber, so that the notices a test file announces go to its
 * own subscribers only (test files share one database and run one after another).
 */
export async function unsubscribeEveryone(payload: Payload) {
  await payload.update({
    collection: 'subscribers',
    where: { status: { equals: 'confirmed' } },
    data: { status: 'unsubscribed', unsubscribedAt: new Date().toISOString() },
    context: { disableRevalidate: true },
  })
}
