import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { entriesForChange } from '@/evidence/ledger'
import { handleSubscribe } from '@/notices/http'
import { noticeEmail } from '@/notices/emails'
import type { CustomerAccount } from '@/payload-types'
import {
  announceChange,
  cancelAnnounced,
  draftSubprocessor,
  localStore,
  quiet,
  type AnnouncedChange,
  type Store,
} from '../helpers/factories'
import { clearInbox, headersOf, inbox, linkIn, readMail } from '../helpers/mailpit'
import { createAccount, rest, seededPayload, tokenFor } from '../helpers/payload'
import {
  confirmationLink,
  newClient,
  signUpsDone,
  subscribeAndConfirm,
  throughHandlers,
  tokenFrom,
  unsubscribeEveryone,
} from '../helpers/subscriptions'

// Notices and confirmations in the recipient's language: a subscriber's from the subscribe form,
// a customer's notice contact's from the account. Fixed words, dates and field labels are in that
// language, links lead to its pages; the change's recorded values stay as announced (English).
// Real database, real Mailpit.

let payload: Payload
let store: Store
let admin: string
let account: CustomerAccount
let change: AnnouncedChange
const send = throughHandlers()
const GERMAN = 'greta@sprache.example'
const ENGLISH = 'eddie@sprache.example'
const CONTACT_DE = 'kurt@kunde.example'
const CONTACT_EN = 'erin@kunde.example'

const subscriberOf = async (email: string) =>
  (await payload.find({ collection: 'subscribers', where: { email: { equals: email } } })).docs[0]

/** The one message to `email` whose subject starts with `start` (waits for it), read in full. */
async function mailTo(email: string, start: string) {
  const deadline = Date.now() + 10_000
  let matching = await inbox(email)
  while (!matching.some((m) => m.Subject.startsWith(start)) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    matching = await inbox(email)
  }
  matching = matching.filter((m) => m.Subject.startsWith(start))
  expect(matching, `${email}: ${start}`).toHaveLength(1)
  return readMail(matching[0].ID)
}

// the German long date, written out here rather than through the code under test
const germanDate = (iso: string) =>
  new Date(iso).toLocaleDateString('de-DE', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })

beforeAll(async () => {
  payload = await seededPayload()
  store = localStore(payload)
  admin = await tokenFor('admin', 'languages-admin@tests.invalid')
  await payload.updateGlobal({
    slug: 'trust-center',
    data: { requireNotice: true, noticePeriodDays: 30 },
    ...quiet,
  })
  // this file counts notices: earlier files' subscribers and queued notices must not add any
  await unsubscribeEveryone(payload)
  await payload.jobs.run({ allQueues: true, limit: 1000 })
  await clearInbox()
})

afterAll(async () => {
  await cancelAnnounced(store, change ? [String(change.id)] : [])
  if (account)
    await payload.update({
      collection: 'customer-accounts',
      id: account.id,
      data: { status: 'ended' },
      ...quiet,
    })
  await unsubscribeEveryone(payload)
  await payload.updateGlobal({ slug: 'trust-center', data: { requireNotice: false }, ...quiet })
})

