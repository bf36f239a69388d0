// Rate limits, counted in the database: link actions, objections and sign-ins (per address and
// per account), each answered 429 with Retry-After and a plain message once over.
import mongoose from 'mongoose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inject } from 'vitest'
import { signInAsAdmin } from '../helpers/admin'
import { testPassword } from '../helpers/payload'
import { portalUrl } from '../helpers/portal'
import { freshClient } from '../helpers/security'

const post = (path: string, body: unknown, client: string) =>
  fetch(portalUrl(path), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      'x-forwarded-for': client,
    },
    body: JSON.stringify(body),
  })

async function untilRefused(send: () => Promise<Response>, max: number) {
  const statuses: number[] = []
  for (let i = 0; i < max; i++) {
    const response = await send()
    statuses.push(response.status)
    if (response.status === 429) return { statuses, refusal: response }
  }
  return { statuses, refusal: undefined }
}

let db: mongoose.Connection
beforeAll(async () => {
  db = await mongoose.createConnection(inject('databaseUri')).asPromise()
})
afterAll(async () => {
  await db?.close()
})

describe('link actions and objections', () => {
  it('allows 30 confirm or unsubscribe posts per address in 15 minutes', async () => {
    const client = freshClient()
    const { statuses, refusal } = await untilRefused(
      () => post('/notices/confirm', { token: 'made-up' }, client),
      32,
    )
    expect(statuses.slice(0, 30).every((s) => s === 400)).toBe(true)
    expect(statuses[30]).toBe(429)
    expect(Number(refusal!.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await refusal!.json()).message).toMatch(/Too many requests/)
    // unsubscribing shares that allowance
    expect((await post('/notices/unsubscribe', { token: 'x' }, client)).status).toBe(429)
  })

  it('allows 10 objections per address in an hour, counted apart from links', async () => {
    const client = freshClient()
    const { statuses } = await untilRefused(
      () => post('/notices/object', { token: 'made-up', change: 'x' }, client),
      12,
    )
    expect(statuses).toEqual([...Array(10).fill(400), 429])
    expect((await post('/notices/confirm', { token: 'made-up' }, client)).status).toBe(400)
  })

  it('keeps the counts in the database, where every instance and a restart see them', async () => {
    const client = freshClient()
    await post('/notices/confirm', { token: 'made-up' }, client)
    const stored = await db.collection('rate-limit-hits').countDocuments({ key: `links:${client}` })
    expect(stored).toBe(1)
  })
})

describe('sign-ins', () => {
  const login = (email: string, client: string, password = 'wrong password, certainly') =>
    fetch(portalUrl('/api/users/login'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
      body: JSON.stringify({ email, password }),
    })

  it('refuses the 21st failed sign-in from one address in 15 minutes, whatever the account', async () => {
    const client = freshClient()
    const { statuses, refusal } = await untilRefused(
      () => login(`nobody-${Math.random()}@example.com`, client),
      22,
    )
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true)
    expect(statuses[20]).toBe(429)
    expect(Number(refusal!.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(JSON.stringify(await refusal!.json())).toMatch(/Too many attempts/)
  })

  it('refuses the 5th failed sign-in for one account from any address, known or not', async () => {
    const { rest } = await signInAsAdmin()
    const known = `limited-${process.pid}@example.com`
    await rest('POST', '/api/users', { email: known, password: testPassword(), role: 'editor' })
    for (const email of [known, `unknown-${process.pid}@example.com`]) {
      const { statuses } = await untilRefused(() => login(email, freshClient()), 6)
      // Payload's own lock (5 failures) is never reached, so it cannot tell the two apart
      expect(statuses, email).toEqual([401, 401, 401, 401, 429])
    }
    // the right password does not get past the limit either
    expect((await login(known, freshClient(), testPassword())).status).toBe(429)
  })

  it('takes back the count of a sign-in that succeeds', async () => {
    const client = freshClient()
    for (let i = 0; i < 25; i++) {
      const response = await login(process.env.ADMIN_EMAIL!, client, process.env.ADMIN_PASSWORD!)
      expect(response.status).toBe(200)
    }
  })
})
