// Sign-up and sign-in take the same time whatever the address's state, so timing does not tell
// which addresses are subscribed or have an account. Medians of alternating requests, with a
// tolerance wide enough for a busy two-core machine: without the defences the gap is several
// times larger (a password hash of ~0.3 s or more against none; a write and an SMTP send against
// one lookup).
import { describe, expect, it } from 'vitest'
import { signInAsAdmin } from '../helpers/admin'
import { testPassword } from '../helpers/payload'
import { portalUrl } from '../helpers/portal'
import { freshClient, signUp } from '../helpers/security'
import { overHttp, subscribeAndConfirm } from '../helpers/subscriptions'

const ROUNDS = 10

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return (sorted[ROUNDS / 2 - 1]! + sorted[ROUNDS / 2]!) / 2
}

async function timed(request: () => Promise<Response>, status: number) {
  const started = performance.now()
  const response = await request()
  await response.arrayBuffer()
  expect(response.status).toBe(status)
  return performance.now() - started
}

/** The medians differ by less than half of the larger, and the unknown case is not much faster. */
function expectAlike(known: number[], unknown: number[]) {
  const [a, b] = [median(known), median(unknown)]
  const message = `medians: known ${a.toFixed(0)} ms, unknown ${b.toFixed(0)} ms`
  expect(Math.abs(a - b), message).toBeLessThan(0.5 * Math.max(a, b))
  expect(b, message).toBeGreaterThanOrEqual(0.6 * a)
}

describe('answer times', () => {
  it('sign-in: an unknown email takes as long as a known one with a wrong password', async () => {
    const { rest } = await signInAsAdmin()
    const known: string[] = []
    for (let i = 0; i < ROUNDS; i++) {
      const email = `timing-${i}-${process.pid}@example.com`
      await rest('POST', '/api/users', { email, password: testPassword(), role: 'editor' })
      known.push(email)
    }
    const login = (email: string) => () =>
      fetch(portalUrl('/api/users/login'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': freshClient() },
        body: JSON.stringify({ email, password: 'not the password at all' }),
      })
    const times = { known: [] as number[], unknown: [] as number[] }
    for (let i = 0; i < ROUNDS; i++) {
      times.known.push(await timed(login(known[i]!), 401))
      times.unknown.push(await timed(login(`nobody-${i}-${process.pid}@example.com`), 401))
    }
    expectAlike(times.known, times.unknown)
  })

  it('sign-up: a confirmed address takes as long as a new one', async () => {
    const confirmed = `timing-reader-${process.pid}@example.com`
    await subscribeAndConfirm(overHttp(portalUrl()), confirmed)
    const times = { known: [] as number[], unknown: [] as number[] }
    for (let i = 0; i < ROUNDS; i++) {
      times.unknown.push(
        await timed(
          () =>
            signUp(`timing-new-${i}-${process.pid}@example.com`, {
              'x-forwarded-for': freshClient(),
            }),
          202,
        ),
      )
      times.known.push(
        await timed(() => signUp(confirmed, { 'x-forwarded-for': freshClient() }), 202),
      )
    }
    expectAlike(times.known, times.unknown)
  })
})
