import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { handleSubscribe } from '@/notices/http'
import { clearInbox, inbox, readMail, linkIn, waitForMail } from '../helpers/mailpit'
import { seededPayload } from '../helpers/payload'
import {
  newClient,
  signUpsDone,
  throughHandlers,
  tokenFrom,
  unsubscribeEveryone,
} from '../helpers/subscriptions'

// Subscribing to change notices (double opt-in) through the handlers of the /notices routes,
// against the real database and the real Mailpit.

let payload: Payload
const send = throughHandlers()
const status = async (email: string) =>
  (await payload.find({ collection: 'subscribers', where: { email: { equals: email } } })).docs[0]
    ?.status

beforeAll(async () => {
  payload = await seededPayload()
  await clearInbox()
})

// the notices other test files announce go to their own subscribers only
afterAll(async () => {
  await unsubscribeEveryone(payload)
})

describe('subscribing to change notices', () => {
  it('takes a double opt-in: subscribe, get a confirmation email, confirm', async () => {
    const response = await send('subscribe', { email: '  Alice@Example.org ' })
    expect(response.status).toBe(202)
    expect((await response.json()).message).toMatch(/Check your inbox/)
    await signUpsDone(payload)
    expect(await status('alice@example.org')).toBe('pending')

    const [mail] = await waitForMail('alice@example.org')
    expect(mail.Subject).toMatch(/^Confirm your subscription to Clicki Referrals/)
    const link = linkIn((await readMail(mail.ID)).Text, '/subscribe/confirm?token=')
    expect((await send('confirm', { token: tokenFrom(link) })).status).toBe(200)
    expect(await status('alice@example.org')).toBe('confirmed')

    // replayed, tampered and made-up links: clear errors, nothing changes
    const replay = await send('confirm', { token: tokenFrom(link) })
    expect(replay.status).toBe(410)
    expect((await replay.json()).message).toMatch(/already been used/)
    const token = tokenFrom(link)
    const forged = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`
    expect((await send('confirm', { token: forged })).status).toBe(400)
    expect((await send('confirm', { token: 'garbage' })).status).toBe(400)
    expect((await send('confirm', {})).status).toBe(400)
    expect(await status('alice@example.org')).toBe('confirmed')

    expect((await send('subscribe', { email: 'carol@example.org' })).status).toBe(202) // never confirms
    await waitForMail('carol@example.org')
  })

  it('answers the same whether or not an address is subscribed, and sends nothing new', async () => {
    const known = await send('subscribe', { email: 'alice@example.org' })
    const pending = await send('subscribe', { email: 'carol@example.org' })
    const unknown = await send('subscribe', { email: 'nobody-yet@example.org' })
    const bodies = await Promise.all([known, pending, unknown].map((r) => r.json()))
    expect([known.status, pending.status, unknown.status]).toEqual([202, 202, 202])
    expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1)
    await waitForMail('nobody-yet@example.org')
    expect(await inbox('alice@example.org')).toHaveLength(1)
    expect(await inbox('carol@example.org')).toHaveLength(1)
  })

  it('refuses malformed addresses with 400 and stores nothing', async () => {
    const before = (await payload.count({ collection: 'subscribers' })).totalDocs
    for (const email of [
      '',
      'not-an-email',
      'a@b',
      `${'x'.repeat(300)}@example.com`,
      'a b@example.com',
      // accepted by a looser check, then refused by Payload's own (a 500 before)
      'a..b@example.com',
      '"quoted"@example.com',
      'user@-example.com',
      'user@example..com',
    ]) {
      const response = await send('subscribe', { email })
      expect(response.status, email).toBe(400)
      expect((await response.json()).message).toMatch(/valid email address/)
    }
    expect((await send('subscribe', {})).status).toBe(400)
    expect((await payload.count({ collection: 'subscribers' })).totalDocs).toBe(before)
  })

  it('limits a flood of requests from one client', async () => {
    const client = '203.0.113.77'
    const answers = []
    for (let i = 0; i < 8; i++) {
      answers.push(await send('subscribe', { email: `flood-${i}@example.com` }, client))
    }
    expect(answers.slice(0, 5).map((r) => r.status)).toEqual([202, 202, 202, 202, 202])
    expect(answers.slice(5).map((r) => r.status)).toEqual([429, 429, 429])
    expect(Number(answers[5].headers.get('retry-after'))).toBeGreaterThan(0)
    await signUpsDone(payload)
    const flooded = await payload.count({
      collection: 'subscribers',
      where: { email: { like: 'flood-' } },
    })
    expect(flooded.totalDocs).toBe(5)
    expect(await status('flood-7@example.com')).toBeUndefined()
  })

  it('sends HTML forms back to a page that says what happened', async () => {
    const form = await handleSubscribe(
      new Request('http://localhost/notices/subscribe', {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-forwarded-for': newClient(),
        },
        body: 'email=not-valid',
      }),
    )
    expect(form.status).toBe(303)
    expect(form.headers.get('location')).toBe('/subscribe?error=invalid')
  })
})
