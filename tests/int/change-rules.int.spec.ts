import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Change, Subprocessor } from '@/payload-types'
import { applyAnnouncedNow, applyChange, applyDueChanges } from '@/changes/apply'
import { findPublicChange } from '@/changes/log'
import { readDashboard } from '@/admin/dashboardData'
import {
  announceChange,
  cancelAnnounced,
  categoryId,
  DAY,
  daysFromNow,
  draftSubprocessor,
  localStore,
  scopeOf,
  subprocessorData,
  quiet,
} from '../helpers/factories'
import { createContract } from '../helpers/openapi'
import { describeFieldChange } from '@/changes/fields'
import { noticeSettings } from '@/changes/noticeSettings'
import { noticeChangeOf, noticeMessage } from '@/notices/message'
import { toPublicChangeNotice } from '@/public-api/serialize'
import { rest, seededPayload, tokenFor } from '../helpers/payload'
import { readMail, waitForMail } from '../helpers/mailpit'

// The rules that make a change notice proof: what was announced cannot be rewritten by anyone,
// only the server writes the record of an announcement, the notice rules are the admins', and a
// change that cannot take effect is marked failed without holding up the others.

let payload: Payload
let category: string
let scopeId: string
let scopeName: string
const tokens = { editor: '', admin: '' }
const store = () => localStore(payload)
const run = Date.now().toString(36)

beforeAll(async () => {
  payload = await seededPayload()
  category = await categoryId(store())
  const scope = await scopeOf(store(), `Rules Region ${Date.now().toString(36)}`)
  scopeId = scope.id
  scopeName = scope.name
  tokens.admin = await tokenFor('admin', 'rules-admin@tests.invalid')
  tokens.editor = await tokenFor('editor', 'rules-editor@tests.invalid')
  await payload.updateGlobal({
    slug: 'trust-center',
    data: { requireNotice: true, noticePeriodDays: 30 },
    ...quiet,
  })
})

afterAll(async () => {
  // Leave nothing queued for other files: cancel what is still announced (its queued notice then
  // sends nothing), and send the notices of the changes that took effect or failed here now.
  const { docs } = await payload.find({
    collection: 'changes',
    where: { title: { contains: run } },
    pagination: false,
    depth: 0,
  })
  await cancelAnnounced(
    store(),
    docs.map((change) => change.id),
  )
  await payload.jobs.run()
  await payload.updateGlobal({ slug: 'trust-center', data: { requireNotice: false }, ...quiet })
})

/** Live already: written by the Local API as the seed does, past the notice rule. */
const liveSubprocessor = (name: string) =>
  payload.create({
    collection: 'subprocessors',
    data: subprocessorData(name, category, { _status: 'published' }) as never,
    context: { ...quiet.context, seeding: true },
  })

const graphql = (token: string, query: string, variables: Record<string, unknown>) =>
  rest('POST', '/api/graphql', { token, body: { query, variables } })

const UPDATE_CHANGE = `mutation ($id: String!, $data: mutationChangeUpdateInput!) {
  updateChange(id: $id, data: $data) { id }
}`

/** What every attack below must leave exactly as it was. */
const recordOf = (change: Change) =>
  JSON.stringify({
    ...change,
    updatedAt: undefined,
    deliveries: undefined,
    objections: undefined,
  })

/** A refusal names the field: in a ValidationError's paths, or in its message. */
const namedFields = (body: unknown) => JSON.stringify(body)

