import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readDashboard } from '@/admin/dashboardData'
import { accountReport } from '@/notices/accountReport'
import { changeAudience } from '@/notices/accounts'
import { handleUnsubscribe } from '@/notices/http'
import type { CustomerAccount } from '@/payload-types'
import {
  announceChange,
  cancelAnnounced,
  daysFromNow,
  draftSubprocessor,
  localStore,
  scopeOf,
  quiet,
  type Store,
} from '../helpers/factories'
import { clearInbox, headersOf, inbox, linkIn, readMail, waitForMail } from '../helpers/mailpit'
import { createAccount, rest, seededPayload, tokenFor } from '../helpers/payload'
import {
  newClient,
  subscribeAndConfirm,
  throughHandlers,
  unsubscribeEveryone,
} from '../helpers/subscriptions'

// Customer accounts and the notices that reach them: a change goes to the notice contacts of every
// account it concerns and to the public subscribers, once per person; objections count for the
// account; the per-change report and its CSV say who was notified, who objected, who stayed
// silent. Real database, real Mailpit.

let payload: Payload
let store: Store
let admin: string
let editor: string
const send = throughHandlers()
const accounts: Record<string, CustomerAccount> = {}
const changes: string[] = []

const noticesTo = async (email: string) =>
  (await inbox(email)).filter((m) => m.Subject.startsWith('Subprocessor change'))

beforeAll(async () => {
  payload = await seededPayload()
  store = localStore(payload)
  admin = await tokenFor('admin', 'accounts-admin@tests.invalid')
  editor = await tokenFor('editor', 'accounts-editor@tests.invalid')
  await payload.updateGlobal({
    slug: 'trust-center',
    data: { requireNotice: true, noticePeriodDays: 30 },
    ...quiet,
  })
  // this file counts every notice: earlier files' subscribers and queued notices must not add any
  await unsubscribeEveryone(payload)
  await payload.jobs.run({ allQueues: true, limit: 1000 })
  await clearInbox()
  // a public subscriber, one from a customer's domain, and one who is also a customer's contact
  for (const email of ['pat@public.example', 'sam@globex.example', 'olga@initech.example'])
    await subscribeAndConfirm(send, email)

  accounts.globex = await createAccount(admin, {
    organisation: 'Globex Corporation',
    dpaSignedAt: '2026-03-01T00:00:00.000Z',
    emailDomains: ['Globex.example'],
    noticeContacts: [
      { name: 'Grace Privacy', email: 'Grace@Globex.example', role: 'DPO' },
      { name: 'Hank Security', email: 'hank@globex.example', role: 'CISO' },
    ],
  })
  accounts.initech = await createAccount(admin, {
    organisation: 'Initech',
    noticeContacts: [{ email: 'olga@initech.example' }, { email: 'ivan@initech.example' }],
  })
  accounts.gone = await createAccount(admin, {
    organisation: 'Former Customer Ltd',
    status: 'ended',
    noticeContacts: [{ email: 'former@former.example' }],
  })
})

afterAll(async () => {
  await cancelAnnounced(store, changes)
  // the accounts stay on record (they were notified) but get nothing from later test files
  await payload.update({
    collection: 'customer-accounts',
    where: { id: { in: Object.values(accounts).map((a) => a.id) } },
    data: { status: 'ended' },
    ...quiet,
  })
  await unsubscribeEveryone(payload)
  await payload.updateGlobal({ slug: 'trust-center', data: { requireNotice: false }, ...quiet })
})

