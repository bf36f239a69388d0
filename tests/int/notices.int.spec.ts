import type { Payload } from 'payload'
import Parser from 'rss-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applyDueChanges } from '@/changes/apply'
import { atomFeed, jsonFeed, rssFeed } from '@/feeds/render'
import { listAsOf } from '@/changes/history'
import { listPublicChanges } from '@/changes/log'
import { handleConfirm, handleObjection, handleSubscribe, handleUnsubscribe } from '@/notices/http'
import { sendChangeNotices } from '@/notices/tasks'
import { clearInbox, headersOf, inbox, linkIn, readMail, waitForMail } from '../helpers/mailpit'
import { quiet, rest, seededPayload, tokenFor } from '../helpers/payload'

// Subscriptions, notices and the change lifecycle against the real database and the real Mailpit.

let payload: Payload
let editor: string
const DAY = 86_400_000
let ip = 0
const nextIp = () => `198.51.100.${++ip}`

function call(handler: (r: Request) => Promise<Response>, body: Record<string, string>, client = nextIp()) {
  return handler(
    new Request('http://localhost/notices', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'x-forwarded-for': client },
      body: JSON.stringify(body),
    }),
  )
}
const tokenFrom = (link: string) => new URL(link).searchParams.get('token')!
const status = async (email: string) =>
  (await payload.find({ collection: 'subscribers', where: { email: { equals: email } } })).docs[0]?.status

async function subscribeAndConfirm(email: string) {
  expect((await call(handleSubscribe, { email })).status).toBe(202)
  const [mail] = await waitForMail(email)
  const link = linkIn((await readMail(mail.ID)).Text, '/subscribe/confirm?token=')
  expect((await call(handleConfirm, { token: tokenFrom(link) })).status).toBe(200)
  return tokenFrom(link)
}

async function draftSubprocessor(name: string, purpose: string) {
  const category = (await payload.find({ collection: 'categories', limit: 1 })).docs[0]
  return payload.create({
    collection: 'subprocessors',
    data: { name, category: category.id, purpose, dataProcessed: ['Usage events'], locations: ['Germany'], _status: 'draft' },
    draft: true,
    ...quiet,
  })
}

async function announce(body: Record<string, unknown>) {
  return rest('POST', '/api/changes', { token: editor, body: { status: 'announced', reason: 'We need product analytics.', ...body } })
}

const noticesTo = async (email: string) => (await inbox(email)).filter((m) => m.Subject.startsWith('Subprocessor change'))

beforeAll(async () => {
  payload = await seededPayload()
  editor = await tokenFor('editor', 'notices-editor@tests.invalid')
  // a published subprocessor of this file's own to remove (the seed's stay as other tests expect)
  const category = (await payload.find({ collection: 'categories', limit: 1 })).docs[0]
  await payload.create({
    collection: 'subprocessors',
    data: { name: 'Legacy SMS', slug: 'legacy-sms', category: category.id, purpose: 'SMS delivery', dataProcessed: ['Phone numbers'], locations: ['United States'], _status: 'published' },
    ...quiet,
  })
  await payload.updateGlobal({ slug: 'trust-center', data: { requireNotice: true, noticePeriodDays: 30 }, ...quiet })
  await clearInbox()
})

afterAll(async () => {
  await payload.updateGlobal({ slug: 'trust-center', data: { requireNotice: false }, ...quiet })
})