describe('a subscriber’s language', () => {
  it('comes from the German form: a German confirmation, with its link under /de/', async () => {
    expect((await send('subscribe', { email: GERMAN, locale: 'de' })).status).toBe(202)
    const link = await confirmationLink(GERMAN)
    expect(new URL(link).pathname).toBe('/de/subscribe/confirm')
    const mail = await mailTo(GERMAN, 'Bitte bestätigen Sie Ihr Abonnement')
    expect(mail.Subject).toBe(
      'Bitte bestätigen Sie Ihr Abonnement der Mitteilungen von Clicki Referrals zu Unterauftragsverarbeitern',
    )
    expect(mail.Text).toContain('Öffnen Sie zur Bestätigung diesen Link (er ist 7 Tage gültig):')
    expect(mail.HTML).toContain('>Abonnement bestätigen</a>')
    expect(mail.Text.replace(/https?:\S+/g, '')).not.toMatch(/confirm|subscription/i)
    expect((await send('confirm', { token: tokenFrom(link) })).status).toBe(200)
    expect(await subscriberOf(GERMAN)).toMatchObject({ status: 'confirmed', locale: 'de' })
  })

  it('is English without one, as before', async () => {
    await subscribeAndConfirm(send, ENGLISH)
    const mail = await mailTo(ENGLISH, 'Confirm your subscription')
    expect(new URL(linkIn(mail.Text, '/subscribe/confirm?token=')).pathname).toBe(
      '/subscribe/confirm',
    )
    expect((await subscriberOf(ENGLISH))?.locale).toBe('en')
  })

  it('is refused when not offered, and the German form’s answer stays German', async () => {
    const refused = await send('subscribe', { email: 'francois@sprache.example', locale: 'fr' })
    expect(refused.status).toBe(400)
    expect((await refused.json()).message).toBe(
      'The language "fr" is not offered. Choose one of: en (English), de (Deutsch).',
    )
    await signUpsDone(payload)
    expect(await subscriberOf('francois@sprache.example')).toBeUndefined()

    const form = await handleSubscribe(
      new Request('http://localhost/notices/subscribe', {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-forwarded-for': newClient(),
        },
        body: new URLSearchParams({ email: 'form@sprache.example', locale: 'de' }),
      }),
    )
    expect(form.status).toBe(303)
    expect(form.headers.get('location')).toMatch(/\/de\/subscribe\?status=check-inbox$/)
    await signUpsDone(payload)
    expect((await subscriberOf('form@sprache.example'))?.locale).toBe('de')
  })

  it('of a customer’s notice contact is chosen on the account, and checked', async () => {
    const wrong = await rest('POST', '/api/customer-accounts', {
      token: admin,
      body: {
        organisation: 'Falsch AG',
        noticeContacts: [{ email: 'x@falsch.example', locale: 'fr' }],
      },
    })
    expect(wrong.status).toBe(400)
    account = await createAccount(admin, {
      organisation: 'Kunde GmbH',
      noticeContacts: [{ email: CONTACT_DE, locale: 'de' }, { email: CONTACT_EN }],
    })
    expect(account.noticeContacts?.map((c) => c.locale)).toEqual(['de', 'en'])
  })
})

