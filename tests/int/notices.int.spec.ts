import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { handleUnsubscribe } from '@/notices/http'
import { sendChangeNotices } from '@/notices/tasks'
import {
  cancelAnnounced,
  daysFromNow,
  draftChange,
  draftSubprocessor,
  findSubprocessor,
  localStore,
  publishedSubprocessor,
  quiet,
  type Store,
} from '../helpers/factories'
import { clearInbox, headersOf, inbox, linkIn, readMail, waitForMail } from '../helpers/mailpit'
import { rest, seededPayload, tokenFor } from '../helpers/payload'
import {
  newClient,
  subscribeAndConfirm,
  throughHandlers,
  unsubscribeEveryone,
} from '../helpers/subscriptions'

// Announcing a change: the rules an announcement must follow, the notice emailed to every
// confirmed subscriber, objections and unsubscribing from its links. Real database, real Mailpit.

let payload: Payload
let store: Store
let editor: string
const send = throughHandlers()
const status = async (email: string) =>
  (await payload.find({ collection: 'subscribers', where: { email: { equals: email } } })).docs[0]
    ?.status

/** An announcement as an editor sends it: through the REST API. */
const announce = (body: Record<string, unknown>) =>
  rest('POST', '/api/changes', {
    token: editor,
    body: { status: 'announced', reason: 'We need product analytics.', ...body },
  })

const noticesTo = async (email: string) =>
  (await inbox(email)).filter((m) => m.Subject.startsWith('Subprocessor change'))

let acme: { id: string }
let acmeChange: Record<string, any>
let aliceNotice: string

beforeAll(async () => {
  payload = await seededPayload()
  store = localStore(payload)
  editor = await tokenFor('editor', 'notices-editor@tests.invalid')
  // a published subprocessor of this file's own to remove (the seed's stay as other tests expect)
  await publishedSubprocessor(store, 'Legacy SMS', {
    slug: 'legacy-sms',
    purpose: 'SMS delivery',
    dataProcessed: ['Phone numbers'],
    locations: ['United States'],
    // outside the EEA: a transfer mechanism is needed (src/schema/eea.ts)
    transferMechanisms: [{ mechanism: 'eu-sccs', sccModule: '3' }],
  })
  await payload.updateGlobal({
    slug: 'trust-center',
    data: { requireNotice: true, noticePeriodDays: 30 },
    ...quiet,
  })
  // This file counts every notice: earlier files' subscribers and queued notices must not add any.
  await unsubscribeEveryone(payload)
  await payload.jobs.run({ allQueues: true, limit: 1000 })
  await clearInbox()
  for (const email of ['alice@example.com', 'bob@example.com', 'dave@example.com']) {
    await subscribeAndConfirm(send, email)
  }
  expect((await send('subscribe', { email: 'carol@example.com' })).status).toBe(202) // never confirms
  await waitForMail('carol@example.com')
})

afterAll(async () => {
  await cancelAnnounced(store, acmeChange ? [String(acmeChange.id)] : [])
  await unsubscribeEveryone(payload)
  await payload.updateGlobal({ slug: 'trust-center', data: { requireNotice: false }, ...quiet })
})