describe('subscriptions', () => {
  it('double opt-in: subscribe, get a confirmation email, confirm', async () => {
    const response = await call(handleSubscribe, { email: '  Alice@Example.com ' })
    expect(response.status).toBe(202)
    expect((await response.json()).message).toMatch(/Check your inbox/)
    expect(await status('alice@example.com')).toBe('pending')

    const [mail] = await waitForMail('alice@example.com')
    expect(mail.Subject).toMatch(/^Confirm your subscription to Clicki Referrals/)
    const link = linkIn((await readMail(mail.ID)).Text, '/subscribe/confirm?token=')
    expect((await call(handleConfirm, { token: tokenFrom(link) })).status).toBe(200)
    expect(await status('alice@example.com')).toBe('confirmed')

    // replayed, tampered and made-up links: clear errors, nothing changes
    const replay = await call(handleConfirm, { token: tokenFrom(link) })
    expect(replay.status).toBe(410)
    expect((await replay.json()).message).toMatch(/already been used/)
    const token = tokenFrom(link)
    const forged = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`
    expect((await call(handleConfirm, { token: forged })).status).toBe(400)
    expect((await call(handleConfirm, { token: 'garbage' })).status).toBe(400)
    expect((await call(handleConfirm, {})).status).toBe(400)
    expect(await status('alice@example.com')).toBe('confirmed')

    await subscribeAndConfirm('bob@example.com')
    await subscribeAndConfirm('dave@example.com')
    expect((await call(handleSubscribe, { email: 'carol@example.com' })).status).toBe(202) // never confirms
    await waitForMail('carol@example.com')
  })

  it('answers the same whether or not an address is subscribed, and sends nothing new', async () => {
    const known = await call(handleSubscribe, { email: 'alice@example.com' })
    const pending = await call(handleSubscribe, { email: 'carol@example.com' })
    const unknown = await call(handleSubscribe, { email: 'nobody-yet@example.com' })
    const bodies = await Promise.all([known, pending, unknown].map((r) => r.json()))
    expect([known.status, pending.status, unknown.status]).toEqual([202, 202, 202])
    expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1)
    await waitForMail('nobody-yet@example.com')
    expect(await inbox('alice@example.com')).toHaveLength(1)
    expect(await inbox('carol@example.com')).toHaveLength(1)
  })

  it('refuses malformed addresses with 400 and stores nothing', async () => {
    const before = (await payload.count({ collection: 'subscribers' })).totalDocs
    for (const email of ['', 'not-an-email', 'a@b', `${'x'.repeat(300)}@example.com`, 'a b@example.com']) {
      const response = await call(handleSubscribe, { email })
      expect(response.status, email).toBe(400)
      expect((await response.json()).message).toMatch(/valid email address/)
    }
    expect((await call(handleSubscribe, {})).status).toBe(400)
    expect((await payload.count({ collection: 'subscribers' })).totalDocs).toBe(before)
  })

  it('limits a flood of requests from one client', async () => {
    const client = '203.0.113.77'
    const answers = []
    for (let i = 0; i < 8; i++) answers.push(await call(handleSubscribe, { email: `flood-${i}@example.com` }, client))
    expect(answers.slice(0, 5).map((r) => r.status)).toEqual([202, 202, 202, 202, 202])
    expect(answers.slice(5).map((r) => r.status)).toEqual([429, 429, 429])
    expect(Number(answers[5].headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await payload.count({ collection: 'subscribers', where: { email: { like: 'flood-' } } })).totalDocs).toBe(5)
    expect(await status('flood-7@example.com')).toBeUndefined()
  })

  it('sends HTML forms back to a page that says what happened', async () => {
    const form = await handleSubscribe(
      new Request('http://localhost/notices/subscribe', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': nextIp() },
        body: 'email=not-valid',
      }),
    )
    expect(form.status).toBe(303)
    expect(form.headers.get('location')).toBe('/subscribe?error=invalid')
  })
})

describe('change notices', () => {
  let acme: { id: string }
  let acmeChange: Record<string, any>
  let aliceNotice: string

  it('keeps new subprocessors and material changes off the list until announced', async () => {
    acme = await draftSubprocessor('Acme Analytics', 'Product analytics')
    const publish = await rest('PATCH', `/api/subprocessors/${acme.id}`, { token: editor, body: { _status: 'published' } })
    expect(publish.status).toBe(400)
    expect(JSON.stringify(publish.body)).toMatch(/change notice/)
    const stripe = (await payload.find({ collection: 'subprocessors', where: { slug: { equals: 'stripe' } } })).docs[0]
    const material = await rest('PATCH', `/api/subprocessors/${stripe.id}`, { token: editor, body: { locations: ['Ireland'], _status: 'published' } })
    expect(material.status).toBe(400)
    const harmless = await rest('PATCH', `/api/subprocessors/${stripe.id}`, { token: editor, body: { notes: 'Certified PCI DSS Level 1.', _status: 'published' } })
    expect(harmless.status, JSON.stringify(harmless.body)).toBe(200)
  })

  it('enforces the notice period unless an urgent reason is recorded', async () => {
    const before = (await payload.count({ collection: 'changes' })).totalDocs
    const short = await announce({ kind: 'addition', subprocessor: acme.id, effectiveDate: new Date(Date.now() + 10 * DAY).toISOString() })
    expect(short.status).toBe(400)
    const error = short.body.errors[0].data.errors.find((e: { path: string }) => e.path === 'effectiveDate')
    expect(error.message).toMatch(/30 days' notice/)
    const past = await announce({ kind: 'addition', subprocessor: acme.id, effectiveDate: new Date(Date.now() - 2 * DAY).toISOString() })
    expect(past.status).toBe(400)
    expect(JSON.stringify(past.body)).toMatch(/in the past/)
    expect((await payload.count({ collection: 'changes' })).totalDocs).toBe(before)
    expect(await noticesTo('alice@example.com')).toHaveLength(0)
  })

  it('announces: exactly one notice per confirmed subscriber, with the right content and headers', async () => {
    const effectiveDate = new Date(Date.now() + 31 * DAY).toISOString()
    const response = await announce({ kind: 'addition', subprocessor: acme.id, effectiveDate })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    acmeChange = response.body.doc
    expect(acmeChange).toMatchObject({ status: 'announced', title: 'Acme Analytics: new subprocessor', noticePeriodDays: 30 })
    expect(acmeChange.slug).toMatch(/^\d{4}-\d\d-\d\d-addition-acme-analytics$/)
    expect(acmeChange.fieldChanges).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'name', before: null, after: 'Acme Analytics' }),
        expect.objectContaining({ field: 'purpose', before: null, after: 'Product analytics' }),
        expect.objectContaining({ field: 'locations', before: null, after: ['Germany'] }),
      ]),
    )
    expect(acmeChange.versionRefs.after).toBeTruthy()
    expect(acmeChange.fieldChangesText).toContain('Acme Analytics, Purpose: (none) → Product analytics')

    await payload.jobs.run()
    for (const email of ['alice@example.com', 'bob@example.com', 'dave@example.com']) {
      await waitForMail(email, 2)
      expect(await noticesTo(email), email).toHaveLength(1)
    }
    expect(await noticesTo('carol@example.com')).toHaveLength(0)

    const [notice] = await noticesTo('alice@example.com')
    aliceNotice = notice.ID
    const mail = await readMail(notice.ID)
    expect(mail.Subject).toMatch(/^Subprocessor change at Clicki Referrals: we will start using Acme Analytics on \d+ \w+ \d{4}$/)
    expect(mail.Text).toContain('Why: We need product analytics.')
    expect(mail.Text).toContain('Acme Analytics, Purpose: (none) → Product analytics')
    expect(mail.Text).toContain(`/changes/${acmeChange.slug}`)
    expect(mail.Text).toMatch(/How to object: .*\/object\?token=.* or write to support@joinclicki\.com/)
    const headers = await headersOf(notice.ID)
    expect(headers['List-Unsubscribe'][0]).toMatch(/^<http.*\/notices\/unsubscribe\?token=.+>$/)
    expect(headers['List-Unsubscribe-Post']).toEqual(['List-Unsubscribe=One-Click'])

    const deliveries = await payload.find({ collection: 'notice-deliveries', where: { change: { equals: acmeChange.id } } })
    expect(deliveries.docs.map((d) => d.email).sort()).toEqual(['alice@example.com', 'bob@example.com', 'dave@example.com'])
    expect(deliveries.docs.every((d) => d.status === 'sent' && d.sentAt)).toBe(true)
    const alice = deliveries.docs.find((d) => d.email === 'alice@example.com')!
    expect(alice.messageId?.replace(/[<>]/g, '')).toBe(mail.MessageID)
  })

  it('never sends the same notice twice', async () => {
    await sendChangeNotices(payload, String(acmeChange.id))
    await payload.jobs.queue({ task: 'sendChangeNotices', input: { change: String(acmeChange.id) } })
    await payload.jobs.run()
    await new Promise((r) => setTimeout(r, 300))
    expect(await noticesTo('alice@example.com')).toHaveLength(1)
    expect((await payload.count({ collection: 'notice-deliveries', where: { change: { equals: acmeChange.id } } })).totalDocs).toBe(3)
  })

  it('records an objection from the link in the notice, once', async () => {
    const link = new URL(linkIn((await readMail(aliceNotice)).Text, '/object?token='))
    const body = { token: link.searchParams.get('token')!, change: String(acmeChange.id), slug: acmeChange.slug, comment: 'We do not allow analytics vendors.' }
    const first = await call(handleObjection, body)
    expect(first.status).toBe(201)
    expect((await call(handleObjection, body)).status).toBe(200)
    expect((await call(handleObjection, { ...body, token: `${body.token}x` })).status).toBe(400)
    expect((await call(handleObjection, { ...body, change: 'another-change' })).status).toBe(400)
    const objections = await payload.find({ collection: 'objections', where: { change: { equals: acmeChange.id } } })
    expect(objections.docs).toHaveLength(1)
    expect(objections.docs[0]).toMatchObject({ email: 'alice@example.com', comment: 'We do not allow analytics vendors.' })
  })

  it('unsubscribes by link or one-click POST; no further notices', async () => {
    const aliceLink = linkIn((await readMail(aliceNotice)).Text, '/notices/unsubscribe?token=')
    const viaLink = await handleUnsubscribe(new Request(aliceLink, { headers: { 'x-forwarded-for': nextIp() } }))
    expect(viaLink.status).toBe(303)
    expect(viaLink.headers.get('location')).toBe('/subscribe?status=unsubscribed')
    expect(await status('alice@example.com')).toBe('unsubscribed')
    expect((await handleUnsubscribe(new Request(aliceLink, { headers: { accept: 'application/json' } }))).status).toBe(410)

    const [bobNotice] = await noticesTo('bob@example.com')
    const oneClick = (await headersOf(bobNotice.ID))['List-Unsubscribe'][0].slice(1, -1)
    const post = await handleUnsubscribe(
      new Request(oneClick, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' }),
    )
    expect(post.status).toBeLessThan(400)
    expect(await status('bob@example.com')).toBe('unsubscribed')

    const legacy = (await payload.find({ collection: 'subprocessors', where: { slug: { equals: 'legacy-sms' } } })).docs[0]
    const removal = await announce({
      kind: 'removal',
      subprocessor: legacy.id,
      effectiveDate: new Date().toISOString(),
      reason: 'We moved SMS delivery in-house.',
      urgentReason: 'Legacy SMS ends our contract this week.',
    })
    expect(removal.status, JSON.stringify(removal.body)).toBe(201)
    await payload.jobs.run()
    await waitForMail('dave@example.com', 3)
    expect(await noticesTo('dave@example.com')).toHaveLength(2)
    expect(await noticesTo('alice@example.com')).toHaveLength(1)
    expect(await noticesTo('bob@example.com')).toHaveLength(1)
    const daveRemoval = (await noticesTo('dave@example.com')).find((m) => m.Subject.includes('stop using Legacy SMS'))!
    expect((await readMail(daveRemoval.ID)).Text).toContain('Why the notice is shorter than usual: Legacy SMS ends our contract this week.')
  })

  it('an urgent change due now takes effect at once; a scheduled one on its date, as announced', async () => {
    const visible = async (slug: string) =>
      (await payload.find({ collection: 'subprocessors', where: { slug: { equals: slug } }, overrideAccess: false })).docs[0]
    expect(await visible('legacy-sms')).toBeUndefined()
    const removal = (await payload.find({ collection: 'changes', where: { kind: { equals: 'removal' } } })).docs[0]
    expect(removal).toMatchObject({ status: 'effective' })
    expect(removal.appliedAt).toBeTruthy()

    // a draft edit after the announcement is not carried into effect
    await payload.update({ collection: 'subprocessors', id: acme.id, data: { purpose: 'Sneaky later edit' }, draft: true, ...quiet })
    expect(await applyDueChanges(payload, new Date())).toEqual([])
    expect(await visible('acme-analytics')).toBeUndefined()
    const effective = new Date(acmeChange.effectiveDate)
    expect(await applyDueChanges(payload, new Date(effective.getTime() + 60_000))).toEqual([String(acmeChange.id)])
    expect(await visible('acme-analytics')).toMatchObject({ purpose: 'Product analytics', locations: ['Germany'] })
    expect((await payload.findByID({ collection: 'changes', id: acmeChange.id })).status).toBe('effective')
  })

  it('shows the list as it stood on a given day', async () => {
    const effectiveDay = String(acmeChange.effectiveDate).slice(0, 10)
    const dayBefore = new Date(Date.parse(`${effectiveDay}T00:00:00Z`) - DAY).toISOString().slice(0, 10)
    const names = async (day: string) => (await listAsOf(payload, day)).entries.map((e) => e.name)
    expect(await names(dayBefore)).not.toContain('Acme Analytics')
    expect(await names(effectiveDay)).toContain('Acme Analytics')
    expect(await names(effectiveDay)).toContain('Stripe')
    expect(await names(new Date().toISOString().slice(0, 10))).not.toContain('Legacy SMS')
    expect(await names(new Date().toISOString().slice(0, 10))).toContain('Twilio')
    const yesterday = new Date(Date.now() - DAY).toISOString().slice(0, 10)
    expect(await names(yesterday)).toEqual([]) // nothing was published before this test database existed
  })

  it('publishes the change log as RSS, Atom and JSON Feed with dates and field diffs', async () => {
    const changes = await listPublicChanges(payload)
    expect(changes.map((c) => c.title)).toEqual(['Legacy SMS: removal', 'Acme Analytics: new subprocessor'])
    const ctx = { siteUrl: 'https://trust.example.com', title: 'Clicki Referrals subprocessor changes', companyName: 'Clicki Referrals', contactEmail: 'support@joinclicki.com' }
    const parser = new Parser({ customFields: { item: [['tc:change', 'change', { keepArray: false }]] } })

    const rss = await parser.parseString(rssFeed(ctx, changes))
    expect(rss.items.map((i) => i.title)).toEqual(['Legacy SMS: removal', 'Acme Analytics: new subprocessor'])
    expect(rss.items[1].link).toBe(`https://trust.example.com/changes/${acmeChange.slug}`)
    expect(new Date(rss.items[1].pubDate!).getTime()).toBe(Math.floor(Date.parse(acmeChange.announcedAt) / 1000) * 1000)
    expect(rss.items[1].contentSnippet ?? rss.items[1].content).toMatch(/Purpose: \(none\) → Product analytics/)

    const atom = await parser.parseString(atomFeed(ctx, changes))
    expect(atom.items).toHaveLength(2)
    expect((atom.items[0] as { id?: string }).id).toContain('-removal-legacy-sms')

    const json = jsonFeed(ctx, changes)
    expect(json.version).toBe('https://jsonfeed.org/version/1.1')
    const removal = json.items[0]._change
    expect(removal).toMatchObject({ kind: 'removal', status: 'effective' })
    expect(removal.fields).toContainEqual(expect.objectContaining({ field: 'purpose', before: 'SMS delivery', after: null }))
    expect(Date.parse(removal.effectiveDate)).toBeLessThanOrEqual(Date.now())
  })

  it('keeps subscribers, deliveries and objections away from anonymous clients and editors', async () => {
    for (const collection of ['subscribers', 'notice-deliveries', 'objections']) {
      expect((await rest('GET', `/api/${collection}`)).status, collection).toBe(403)
      expect((await rest('GET', `/api/${collection}`, { token: editor })).status, collection).toBe(403)
    }
    const gql = await rest('POST', '/api/graphql', { body: { query: '{ Subscribers { docs { email } } }' } })
    expect(gql.body.data?.Subscribers ?? null).toBeNull()
    const changes = await rest('GET', '/api/changes?depth=2&limit=100')
    expect(changes.status).toBe(200)
    expect(JSON.stringify(changes.body)).not.toMatch(/@example\.com/)
    const draftChange = await payload.create({ collection: 'changes', data: { status: 'draft', kind: 'removal', subprocessor: acme.id, reason: 'Draft only', effectiveDate: new Date(Date.now() + 40 * DAY).toISOString() }, ...quiet })
    expect((await rest('GET', `/api/changes/${draftChange.id}`)).status).toBe(404)
  })
})