describe('a change notice', () => {
  it('goes to each recipient in their language; the recorded values stay as announced', async () => {
    const vendor = await draftSubprocessor(store, 'Sprach Analytics', {
      purpose: 'Product analytics',
      dataProcessed: ['Usage events'],
    })
    change = await announceChange(store, {
      subprocessor: vendor.id,
      reason: 'We need product analytics.',
    })
    await payload.jobs.run()
    const when = germanDate(change.effectiveDate)

    const german = await mailTo(GERMAN, 'Änderung der Unterauftragsverarbeiter')
    expect(german.Subject).toBe(
      `Änderung der Unterauftragsverarbeiter bei Clicki Referrals zum ${when}: wir setzen künftig Sprach Analytics ein`,
    )
    const text = german.Text.replace(/\r\n/g, '\n')
    expect(text).toContain(
      'Der Grund und die Angaben zur Änderung stehen auf Englisch, wie angekündigt',
    )
    expect(text).toContain(`Wirksam ab: ${when}.`)
    expect(text).toContain('Grund: We need product analytics.')
    // German field labels around the values as recorded
    expect(text).toContain('Sprach Analytics, Zweck: (keine) → Product analytics')
    expect(text).toContain('Sprach Analytics, Verarbeitete Daten: (keine) → Usage events')
    expect(text).not.toMatch(/What changes|How to object|Unsubscribe|Purpose/)
    expect(german.HTML).toContain('<span lang="en">We need product analytics.</span>')
    expect(german.HTML).toContain('<th>Bisher</th><th>Künftig</th>')
    // links to the German pages; the one-click address is the same in every language
    expect(new URL(linkIn(text, `/changes/${change.slug}`)).pathname).toBe(
      `/de/changes/${change.slug}`,
    )
    const objectLink = linkIn(text, '/object?token=')
    expect(new URL(objectLink).pathname).toBe(`/de/changes/${change.slug}/object`)
    expect(new URL(linkIn(text, 'unsubscribe?token=')).pathname).toBe('/de/subscribe/unsubscribe')
    const [summary] = await inbox(GERMAN)
    const headers = await headersOf(summary.ID)
    expect(headers['List-Unsubscribe'][0]).toMatch(/^<http[^>]*\/notices\/unsubscribe\?token=.+>$/)
    // the German link's token works as any other
    const objection = await send('object', {
      token: tokenFrom(objectLink),
      change: String(change.id),
      slug: change.slug,
    })
    expect(objection.status).toBe(201)

    const english = await mailTo(ENGLISH, 'Subprocessor change at Clicki Referrals')
    expect(english.Text).toContain('Sprach Analytics, Purpose: (none) → Product analytics')
    expect(english.Text).not.toContain('/de/')
    expect(english.Text).not.toContain('Englisch')

    const contact = await mailTo(CONTACT_DE, 'Änderung der Unterauftragsverarbeiter')
    expect(contact.Text).toContain(
      'Sie erhalten diese E-Mail als Kontakt für Änderungsmitteilungen von Kunde GmbH',
    )
    expect(contact.Text).not.toMatch(/Abmelden|unsubscribe/)
    const englishContact = await mailTo(CONTACT_EN, 'Subprocessor change')
    expect(englishContact.Text).toContain('You get this email as the notice contact of Kunde GmbH')
  })

  it('is recorded as sent: the text in each language in the ledger, the language of each delivery', async () => {
    const [announced] = await entriesForChange(payload, String(change.id), 'change.announced')
    const notice = announced.data.notice as {
      subject: string
      text: string
      language: string
      translations: Record<string, { subject: string; text: string }>
    }
    const personal = (text: string) =>
      text
        .replace(/\r\n/g, '\n')
        .replace(/token=[^\s]+/g, 'token=…')
        .trim()
    const german = await mailTo(GERMAN, 'Änderung der Unterauftragsverarbeiter')
    expect(notice.translations.de.subject).toBe(german.Subject)
    expect(personal(notice.translations.de.text)).toBe(personal(german.Text))
    const english = await mailTo(ENGLISH, 'Subprocessor change')
    expect(notice.language).toBe('en')
    expect(notice.subject).toBe(english.Subject)
    expect(personal(notice.text)).toBe(personal(english.Text))

    const deliveries = await entriesForChange(payload, String(change.id), 'notice.delivery')
    const languages = Object.fromEntries(
      deliveries.map((entry) => [entry.data.email, entry.data.language]),
    )
    // the form's subscriber never confirmed: no notice
    expect(languages).toEqual({
      [GERMAN]: 'de',
      [ENGLISH]: 'en',
      [CONTACT_DE]: 'de',
      [CONTACT_EN]: 'en',
    })
    const records = await payload.find({
      collection: 'notice-deliveries',
      where: { change: { equals: change.id } },
      pagination: false,
    })
    expect(Object.fromEntries(records.docs.map((d) => [d.email, d.language]))).toEqual(languages)
  })

  it('says what an empty value means in the recipient’s words, and keeps a retired field’s label', () => {
    const email = noticeEmail({
      companyName: 'Clicki Referrals',
      contactEmail: '',
      title: 'Sprach Analytics: change',
      kind: 'material-edit',
      subprocessorName: 'Sprach Analytics',
      effectiveDate: '2027-01-04T00:00:00.000Z',
      reason: 'Only the EU region uses it now.',
      fieldChanges: [
        {
          subprocessor: 'x',
          subprocessorName: 'Sprach Analytics',
          field: 'scopes',
          label: 'Applies to',
          before: null,
          after: ['EU region'],
        },
        {
          subprocessor: 'x',
          subprocessorName: 'Sprach Analytics',
          field: 'transferSafeguards',
          label: 'Transfer safeguards',
          before: ['SCCs'],
          after: null,
        },
      ],
      changeUrl: 'https://trust.example/de/changes/x',
      objectUrl: 'https://trust.example/de/changes/x/object?token=t',
      unsubscribeUrl: null,
      locale: 'de',
    })
    expect(email.subject).toBe(
      'Änderung der Unterauftragsverarbeiter bei Clicki Referrals zum 4. Januar 2027: was Sprach Analytics für uns tut, ändert sich',
    )
    expect(email.text).toContain('- Sprach Analytics, Gilt für: Alle Kunden → EU region')
    expect(email.text).toContain('- Sprach Analytics, Transfer safeguards: SCCs → (keine)')
  })
})
