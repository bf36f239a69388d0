// The client address behind the rate limits comes from the socket and the number of trusted
// proxies (TRUSTED_PROXY_HOPS), never from what the client writes in X-Forwarded-For.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startAnotherInstance } from '../helpers/portal'
import { freshClient, rawRequest, signUp } from '../helpers/security'

const madeUp = (i: number) => `198.18.${i}.${i + 1}`
const statuses = (responses: { status: number }[]) => responses.map((r) => r.status)

describe('behind one trusted proxy (TRUSTED_PROXY_HOPS=1, the tests’ server)', () => {
  it('limits the address the proxy saw, whatever the client put before it', async () => {
    const client = freshClient()
    const answers = []
    for (let i = 0; i < 8; i++)
      answers.push(
        await signUp(`hops1-${i}-${process.pid}@example.com`, {
          'x-forwarded-for': `${madeUp(i)}, ${client}`,
        }),
      )
    expect(statuses(answers)).toEqual([202, 202, 202, 202, 202, 429, 429, 429])
  })
})

describe('with clients connecting directly (TRUSTED_PROXY_HOPS=0, the default)', () => {
  let second: Awaited<ReturnType<typeof startAnotherInstance>> | undefined

  beforeAll(async () => {
    // A second server on the same build and database, as another instance would be.
    second = await startAnotherInstance({ TRUSTED_PROXY_HOPS: '0', DISABLE_JOBS_AUTORUN: 'true' })
  }, 120_000)

  afterAll(async () => {
    await second?.stop()
  })

  const signUpFrom = (localAddress: string, i: number, forwardedFor?: string) =>
    rawRequest(`${second!.url}/notices/subscribe`, {
      method: 'POST',
      localAddress,
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
      },
      body: JSON.stringify({ email: `hops0-${localAddress}-${i}-${process.pid}@example.com` }),
    })

  it('ignores made-up X-Forwarded-For values: the sixth sign-up from one socket is 429', async () => {
    const local = '127.0.7.1'
    const answers = []
    for (let i = 0; i < 8; i++) answers.push(await signUpFrom(local, i, madeUp(i)))
    expect(statuses(answers)).toEqual([202, 202, 202, 202, 202, 429, 429, 429])
    expect(Number(answers[5]!.headers['retry-after'])).toBeGreaterThan(0)

    // another socket address has its own allowance
    const other = '127.0.8.1'
    expect((await signUpFrom(other, 0, madeUp(0))).status).toBe(202)
  })
})