describe('an announced change', () => {
  let change: Change
  let other: Subprocessor

  beforeAll(async () => {
    const draft = await draftSubprocessor(store(), `Frozen Vendor ${run}`, { category })
    other = await liveSubprocessor(`Other Vendor ${run}`)
    change = await announceChange(store(), { subprocessor: draft.id })
    change = await payload.findByID({ collection: 'changes', id: change.id, depth: 0 })
  })

  const attacks: Record<string, () => unknown> = {
    title: () => 'Rewritten title',
    slug: () => `rewritten-${run}`,
    announcedAt: () => '2020-01-01T00:00:00.000Z',
    noticePeriodDays: () => 90,
    fieldChanges: () => [],
    fieldChangesText: () => 'Nothing changes',
    versionRefs: () => ({ after: '0123456789abcdef01234567' }),
    appliedAt: () => new Date().toISOString(),
    failedAt: () => new Date().toISOString(),
    failureReason: () => 'made up',
    kind: () => 'removal',
    subprocessor: () => other.id,
    replaces: () => other.id,
    reason: () => 'A different reason',
    effectiveDate: () => daysFromNow(90),
    urgentReason: () => 'Suddenly urgent',
    status: () => 'effective',
  }

  for (const role of ['editor', 'admin'] as const) {
    it(`refuses every field to an ${role} over REST, naming the field`, async () => {
      for (const [field, value] of Object.entries(attacks)) {
        const response = await rest('PATCH', `/api/changes/${change.id}`, {
          token: tokens[role],
          body: { [field]: value() },
        })
        expect([400, 403], `${field}: ${JSON.stringify(response.body)}`).toContain(response.status)
        expect(namedFields(response.body), field).toContain(field)
      }
      const after = await payload.findByID({ collection: 'changes', id: change.id, depth: 0 })
      expect(recordOf(after)).toBe(recordOf(change))
    })

    it(`refuses every field to an ${role} over GraphQL`, async () => {
      for (const [field, value] of Object.entries(attacks)) {
        const response = await graphql(tokens[role], UPDATE_CHANGE, {
          id: change.id,
          data: { [field]: value() },
        })
        const errors = response.body?.errors ?? []
        expect(errors.length, `${field}: ${JSON.stringify(response.body)}`).toBeGreaterThan(0)
        expect(JSON.stringify(errors), field).toContain(field)
        expect(response.body?.data?.updateChange ?? null, field).toBeNull()
      }
      const after = await payload.findByID({ collection: 'changes', id: change.id, depth: 0 })
      expect(recordOf(after)).toBe(recordOf(change))
    })
  }

  it('says why in the language of a staff member who chose German, and in English to everyone else', async () => {
    const edit = (headers?: Record<string, string>) =>
      rest('PATCH', `/api/changes/${change.id}`, {
        token: tokens.editor,
        body: { reason: 'A different reason' },
        headers,
      })
    // the admin sends the language a staff member chose as Payload's language cookie
    const messageFor = (body: { errors?: Array<{ data?: { errors?: unknown[] } }> }) =>
      body.errors?.flatMap((error) => error.data?.errors ?? [])
    const german = await edit({ cookie: 'payload-lng=de' })
    expect(german.status).toBe(400)
    expect(messageFor(german.body)).toContainEqual(
      expect.objectContaining({
        path: 'reason',
        message:
          '„Warum“ kann nicht bearbeitet werden: Diese Änderung wurde angekündigt. Ziehen Sie sie zurück und kündigen Sie stattdessen eine neue an.',
      }),
    )
    const english = await edit()
    expect(english.status).toBe(400)
    expect(messageFor(english.body)).toContainEqual(
      expect.objectContaining({
        path: 'reason',
        message:
          '"Why" cannot be edited: this change has been announced. Cancel it and announce a new one instead.',
      }),
    )
  })

  it('can still be cancelled before its effective date, and then nothing changes', async () => {
    const draft = await draftSubprocessor(store(), `Cancelled Vendor ${run}`, { category })
    const target = await announceChange(store(), { subprocessor: draft.id })
    // over GraphQL, with the mutation the attacks above use
    const cancel = await graphql(tokens.editor, UPDATE_CHANGE, {
      id: target.id,
      data: { status: 'cancelled' },
    })
    expect(cancel.body.errors).toBeUndefined()
    expect(cancel.body.data.updateChange.id).toBe(target.id)
    expect((await payload.findByID({ collection: 'changes', id: target.id })).status).toBe(
      'cancelled',
    )
    const reopen = await rest('PATCH', `/api/changes/${target.id}`, {
      token: tokens.admin,
      body: { status: 'announced' },
    })
    expect(reopen.status).toBe(400)
  })

  it('cannot be cancelled once its effective date has come', async () => {
    const draft = await draftSubprocessor(store(), `Due Vendor ${run}`, { category })
    const target = await announceChange(store(), { subprocessor: draft.id })
    // The job has not run yet: the date has passed but the change is still "announced".
    await payload.db.updateOne({
      collection: 'changes',
      where: { id: { equals: target.id } },
      data: { effectiveDate: new Date(Date.now() - 60_000).toISOString() },
    })
    const cancel = await rest('PATCH', `/api/changes/${target.id}`, {
      token: tokens.admin,
      body: { status: 'cancelled' },
    })
    expect(cancel.status).toBe(400)
    expect(JSON.stringify(cancel.body)).toContain('can no longer be cancelled')
  })
})