describe('customer accounts in the admin', () => {
  it('keep addresses and domains in one form, and make a subscriber record for each contact', async () => {
    expect(accounts.globex.noticeContacts?.map((c) => c.email)).toEqual([
      'grace@globex.example',
      'hank@globex.example',
    ])
    expect(accounts.globex.emailDomains).toEqual(['globex.example'])
    const { docs } = await payload.find({
      collection: 'subscribers',
      where: { email: { in: ['grace@globex.example', 'olga@initech.example'] } },
      sort: 'email',
    })
    // Grace never subscribed: a contact only; Olga subscribed on the website and stays subscribed
    expect(docs.map((d) => [d.email, d.status])).toEqual([
      ['grace@globex.example', 'contact'],
      ['olga@initech.example', 'confirmed'],
    ])
  })

  it('refuse a contact listed twice and a free-mail domain, saying why, and save nothing', async () => {
    const before = (await payload.count({ collection: 'customer-accounts' })).totalDocs
    const twice = await rest('POST', '/api/customer-accounts', {
      token: admin,
      body: {
        organisation: 'Twice Inc',
        noticeContacts: [{ email: 'a@twice.example' }, { email: 'A@twice.example' }],
      },
    })
    expect(twice.status).toBe(400)
    expect(JSON.stringify(twice.body)).toMatch(/a@twice\.example is listed twice/)
    const free = await rest('POST', '/api/customer-accounts', {
      token: admin,
      body: { organisation: 'Free Mail Inc', emailDomains: ['gmail.com'] },
    })
    expect(free.status).toBe(400)
    expect(JSON.stringify(free.body)).toMatch(/gmail\.com is a free email provider/)
    const notDomain = await rest('POST', '/api/customer-accounts', {
      token: admin,
      body: { organisation: 'Typo Inc', emailDomains: ['https://typo.example'] },
    })
    expect(notDomain.status).toBe(400)
    expect(JSON.stringify(notDomain.body)).toMatch(/is not a domain/)
    expect((await payload.count({ collection: 'customer-accounts' })).totalDocs).toBe(before)
  })

  it('are for admins only: editors and anonymous clients see none, over REST or GraphQL', async () => {
    for (const token of [undefined, editor]) {
      expect((await rest('GET', '/api/customer-accounts', { token })).status).toBe(403)
      expect(
        (await rest('GET', `/api/customer-accounts/${accounts.globex.id}`, { token })).status,
      ).toBe(403)
      const create = await rest('POST', '/api/customer-accounts', {
        token,
        body: { organisation: 'Sneaky' },
      })
      expect(create.status).toBe(403)
    }
    const gql = await rest('POST', '/api/graphql', {
      body: { query: '{ CustomerAccounts { docs { organisation noticeContacts { email } } } }' },
    })
    expect(JSON.stringify(gql.body)).not.toMatch(/globex/i)
  })
})

