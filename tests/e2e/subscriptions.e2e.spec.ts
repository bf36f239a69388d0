// Subscribing to change notices and objecting to a change, as a visitor without JavaScript does,
// in Debian Chromium against the production build served by `next start`; mail read from
// Mailpit. No page or feed ever shows a subscriber's address.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AdminRest } from '../helpers/admin'
import { launchBrowser, newContext } from '../helpers/browser'
import { announceThreeChanges, type ChangeScenario } from '../helpers/change-scenario'
import type { AnnouncedChange as Change } from '../helpers/factories'
import { isoDay, textOf } from '../helpers/html'
import { linkIn, readMail, waitForMail, type MailSummary } from '../helpers/mailpit'
import { page, portalUrl as url } from '../helpers/portal'

let adminRest: AdminRest
let run: string
let upcoming: Change
let removal: Change
let upcomingSp: ChangeScenario['upcomingSp']
let noticeSubscriber: string
let formSubscriber: string
let browser: Browser

beforeAll(async () => {
  ;({
    rest: adminRest,
    run,
    upcoming,
    removal,
    upcomingSp,
    noticeSubscriber,
  } = await announceThreeChanges())
  formSubscriber = `form-reader-${run}@example.com`
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe('subscribing and objecting, without JavaScript', () => {
  it('subscribes through the form, then confirms from the emailed link with a button', async () => {
    const context = await newContext(browser, { javaScript: false })
    try {
      const tab = await context.newPage()
      await tab.goto('/subscribe')
      const honeypot = tab.locator('input[name="website"]')
      expect(await honeypot.getAttribute('tabindex')).toBe('-1')
      expect(await honeypot.getAttribute('autocomplete')).toBe('off')
      expect(await tab.getByLabel('Leave this empty').count()).toBe(1)

      await tab.getByLabel('Email address').fill(formSubscriber)
      await tab.getByRole('button', { name: 'Subscribe' }).click()
      await tab.waitForURL(/\/subscribe\?status=check-inbox$/)
      expect(await tab.getByRole('heading', { name: 'Check your inbox' }).count()).toBe(1)

      const [mail] = await waitForMail(formSubscriber)
      expect(mail, 'confirmation email').toBeTruthy()
      const link = linkIn((await readMail(mail.ID)).Text, '/subscribe/confirm?token=')
      await tab.goto(link)
      // opening the link confirms nothing: only the button does
      expect(await tab.getByRole('heading', { name: 'Confirm your subscription' }).count()).toBe(1)
      await tab.getByRole('button', { name: 'Confirm my subscription' }).click()
      await tab.waitForURL(/\/subscribe\?status=confirmed$/)
      expect(
        await tab.getByRole('heading', { name: 'Your subscription is confirmed' }).count(),
      ).toBe(1)

      // the same link once more: the endpoint says it is used
      await tab.goto(link)
      await tab.getByRole('button', { name: 'Confirm my subscription' }).click()
      await tab.waitForURL(/\/subscribe\?error=used$/)
      expect(await tab.getByRole('heading', { name: /already been used/ }).count()).toBe(1)
    } finally {
      await context.close()
    }
  })

  it('says what is wrong with a bad address or link', async () => {
    const invalid = await page('/subscribe?error=invalid')
    expect(textOf(invalid.html)).toContain('Enter a valid email address')
    expect(invalid.html).toMatch(/aria-invalid="true"/)
    expect(textOf((await page('/subscribe?error=invalid-link')).html)).toContain(
      'This link does not work',
    )
    expect(textOf((await page('/subscribe?status=unsubscribed')).html)).toContain(
      'You are unsubscribed',
    )
    expect(textOf((await page('/subscribe/confirm')).html)).toContain(
      'Use the link from your email',
    )
  })

  it('records an objection from the link in the notice email', async () => {
    let notice: MailSummary | undefined
    for (let attempt = 0; attempt < 3 && !notice; attempt++) {
      const mails = await waitForMail(noticeSubscriber, 4, 15_000)
      notice = mails.find((mail) => mail.Subject.includes(upcomingSp.name))
      if (!notice) await adminRest('GET', '/api/payload-jobs/run')
    }
    expect(notice, 'the notice for the upcoming addition').toBeTruthy()
    const objectLink = linkIn((await readMail(notice!.ID)).Text, '/object?token=')
    expect(new URL(objectLink).pathname).toBe(`/changes/${upcoming.slug}/object`)

    const context = await newContext(browser, { javaScript: false })
    try {
      const tab = await context.newPage()
      await tab.goto(objectLink)
      await tab.getByLabel('Your reasons (optional)').fill('We do not allow analytics vendors.')
      await tab.getByRole('button', { name: 'Send my objection' }).click()
      await tab.waitForURL(new RegExp(`/changes/${upcoming.slug}/object\\?status=recorded$`))
      expect(await tab.getByRole('heading', { name: 'Your objection is recorded' }).count()).toBe(1)

      await tab.goto(objectLink)
      await tab.getByRole('button', { name: 'Send my objection' }).click()
      await tab.waitForURL(/status=already-recorded$/)
      expect(
        await tab.getByRole('heading', { name: 'Your objection was already recorded' }).count(),
      ).toBe(1)
    } finally {
      await context.close()
    }
  })
})

describe('unsubscribing, without JavaScript', () => {
  it('opens the emailed link to a page with a button; only the button unsubscribes', async () => {
    const mails = await waitForMail(noticeSubscriber, 4, 15_000)
    const notice = mails.find((mail) => mail.Subject.includes(upcomingSp.name))
    expect(notice, 'the notice for the upcoming addition').toBeTruthy()
    const link = linkIn((await readMail(notice!.ID)).Text, '/notices/unsubscribe?token=')
    const context = await newContext(browser, { javaScript: false })
    try {
      const tab = await context.newPage()
      // what a mail scanner does: open the link, twice
      for (let i = 0; i < 2; i++) {
        await tab.goto(link)
        await tab.waitForURL(/\/subscribe\/unsubscribe\?token=/)
      }
      const heading = tab.getByRole('heading', { name: 'Unsubscribe from subprocessor notices' })
      expect(await heading.count()).toBe(1)
      const status = async () =>
        (
          await adminRest(
            'GET',
            `/api/subscribers?where[email][equals]=${encodeURIComponent(noticeSubscriber)}&depth=0`,
          )
        ).docs[0]?.status
      expect(await status(), 'opening the link changes nothing').toBe('confirmed')

      await tab.getByRole('button', { name: 'Unsubscribe' }).click()
      await tab.waitForURL(/\/subscribe\?status=unsubscribed$/)
      expect(await tab.getByRole('heading', { name: 'You are unsubscribed' }).count()).toBe(1)
      expect(await status()).toBe('unsubscribed')
    } finally {
      await context.close()
    }
  })
})

describe('subscriber addresses', () => {
  it('never show in a page or a feed', async () => {
    const paths = [
      '/changes',
      `/changes/${upcoming.slug}`,
      `/changes/${removal.slug}`,
      `/changes/${upcoming.slug}/object`,
      '/subscribe',
      '/subscribe?status=confirmed',
      '/subprocessors',
      `/subprocessors?asOf=${isoDay(Date.now())}`,
      '/changes/rss.xml',
      '/changes/atom.xml',
      '/changes/feed.json',
      '/sitemap.xml',
    ]
    for (const path of paths) {
      const body = await (await fetch(url(path))).text()
      for (const email of [noticeSubscriber, formSubscriber])
        expect(body.includes(email), `${email} in ${path}`).toBe(false)
      expect(body.includes(`-${run}@`), path).toBe(false)
    }
  })
})