describe('fields only the trust center writes', () => {
  it('cannot be set when a change notice is created', async () => {
    const draft = await draftSubprocessor(store(), `Created Vendor ${run}`, { category })
    for (const [field, value] of Object.entries({
      announcedAt: '2020-01-01T00:00:00.000Z',
      versionRefs: { after: '0123456789abcdef01234567' },
      noticePeriodDays: 5,
      slug: `chosen-${run}`,
    })) {
      const response = await rest('POST', '/api/changes', {
        token: tokens.admin,
        body: {
          kind: 'addition',
          subprocessor: draft.id,
          reason: 'A reason',
          effectiveDate: daysFromNow(40),
          [field]: value,
        },
      })
      expect(response.status, field).toBe(400)
      expect(JSON.stringify(response.body), field).toContain(field)
    }
  })
})

describe('the notice settings', () => {
  it('only admins change the notice period and the notice rule; every save is a version', async () => {
    for (const data of [{ requireNotice: false }, { noticePeriodDays: 1 }]) {
      const response = await rest('POST', '/api/globals/trust-center', {
        token: tokens.editor,
        body: data,
      })
      expect(response.status).toBe(403)
      expect(JSON.stringify(response.body)).toContain('Only an administrator can change')
    }
    const settings = await payload.findGlobal({ slug: 'trust-center', depth: 0 })
    expect(settings).toMatchObject({ requireNotice: true, noticePeriodDays: 30 })

    // An editor still edits the rest, and sending the rules unchanged (as the admin form does) passes.
    const editorSave = await rest('POST', '/api/globals/trust-center', {
      token: tokens.editor,
      body: { introduction: `Edited ${run}`, requireNotice: true, noticePeriodDays: 30 },
    })
    expect(editorSave.status).toBe(200)

    const before = (await payload.findGlobalVersions({ slug: 'trust-center', limit: 0 })).totalDocs
    const adminSave = await rest('POST', '/api/globals/trust-center', {
      token: tokens.admin,
      body: { noticePeriodDays: 45 },
    })
    expect(adminSave.status).toBe(200)
    expect(adminSave.body.result.noticePeriodDays).toBe(45)
    const versions = await payload.findGlobalVersions({
      slug: 'trust-center',
      sort: '-updatedAt',
      limit: 1,
    })
    expect(versions.totalDocs).toBe(before + 1)
    expect(versions.docs[0].version.noticePeriodDays).toBe(45)
    await payload.updateGlobal({ slug: 'trust-center', data: { noticePeriodDays: 30 }, ...quiet })
  })
})