describe('a change that concerns every customer', () => {
  let change: { id: string; slug: string }

  it('reaches every active account’s contacts and the public subscribers, once per person', async () => {
    const vendor = await draftSubprocessor(store, `Account Notice Vendor ${Date.now()}`)
    // the confirmation before announcing counts them as the sender will
    const preview = await rest('POST', '/api/changes/announce-preview', {
      token: editor,
      body: {
        kind: 'addition',
        subprocessor: vendor.id,
        effectiveDate: daysFromNow(31),
        reason: 'We need product analytics.',
      },
    })
    expect(preview.body).toMatchObject({ subscribers: 3, customerAccounts: 2, noticeContacts: 4 })
    change = await announceChange(store, { subprocessor: vendor.id })
    changes.push(change.id)
    await payload.jobs.run()
    const everyone = [
      'pat@public.example',
      'sam@globex.example',
      'olga@initech.example',
      'grace@globex.example',
      'hank@globex.example',
      'ivan@initech.example',
    ]
    // the three who subscribed also got a confirmation email
    const subscribed = ['pat@public.example', 'sam@globex.example', 'olga@initech.example']
    for (const email of everyone) {
      await waitForMail(email, subscribed.includes(email) ? 2 : 1)
      expect(await noticesTo(email), email).toHaveLength(1)
    }
    expect(await noticesTo('former@former.example')).toHaveLength(0)

    const deliveries = await payload.find({
      collection: 'notice-deliveries',
      where: { change: { equals: change.id } },
      pagination: false,
      depth: 0,
    })
    expect(deliveries.docs.map((d) => d.email).sort()).toEqual([...everyone].sort())
    const accountsOf = (email: string) =>
      deliveries.docs.find((d) => d.email === email)?.accounts ?? []
    expect(accountsOf('grace@globex.example')).toEqual([accounts.globex.id])
    expect(accountsOf('olga@initech.example')).toEqual([accounts.initech.id])
    expect(accountsOf('pat@public.example')).toEqual([])
    // a colleague from the domain who subscribed is not a contact until staff add them
    expect(accountsOf('sam@globex.example')).toEqual([])
  })

  it('tells a contact why they get it; only subscribers get an unsubscribe link', async () => {
    const [grace] = await noticesTo('grace@globex.example')
    const graceMail = await readMail(grace.ID)
    expect(graceMail.Text).toContain('as the notice contact of Globex Corporation')
    expect(graceMail.Text).not.toContain('/notices/unsubscribe')
    expect((await headersOf(grace.ID))['List-Unsubscribe']).toBeUndefined()

    const [olga] = await noticesTo('olga@initech.example')
    const olgaMail = await readMail(olga.ID)
    expect(olgaMail.Text).toContain('as the notice contact of Initech')
    expect(olgaMail.Text).toContain('Unsubscribing ends that subscription only')
    expect((await headersOf(olga.ID))['List-Unsubscribe'][0]).toMatch(/notices\/unsubscribe/)
  })

  it('counts objections for the account, by contact or by email domain', async () => {
    const objectFrom = async (email: string, comment: string) => {
      const [notice] = await noticesTo(email)
      const link = new URL(linkIn((await readMail(notice.ID)).Text, '/object?token='))
      const response = await send('object', {
        token: link.searchParams.get('token')!,
        change: change.id,
        slug: change.slug,
        comment,
      })
      expect(response.status, email).toBe(201)
    }
    await objectFrom('hank@globex.example', 'Not without a DPIA.')
    await objectFrom('sam@globex.example', 'Same here.')
    const { docs } = await payload.find({
      collection: 'objections',
      where: { change: { equals: change.id } },
      sort: 'createdAt',
      depth: 0,
    })
    expect(docs.map((d) => [d.email, d.accounts, d.accountsBy])).toEqual([
      ['hank@globex.example', [accounts.globex.id], 'contact'],
      ['sam@globex.example', [accounts.globex.id], 'domain'],
    ])
    // the admins' dashboard names the customer beside each new objection
    const adminUser = (
      await payload.find({
        collection: 'users',
        where: { email: { equals: 'accounts-admin@tests.invalid' } },
      })
    ).docs[0]
    const { objections } = await readDashboard(payload, adminUser, '/admin')
    expect(
      objections
        ?.filter((o) => o.link.label.endsWith('globex.example'))
        .map((o) => [o.link.label, o.customers]),
    ).toEqual(
      expect.arrayContaining([
        ['hank@globex.example', ['Globex Corporation']],
        ['sam@globex.example', ['Globex Corporation']],
      ]),
    )
  })

  it('reports each account: objected, notified and silent, not notified; as CSV for admins', async () => {
    const report = (await accountReport(payload, change.id))!
    expect(report.audience).toEqual({ allCustomers: true })
    const rows = Object.fromEntries(report.rows.map((row) => [row.account.organisation, row]))
    // the ended account is not concerned and was never notified: not in the report
    expect(Object.keys(rows)).toEqual(['Globex Corporation', 'Initech'])
    expect(rows['Globex Corporation']).toMatchObject({ affected: true, state: 'objected' })
    expect(rows['Globex Corporation'].notices.map((n) => [n.email, n.name, n.outcome])).toEqual([
      ['grace@globex.example', 'Grace Privacy', 'sent'],
      ['hank@globex.example', 'Hank Security', 'sent'],
    ])
    expect(rows['Globex Corporation'].objections.map((o) => [o.email, o.reason])).toEqual([
      ['hank@globex.example', 'Not without a DPIA.'],
      ['sam@globex.example', 'Same here.'],
    ])
    expect(rows.Initech).toMatchObject({ state: 'notified', objections: [] })
    expect(rows.Initech.notices).toHaveLength(2)

    const csv = await rest('GET', `/api/changes/${change.id}/accounts.csv`, { token: admin })
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/)
    const text = String(csv.body.raw)
    expect(text).toContain('"Globex Corporation","Active","1 March 2026","Yes","Objected"')
    expect(text).toContain('"Initech","Active","","Yes","Notified, no objection (silent)"')
    expect(text).toContain('Not without a DPIA.')
    for (const token of [undefined, editor]) {
      const refused = await rest('GET', `/api/changes/${change.id}/accounts.csv`, { token })
      expect(refused.status).toBe(token ? 403 : 401)
      expect(JSON.stringify(refused.body)).not.toMatch(/globex/i)
    }
  })

  it('keeps a contact’s objection link working after they unsubscribe from the website list', async () => {
    const [olga] = await noticesTo('olga@initech.example')
    const text = (await readMail(olga.ID)).Text
    const unsubscribe = linkIn(text, '/notices/unsubscribe?token=')
    const done = await handleUnsubscribe(
      new Request(new URL('/notices/unsubscribe', unsubscribe), {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-forwarded-for': newClient(),
        },
        body: new URLSearchParams({ token: new URL(unsubscribe).searchParams.get('token')! }),
      }),
    )
    expect(done.status).toBe(303)
    const link = new URL(linkIn(text, '/object?token='))
    const objection = await send('object', {
      token: link.searchParams.get('token')!,
      change: change.id,
      slug: change.slug,
      comment: 'Initech objects too.',
    })
    expect(objection.status).toBe(201)
    const report = (await accountReport(payload, change.id))!
    expect(report.rows.find((row) => row.account.organisation === 'Initech')?.state).toBe(
      'objected',
    )
  })

  it('keeps a notified account on record: it can be ended, not deleted', async () => {
    const refused = await rest('DELETE', `/api/customer-accounts/${accounts.initech.id}`, {
      token: admin,
    })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toMatch(/Set its status to Ended/)
    expect(
      (
        await payload.count({
          collection: 'customer-accounts',
          where: { id: { equals: accounts.initech.id } },
        })
      ).totalDocs,
    ).toBe(1)
    // one never notified can go
    const spare = await createAccount(admin, { organisation: 'Never Notified GmbH' })
    expect(
      (await rest('DELETE', `/api/customer-accounts/${spare.id}`, { token: admin })).status,
    ).toBe(200)
  })
})

