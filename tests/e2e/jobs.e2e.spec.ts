// Without anyone acting: the production server's own jobs queue emails the notices of an announced
// change and puts the change into effect on its date, and the portal shows it.
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { linkIn, readMail, waitForMail } from '../helpers/mailpit'

const url = (path: string) => new URL(path, inject('portalUrl')).toString()
let token: string

async function call(method: string, path: string, body?: unknown, auth = true) {
  const response = await fetch(url(path), {
    method,
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(auth ? { authorization: `JWT ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, body: await response.json() }
}

beforeAll(async () => {
  const login = await call('POST', '/api/users/login', { email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD }, false)
  token = login.body.token
})

describe('the jobs queue in the running server', () => {
  it('sends the notices and applies a change on its effective date by itself', { timeout: 300_000 }, async () => {
    const subscriber = `jobs-${Date.now()}@example.com`
    expect((await call('POST', '/notices/subscribe', { email: subscriber }, false)).status).toBe(202)
    const [confirmation] = await waitForMail(subscriber)
    const confirmToken = new URL(linkIn((await readMail(confirmation.ID)).Text, '/subscribe/confirm?token=')).searchParams.get('token')
    expect((await call('POST', '/notices/confirm', { token: confirmToken }, false)).status).toBe(200)

    const category = (await call('GET', '/api/categories?limit=1')).body.docs[0]
    const draft = await call('POST', '/api/subprocessors?draft=true', {
      name: 'Clockwork Payroll',
      category: category.id,
      purpose: 'Payroll for referral partners',
      dataProcessed: ['Bank details'],
      locations: ['Netherlands'],
      _status: 'draft',
    })
    expect(draft.status, JSON.stringify(draft.body)).toBe(201)
    const effectiveDate = new Date(Date.now() + 40_000).toISOString()
    const change = await call('POST', '/api/changes', {
      status: 'announced',
      kind: 'addition',
      subprocessor: draft.body.doc.id,
      reason: 'Partners asked to be paid by bank transfer.',
      urgentReason: 'The current payroll provider shuts down this month.',
      effectiveDate,
    })
    expect(change.status, JSON.stringify(change.body)).toBe(201)
    expect((await fetch(url('/subprocessors/clockwork-payroll'))).status).toBe(404)

    // no one calls the queue: its cron (every minute) sends the notice…
    const mails = await waitForMail(subscriber, 2, 150_000)
    expect(mails.map((m) => m.Subject)).toContainEqual(expect.stringContaining('we will start using Clockwork Payroll'))

    // …and, once the effective date has passed, the scheduled task publishes it and the portal shows it
    const deadline = Date.now() + 180_000
    let status = 0
    while (Date.now() < deadline && status !== 200) {
      status = (await fetch(url('/subprocessors/clockwork-payroll'), { cache: 'no-store' })).status
      if (status !== 200) await new Promise((r) => setTimeout(r, 2_000))
    }
    expect(status).toBe(200)
    expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(effectiveDate))
    expect(await (await fetch(url('/subprocessors'), { cache: 'no-store' })).text()).toContain('Clockwork Payroll')
    const applied = (await call('GET', `/api/changes/${change.body.doc.id}`)).body
    expect(applied).toMatchObject({ status: 'effective' })
  })
})