describe('material fields', () => {
  it.each([
    ['legalEntity', () => 'Another Company Ltd'],
    ['purpose', () => 'Something else entirely'],
    ['dataSubjects', () => ['Job applicants']],
    ['specialCategories', () => ({ processed: 'yes', which: ['Health data'] })],
    ['transferMechanisms', () => [{ mechanism: 'eu-sccs', sccModule: '3' }]],
    ['scopes', () => [scopeId]],
  ])('a change to %s is published only through a change notice', async (field, value) => {
    const live = await liveSubprocessor(`Material ${field} ${run}`)
    const response = await rest('PATCH', `/api/subprocessors/${live.id}`, {
      token: tokens.editor,
      body: { [field]: value(), _status: 'published' },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain(field)
    const draftSave = await rest('PATCH', `/api/subprocessors/${live.id}?draft=true`, {
      token: tokens.editor,
      body: { [field]: value(), _status: 'draft' },
    })
    expect(draftSave.status).toBe(200)
  })

  it('tells a staff member who chose German in German', async () => {
    const live = await liveSubprocessor(`Material German ${run}`)
    const response = await rest('PATCH', `/api/subprocessors/${live.id}`, {
      token: tokens.editor,
      body: { purpose: 'Etwas ganz anderes', _status: 'published' },
      headers: { cookie: 'payload-lng=de' },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain(
      'Dies ändert etwas, dem die Kunden zugestimmt haben. Speichern Sie es als Entwurf',
    )
  })

  it('counts safeguards sent in the old shape as the transfer mechanisms they are', async () => {
    const live = await liveSubprocessor(`Material safeguards ${run}`)
    const response = await rest('PATCH', `/api/subprocessors/${live.id}`, {
      token: tokens.editor,
      body: { transferSafeguards: ['eu-sccs'], _status: 'published' },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('transferMechanisms')
  })

  it('announces a change of the new fields with their values in words, for the notice, the API and the feeds', async () => {
    const live = await liveSubprocessor(`Material words ${run}`)
    await payload.update({
      collection: 'subprocessors',
      id: live.id,
      data: {
        transferMechanisms: [
          { mechanism: 'eu-sccs', sccModule: '3', note: 'Signed 2024' },
          { mechanism: 'uk-addendum' },
        ],
        scopes: [scopeId],
        specialCategories: { processed: 'no' },
        dataSubjects: ['Job applicants'],
        contact: { name: 'Jane Doe', email: 'privacy@vendor.example' },
      } as never,
      draft: true,
      ...quiet,
    })
    const change = await announceChange(store(), {
      kind: 'material-edit',
      subprocessor: live.id,
    })
    const notice = await findPublicChange(payload, change.slug)
    const byField = new Map(notice!.fieldChanges.map((c) => [c.field, c]))
    expect(byField.get('transferMechanisms')).toMatchObject({
      label: 'Transfer mechanisms',
      before: null,
      after: [
        'EU Standard Contractual Clauses (2021) – Module 3 (processor to processor) – Signed 2024',
        'UK Addendum to the EU Standard Contractual Clauses',
      ],
    })
    expect(byField.get('scopes')).toMatchObject({ before: null, after: [scopeName] })
    expect(byField.get('specialCategories')).toMatchObject({ before: null, after: 'No' })
    expect(byField.get('contact')).toMatchObject({
      after: ['Jane Doe', 'privacy@vendor.example'],
    })
    expect(createContract().checkSchema('Change', toPublicChangeNotice(notice!))).toEqual([])
    // the notice's words, as emails and feeds write them
    const lines = notice!.fieldChanges.map(describeFieldChange)
    expect(lines).toContain(`Material words ${run}, Applies to: All customers → ${scopeName}`)
    const { text, html } = noticeMessage(
      noticeChangeOf({ ...change, fieldChanges: notice!.fieldChanges }),
      await noticeSettings(payload),
      live.name,
      { objectToken: 'o', unsubscribeToken: 'u' },
    )
    expect(text).toContain('Transfer mechanisms: (none) → EU Standard Contractual Clauses (2021)')
    expect(html).toContain('<td>All customers</td>')
    // on its date, exactly the announced values go live (this change only: others stay announced)
    await applyChange(payload, await payload.findByID({ collection: 'changes', id: change.id }))
    const applied = await payload.findByID({ collection: 'subprocessors', id: live.id, depth: 0 })
    expect(applied.scopes).toEqual([scopeId])
    expect(applied.transferMechanisms?.map((row) => row.mechanism)).toEqual([
      'eu-sccs',
      'uk-addendum',
    ])
  })

  it('other fields publish directly', async () => {
    const live = await liveSubprocessor(`Notes vendor ${run}`)
    const response = await rest('PATCH', `/api/subprocessors/${live.id}`, {
      token: tokens.editor,
      body: { notes: 'A clarification', _status: 'published' },
    })
    expect(response.status).toBe(200)
  })
})

describe('announcing and applying', () => {
  it('refuses to announce a saved draft that could not be published, with its field errors', async () => {
    const draft = await draftSubprocessor(store(), `Incomplete Vendor ${run}`, {
      category,
      purpose: '',
      dataProcessed: [],
    })
    const response = await rest('POST', '/api/changes', {
      token: tokens.editor,
      body: {
        kind: 'addition',
        subprocessor: draft.id,
        reason: 'A reason',
        effectiveDate: daysFromNow(31),
        status: 'announced',
      },
    })
    expect(response.status).toBe(400)
    const text = JSON.stringify(response.body)
    expect(text).toContain('cannot be published')
    expect(text).toContain('Purpose')
  })

  it('marks a change that cannot take effect failed, emails admins, and applies the others', async () => {
    const broken = await draftSubprocessor(store(), `Broken Vendor ${run}`, { category })
    const fine = await draftSubprocessor(store(), `Fine Vendor ${run}`, { category })
    // announced in this order, the broken one due first
    const brokenChange = await announceChange(store(), {
      subprocessor: broken.id,
      effectiveDate: daysFromNow(31),
    })
    const fineChange = await announceChange(store(), {
      subprocessor: fine.id,
      effectiveDate: daysFromNow(31.5),
    })
    // The announced version is damaged in the database after the announcement.
    const versionId = String(brokenChange.versionRefs?.after)
    await payload.db.updateVersion({
      collection: 'subprocessors',
      id: versionId,
      versionData: { version: { ...(await versionData(versionId)), purpose: null } } as never,
    })

    const applied = await applyDueChanges(payload, new Date(Date.now() + 32 * DAY))
    expect(applied).toContain(fineChange.id)
    expect(applied).not.toContain(brokenChange.id)

    const failed = await payload.findByID({ collection: 'changes', id: brokenChange.id })
    expect(failed.status).toBe('failed')
    expect(failed.failureReason).toContain('Purpose')
    expect(failed.failedAt).toBeTruthy()
    const fineNow = await payload.findByID({ collection: 'changes', id: fineChange.id })
    expect(fineNow.status).toBe('effective')
    const brokenNow = await payload.db.findOne<Subprocessor>({
      collection: 'subprocessors',
      where: { id: { equals: broken.id } },
    })
    expect(brokenNow?._status).toBe('draft')

    const mails = await waitForMail('rules-admin@tests.invalid')
    const mail = mails.find((m) => m.Subject.includes(`Broken Vendor ${run}`))!
    expect(mail.Subject).toContain('could not take effect')
    expect((await readMail(mail.ID)).Text).toContain('Purpose')

    // The dashboard puts it first, for every member of staff.
    const editor = (
      await payload.find({
        collection: 'users',
        where: { email: { equals: 'rules-editor@tests.invalid' } },
      })
    ).docs[0]
    const { stuck } = await readDashboard(payload, editor, '/admin')
    expect(stuck.map((c) => c.link.href)).toContain(`/admin/collections/changes/${brokenChange.id}`)

    // The public still sees it as announced: customers were told, and it is still to come.
    expect((await findPublicChange(payload, brokenChange.slug))?.status).toBe('announced')

    // Fixed, an admin retries it (an editor may not), and it takes effect on the next run.
    await payload.db.updateVersion({
      collection: 'subprocessors',
      id: versionId,
      versionData: {
        version: { ...(await versionData(versionId)), purpose: { en: 'Repaired' } },
      } as never,
    })
    const editorRetry = await rest('PATCH', `/api/changes/${brokenChange.id}`, {
      token: tokens.editor,
      body: { status: 'announced' },
    })
    expect(editorRetry.status).toBe(403)
    const adminRetry = await rest('PATCH', `/api/changes/${brokenChange.id}`, {
      token: tokens.admin,
      body: { status: 'announced' },
    })
    expect(adminRetry.status).toBe(200)
    expect(adminRetry.body.doc.failureReason ?? null).toBeNull()
    expect(await applyDueChanges(payload, new Date(Date.now() + 32 * DAY))).toContain(
      brokenChange.id,
    )
  })

  it('answers an urgent announcement only once its change is in effect, whoever applies it', async () => {
    const vendor = await draftSubprocessor(store(), `Raced Vendor ${run}`, { category })
    const change = await announceChange(store(), { subprocessor: vendor.id })
    // The announcement's hook and a run of the jobs queue reach for the same due change: one
    // applies it, the other must not answer before that is done (its caller reads the list next).
    const due = new Date(Date.now() + 32 * DAY)
    const outcomes = await Promise.all(
      [0, 1].map(async () => {
        const applied = await applyAnnouncedNow(payload, change, due)
        const { status } = await payload.findByID({ collection: 'changes', id: change.id })
        const { _status } = await payload.findByID({ collection: 'subprocessors', id: vendor.id })
        return { applied, status, _status }
      }),
    )
    const inEffect = { applied: true, status: 'effective', _status: 'published' }
    expect(outcomes).toEqual([inEffect, inEffect])
  })
})

describe('a change record rewritten in the database', () => {
  it('is not applied: it no longer matches its announcement in the evidence ledger', async () => {
    const announcedDraft = await draftSubprocessor(store(), `Announced Vendor ${run}`, { category })
    const otherDraft = await draftSubprocessor(store(), `Unannounced content ${run}`, { category })
    const change = await announceChange(store(), {
      subprocessor: announcedDraft.id,
      effectiveDate: daysFromNow(31),
    })
    const { docs } = await payload.findVersions({
      collection: 'subprocessors',
      where: { parent: { equals: otherDraft.id } },
      limit: 1,
    })
    // Someone with database access points the change at content nobody announced.
    await payload.db.updateOne({
      collection: 'changes',
      where: { id: { equals: change.id } },
      data: { versionRefs: { ...change.versionRefs, after: String(docs[0].id) } },
    })

    const applied = await applyDueChanges(payload, new Date(Date.now() + 32 * DAY))
    expect(applied).not.toContain(change.id)
    const failed = await payload.findByID({ collection: 'changes', id: change.id })
    expect(failed.status).toBe('failed')
    expect(failed.failureReason).toContain('no longer matches what was announced')
    expect(failed.failureReason).toContain('version that takes effect')
    const live = await payload.db.findOne<Subprocessor>({
      collection: 'subprocessors',
      where: { id: { equals: announcedDraft.id } },
    })
    expect(live?._status).toBe('draft')
    const { docs: entries } = await payload.find({
      collection: 'evidence-ledger',
      where: { change: { equals: change.id } },
      sort: 'sequence',
      depth: 0,
    })
    expect(entries.map((entry) => entry.type)).toEqual(['change.announced', 'change.failed'])
  })
})

/** A version as the database holds it: translated fields per language (written back raw). */
async function versionData(id: string) {
  const { docs } = await payload.db.findVersions<Subprocessor>({
    collection: 'subprocessors',
    where: { id: { equals: id } },
    limit: 1,
  })
  return docs[0].version
}
