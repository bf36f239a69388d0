// The changes the visitor pages for change notices are tested against. Each spec file that needs
// them sets up its own, with names of its own, so no file depends on another's data or order.
import { expect } from 'vitest'
import { signInAsAdmin } from './admin'
import {
  announceChange,
  categoryId,
  daysFromNow,
  draftChange,
  draftSubprocessor,
  restStore,
} from './factories'
import { portalUrl } from './portal'
import { overHttp, subscribeAndConfirm } from './subscriptions'

/**
 * Three changes, announced in this order: an addition in 31 days (upcoming), then an urgent
 * addition of another subprocessor effective now (published at once), then its urgent removal.
 * A subscriber confirms before the announcements, so notices (with this address) exist; a draft
 * change that is never announced must stay invisible.
 */
export async function announceThreeChanges() {
  const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 36 ** 2).toString(36)}`
  const { token, rest } = await signInAsAdmin()
  const store = restStore(rest)
  const settings = await rest('GET', '/api/globals/trust-center?depth=0')
  expect(settings.requireNotice, 'the seed turns the notice rule on').toBe(true)
  const category = await categoryId(store)
  const upcomingSp = {
    name: `Acme Insights ${run}`,
    slug: `acme-insights-${run}`,
    purpose: 'Product analytics for the referral dashboard',
  }
  const removedSp = {
    name: `Old Mailer ${run}`,
    slug: `old-mailer-${run}`,
    purpose: 'Sends transactional email',
  }
  const secretDraftReason = `A draft reason nobody may read ${run}`
  const noticeSubscriber = `notice-reader-${run}@example.com`
  const draftOf = (sp: typeof upcomingSp) =>
    draftSubprocessor(store, sp.name, {
      ...sp,
      category,
      dataProcessed: ['Usage events', 'Account identifiers'],
      securityUrl: 'https://example.com/security',
    })

  await subscribeAndConfirm(overHttp(portalUrl()), noticeSubscriber)

  const acme = await draftOf(upcomingSp)
  const upcoming = await announceChange(store, {
    kind: 'addition',
    subprocessor: acme.id,
    effectiveDate: daysFromNow(31),
    reason: 'We need product analytics to improve the referral dashboard.',
  })
  await draftChange(store, { subprocessor: acme.id, reason: secretDraftReason })

  const mailer = await draftOf(removedSp)
  const direct = await fetch(portalUrl(`/api/subprocessors/${mailer.id}`), {
    method: 'PATCH',
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ _status: 'published' }),
  })
  expect(direct.status, 'a direct publish is refused while the notice rule is on').toBe(400)
  const urgentAddition = await announceChange(store, {
    kind: 'addition',
    subprocessor: mailer.id,
    effectiveDate: new Date().toISOString(),
    reason: 'Our previous email provider shut down.',
    urgentReason: 'Email delivery stopped working.',
  })
  const removal = await announceChange(store, {
    kind: 'removal',
    subprocessor: mailer.id,
    effectiveDate: new Date().toISOString(),
    reason: 'We moved email delivery in-house.',
    urgentReason: 'The vendor had a security incident.',
  })
  // the notices go out from the jobs queue; work it now rather than wait for its minute
  await rest('GET', '/api/payload-jobs/run')

  return {
    run,
    rest,
    contactEmail: settings.contactEmail as string,
    upcomingSp,
    removedSp,
    secretDraftReason,
    noticeSubscriber,
    upcoming,
    urgentAddition,
    removal,
  }
}

export type ChangeScenario = Awaited<ReturnType<typeof announceThreeChanges>>
