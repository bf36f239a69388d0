// Without anyone acting: the production server's own jobs queue emails the notices of an announced
// change and puts the change into effect on its date, and the portal shows it. The tests' server
// works its queue every 5 seconds (JOBS_AUTORUN_CRON in tests/setup/portal-server.ts), the same
// cron as a production server's every minute, only sooner.
import { beforeAll, describe, expect, it } from 'vitest'
import { signInAsAdmin, type AdminRest } from '../helpers/admin'
import { announceChange, draftSubprocessor, restStore } from '../helpers/factories'
import { inbox } from '../helpers/mailpit'
import { portalUrl as url } from '../helpers/portal'
import { overHttp, subscribeAndConfirm } from '../helpers/subscriptions'

let rest: AdminRest

beforeAll(async () => {
  rest = (await signInAsAdmin()).rest
})

describe('the jobs queue in the running server', () => {
  it(
    'sends the notices and applies a change on its effective date by itself',
    { timeout: 120_000 },
    async () => {
      const subscriber = `jobs-${Date.now()}@example.com`
      await subscribeAndConfirm(overHttp(url()), subscriber)

      const store = restStore(rest)
      const draft = await draftSubprocessor(store, 'Clockwork Payroll', {
        purpose: 'Payroll for referral partners',
        dataProcessed: ['Bank details'],
        locations: ['Netherlands'],
      })
      expect(draft).toMatchObject({ slug: 'clockwork-payroll', _status: 'draft' })
      const effectiveDate = new Date(Date.now() + 20_000).toISOString()
      const change = await announceChange(store, {
        kind: 'addition',
        subprocessor: draft.id,
        reason: 'Partners asked to be paid by bank transfer.',
        urgentReason: 'The current payroll provider shuts down this month.',
        effectiveDate,
      })
      expect(change).toMatchObject({ status: 'announced' })
      expect((await fetch(url('/subprocessors/clockwork-payroll'))).status).toBe(404)

      // no one calls the queue: its cron sends the notice… (a notice of another test's change
      // still queued may reach this new subscriber too)
      const notice = 'we will start using Clockwork Payroll'
      const mailDeadline = Date.now() + 45_000
      let subjects: string[] = []
      while (Date.now() < mailDeadline && !subjects.some((s) => s.includes(notice))) {
        await new Promise((r) => setTimeout(r, 1_000))
        subjects = (await inbox(subscriber)).map((m) => m.Subject)
      }
      expect(subjects).toContainEqual(expect.stringContaining(notice))

      // …and, once the effective date has passed, the scheduled task publishes it and the portal shows it
      const deadline = Date.now() + 60_000
      let status = 0
      while (Date.now() < deadline && status !== 200) {
        status = (await fetch(url('/subprocessors/clockwork-payroll'), { cache: 'no-store' }))
          .status
        if (status !== 200) await new Promise((r) => setTimeout(r, 2_000))
      }
      expect(status).toBe(200)
      expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(effectiveDate))
      expect(await (await fetch(url('/subprocessors'), { cache: 'no-store' })).text()).toContain(
        'Clockwork Payroll',
      )
      const applied = await rest('GET', `/api/changes/${change.id}`)
      expect(applied).toMatchObject({ status: 'effective' })
    },
  )
})