describe('a change that concerns some scopes', () => {
  it('reaches only the accounts using one of its scopes, beside the public subscribers', async () => {
    const suffix = Date.now()
    const eu = await scopeOf(store, `EU region ${suffix}`)
    const chat = await scopeOf(store, `Live chat ${suffix}`, { kind: 'feature' })
    accounts.umbrella = await createAccount(admin, {
      organisation: 'Umbrella Corp',
      scopes: [eu.id],
      noticeContacts: [{ email: 'ursula@umbrella.example' }],
    })
    accounts.stark = await createAccount(admin, {
      organisation: 'Stark Industries',
      scopes: [chat.id],
      noticeContacts: [{ email: 'tony@stark.example' }],
    })
    await clearInbox()
    const vendor = await draftSubprocessor(store, `EU Only Vendor ${suffix}`, { scopes: [eu.id] })
    const change = await announceChange(store, { subprocessor: vendor.id })
    changes.push(change.id)
    await payload.jobs.run()
    await waitForMail('ursula@umbrella.example')
    await waitForMail('pat@public.example')
    expect(await noticesTo('ursula@umbrella.example')).toHaveLength(1)
    expect(await noticesTo('pat@public.example')).toHaveLength(1)
    // Globex and Initech use no scopes, Stark another one: not concerned
    for (const email of ['tony@stark.example', 'grace@globex.example', 'ivan@initech.example'])
      expect(await noticesTo(email), email).toHaveLength(0)

    const report = (await accountReport(payload, change.id))!
    expect(report.audience).toEqual({ allCustomers: false, scopes: [eu.id] })
    expect(report.scopeNames).toEqual([eu.name])
    expect(report.rows.map((row) => [row.account.organisation, row.state])).toEqual([
      ['Umbrella Corp', 'notified'],
    ])
  })

  it('concerns the scopes of every version it names, and everyone once a version has none', async () => {
    const suffix = Date.now()
    const [eu, chat] = await Promise.all([
      scopeOf(store, `EU two ${suffix}`),
      scopeOf(store, `Chat two ${suffix}`, { kind: 'feature' }),
    ])
    const vendor = await draftSubprocessor(store, `Moving Vendor ${suffix}`, { scopes: [eu.id] })
    const versionOf = async () =>
      String(
        (
          await payload.findVersions({
            collection: 'subprocessors',
            where: { parent: { equals: vendor.id } },
            sort: '-updatedAt',
            limit: 1,
          })
        ).docs[0].id,
      )
    const first = await versionOf()
    await payload.update({
      collection: 'subprocessors',
      id: vendor.id,
      data: { scopes: [chat.id] },
      draft: true,
      ...quiet,
    })
    const second = await versionOf()
    await payload.update({
      collection: 'subprocessors',
      id: vendor.id,
      data: { scopes: [] },
      draft: true,
      ...quiet,
    })
    const third = await versionOf()
    const scoped = await changeAudience(payload, { versionRefs: { before: first, after: second } })
    expect(scoped.allCustomers).toBe(false)
    expect(!scoped.allCustomers && [...scoped.scopes].sort()).toEqual([eu.id, chat.id].sort())
    expect(
      await changeAudience(payload, { versionRefs: { before: second, after: third } }),
    ).toEqual({ allCustomers: true })
  })
})