describe('a material change needs an announced notice', () => {
  it('keeps new subprocessors and material changes off the list until announced', async () => {
    acme = await draftSubprocessor(store, 'Acme Analytics', { purpose: 'Product analytics' })
    const publish = await rest('PATCH', `/api/subprocessors/${acme.id}`, {
      token: editor,
      body: { _status: 'published' },
    })
    expect(publish.status).toBe(400)
    expect(JSON.stringify(publish.body)).toMatch(/change notice/)
    const stripe = await findSubprocessor(store, 'stripe')
    const material = await rest('PATCH', `/api/subprocessors/${stripe.id}`, {
      token: editor,
      body: { locations: ['Ireland'], _status: 'published' },
    })
    expect(material.status).toBe(400)
    const harmless = await rest('PATCH', `/api/subprocessors/${stripe.id}`, {
      token: editor,
      body: { notes: 'Certified PCI DSS Level 1.', _status: 'published' },
    })
    expect(harmless.status, JSON.stringify(harmless.body)).toBe(200)
  })

  it('enforces the notice period unless an urgent reason is recorded', async () => {
    const before = (await payload.count({ collection: 'changes' })).totalDocs
    const short = await announce({
      kind: 'addition',
      subprocessor: acme.id,
      effectiveDate: daysFromNow(10),
    })
    expect(short.status).toBe(400)
    const error = short.body.errors[0].data.errors.find(
      (e: { path: string }) => e.path === 'effectiveDate',
    )
    expect(error.message).toMatch(/30 days' notice/)
    const past = await announce({
      kind: 'addition',
      subprocessor: acme.id,
      effectiveDate: daysFromNow(-2),
    })
    expect(past.status).toBe(400)
    expect(JSON.stringify(past.body)).toMatch(/in the past/)
    expect((await payload.count({ collection: 'changes' })).totalDocs).toBe(before)
    expect(await noticesTo('alice@example.com')).toHaveLength(0)
  })
})

describe('the notice email', () => {
  it('goes out once per confirmed subscriber, with the right content and headers', async () => {
    const effectiveDate = daysFromNow(31)
    const response = await announce({ kind: 'addition', subprocessor: acme.id, effectiveDate })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    acmeChange = response.body.doc
    expect(acmeChange).toMatchObject({
      status: 'announced',
      title: 'Acme Analytics: new subprocessor',
      noticePeriodDays: 30,
    })
    expect(acmeChange.slug).toMatch(/^\d{4}-\d\d-\d\d-addition-acme-analytics$/)
    expect(acmeChange.fieldChanges).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'name', before: null, after: 'Acme Analytics' }),
        expect.objectContaining({ field: 'purpose', before: null, after: 'Product analytics' }),
        expect.objectContaining({ field: 'locations', before: null, after: ['Germany'] }),
      ]),
    )
    expect(acmeChange.versionRefs.after).toBeTruthy()
    expect(acmeChange.fieldChangesText).toContain(
      'Acme Analytics, Purpose: (none) → Product analytics',
    )

    await payload.jobs.run()
    for (const email of ['alice@example.com', 'bob@example.com', 'dave@example.com']) {
      await waitForMail(email, 2)
      expect(await noticesTo(email), email).toHaveLength(1)
    }
    expect(await noticesTo('carol@example.com')).toHaveLength(0)

    const [notice] = await noticesTo('alice@example.com')
    aliceNotice = notice.ID
    const mail = await readMail(notice.ID)
    expect(mail.Subject).toMatch(
      /^Subprocessor change at Clicki Referrals: we will start using Acme Analytics on \d+ \w+ \d{4}$/,
    )
    expect(mail.Text).toContain('Why: We need product analytics.')
    expect(mail.Text).toContain('Acme Analytics, Purpose: (none) → Product analytics')
    expect(mail.Text).toContain(`/changes/${acmeChange.slug}`)
    expect(mail.Text).toMatch(
      /How to object: .*\/object\?token=.* or write to support@joinclicki\.com/,
    )
    const headers = await headersOf(notice.ID)
    expect(headers['List-Unsubscribe'][0]).toMatch(/^<http.*\/notices\/unsubscribe\?token=.+>$/)
    expect(headers['List-Unsubscribe-Post']).toEqual(['List-Unsubscribe=One-Click'])

    const deliveries = await payload.find({
      collection: 'notice-deliveries',
      where: { change: { equals: acmeChange.id } },
    })
    expect(deliveries.docs.map((d) => d.email).sort()).toEqual([
      'alice@example.com',
      'bob@example.com',
      'dave@example.com',
    ])
    expect(deliveries.docs.every((d) => d.status === 'sent' && d.sentAt)).toBe(true)
    const alice = deliveries.docs.find((d) => d.email === 'alice@example.com')!
    expect(alice.messageId?.replace(/[<>]/g, '')).toBe(mail.MessageID)
  })

  it('is never sent twice', async () => {
    await sendChangeNotices(payload, String(acmeChange.id))
    await payload.jobs.queue({
      task: 'sendChangeNotices',
      input: { change: String(acmeChange.id) },
    })
    await payload.jobs.run()
    await new Promise((r) => setTimeout(r, 300))
    expect(await noticesTo('alice@example.com')).toHaveLength(1)
    const deliveries = await payload.count({
      collection: 'notice-deliveries',
      where: { change: { equals: acmeChange.id } },
    })
    expect(deliveries.totalDocs).toBe(3)
  })

  it('records an objection from its link, once', async () => {
    const link = new URL(linkIn((await readMail(aliceNotice)).Text, '/object?token='))
    const body = {
      token: link.searchParams.get('token')!,
      change: String(acmeChange.id),
      slug: acmeChange.slug,
      comment: 'We do not allow analytics vendors.',
    }
    const first = await send('object', body)
    expect(first.status).toBe(201)
    expect((await send('object', body)).status).toBe(200)
    expect((await send('object', { ...body, token: `${body.token}x` })).status).toBe(400)
    expect((await send('object', { ...body, change: 'another-change' })).status).toBe(400)
    const objections = await payload.find({
      collection: 'objections',
      where: { change: { equals: acmeChange.id } },
    })
    expect(objections.docs).toHaveLength(1)
    expect(objections.docs[0]).toMatchObject({
      email: 'alice@example.com',
      comment: 'We do not allow analytics vendors.',
    })
  })

  it('unsubscribes nobody when the link is only opened (GET), as mail scanners do', async () => {
    const aliceLink = linkIn((await readMail(aliceNotice)).Text, '/notices/unsubscribe?token=')
    const token = new URL(aliceLink).searchParams.get('token')!
    for (const accept of ['text/html', 'application/json']) {
      const opened = await handleUnsubscribe(
        new Request(aliceLink, { headers: { accept, 'x-forwarded-for': newClient() } }),
      )
      expect(opened.status).toBe(303)
      expect(opened.headers.get('location')).toBe(
        `/subscribe/unsubscribe?token=${encodeURIComponent(token)}`,
      )
    }
    expect(await status('alice@example.com')).toBe('confirmed')
  })

  it("unsubscribes by the page's button or one-click POST; no further notices", async () => {
    const aliceLink = linkIn((await readMail(aliceNotice)).Text, '/notices/unsubscribe?token=')
    const button = () =>
      handleUnsubscribe(
        new Request(new URL('/notices/unsubscribe', aliceLink), {
          method: 'POST',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            'x-forwarded-for': newClient(),
          },
          body: new URLSearchParams({ token: new URL(aliceLink).searchParams.get('token')! }),
        }),
      )
    const viaButton = await button()
    expect(viaButton.status).toBe(303)
    expect(viaButton.headers.get('location')).toBe('/subscribe?status=unsubscribed')
    expect(await status('alice@example.com')).toBe('unsubscribed')
    const again = await handleUnsubscribe(
      new Request(new URL('/notices/unsubscribe', aliceLink), {
        method: 'POST',
        headers: { accept: 'application/json', 'content-type': 'application/json' },
        body: JSON.stringify({ token: new URL(aliceLink).searchParams.get('token') }),
      }),
    )
    expect(again.status).toBe(410)

    const [bobNotice] = await noticesTo('bob@example.com')
    const oneClick = (await headersOf(bobNotice.ID))['List-Unsubscribe'][0].slice(1, -1)
    const post = await handleUnsubscribe(
      new Request(oneClick, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      }),
    )
    expect(post.status).toBeLessThan(400)
    expect(await status('bob@example.com')).toBe('unsubscribed')

    const legacy = await findSubprocessor(store, 'legacy-sms')
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
    const daveRemoval = (await noticesTo('dave@example.com')).find((m) =>
      m.Subject.includes('stop using Legacy SMS'),
    )!
    expect((await readMail(daveRemoval.ID)).Text).toContain(
      'Why the notice is shorter than usual: Legacy SMS ends our contract this week.',
    )
  })
})

describe('subscribers, deliveries and objections', () => {
  it('are kept away from anonymous clients and editors', async () => {
    for (const collection of ['subscribers', 'notice-deliveries', 'objections']) {
      expect((await rest('GET', `/api/${collection}`)).status, collection).toBe(403)
      expect((await rest('GET', `/api/${collection}`, { token: editor })).status, collection).toBe(
        403,
      )
    }
    const gql = await rest('POST', '/api/graphql', {
      body: { query: '{ Subscribers { docs { email } } }' },
    })
    expect(gql.body.data?.Subscribers ?? null).toBeNull()
    const changes = await rest('GET', '/api/changes?depth=2&limit=100')
    expect(changes.status).toBe(200)
    expect(JSON.stringify(changes.body)).not.toMatch(/@example\.com/)
    const newcomer = await draftSubprocessor(store, `Draft Only ${Date.now()}`)
    const draft = await draftChange(store, {
      kind: 'addition',
      subprocessor: newcomer.id,
      reason: 'Draft only',
      effectiveDate: daysFromNow(40),
    })
    expect((await rest('GET', `/api/changes/${draft.id}`)).status).toBe(404)
  })
})
