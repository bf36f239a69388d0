import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { clearInbox, linkIn, readMail, waitForMail, type MailSummary } from '../helpers/mailpit'
import { quiet, rest, seededPayload, tokenFor } from '../helpers/payload'

// The admin's announce preview (POST /api/changes/announce-preview): who gets the email, the
// email itself, and the effective date against the notice period, before anything is announced.

const DAY = 86_400_000
let payload: Payload
let editor: string

const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString()
const confirmedCount = async () =>
  (await payload.count({ collection: 'subscribers', where: { status: { equals: 'confirmed' } } }))
    .totalDocs

async function confirmedSubscriber(email: string) {
  const data = { email, status: 'confirmed' as const, linkNonce: `nonce-${email}` }
  return payload.create({
    collection: 'subscribers',
    data: { ...data, confirmedAt: inDays(0) },
    ...quiet,
  })
}

async function draftSubprocessor(name: string) {
  const category = (await payload.find({ collection: 'categories', limit: 1 })).docs[0]
  const data = {
    name,
    category: category.id,
    purpose: 'Session replay',
    dataProcessed: ['Usage events'],
    locations: ['Germany'],
    _status: 'draft' as const,
  }
  return payload.create({ collection: 'subprocessors', data, draft: true, ...quiet })
}

const previewOf = (body: unknown, token: string | null = editor) =>
  rest('POST', '/api/changes/announce-preview', { token: token ?? undefined, body })

beforeAll(async () => {
  payload = await seededPayload()
  editor = await tokenFor('editor', 'preview-editor@tests.invalid')
  await payload.updateGlobal({
    slug: 'trust-center',
    data: { requireNotice: true, noticePeriodDays: 30 },
    ...quiet,
  })
  await confirmedSubscriber('preview-reader@example.com')
  await clearInbox()
})

afterAll(async () => {
  await payload.updateGlobal({ slug: 'trust-center', data: { requireNotice: false }, ...quiet })
})

describe('announce preview', () => {
  it('counts the confirmed subscribers who will be emailed', async () => {
    const replay = await draftSubprocessor('Replay Count')
    const body = {
      kind: 'addition',
      subprocessor: replay.id,
      effectiveDate: inDays(31),
      reason: 'x',
    }
    const first = await previewOf(body)
    expect(first.status, JSON.stringify(first.body)).toBe(200)
    expect(first.body.subscribers).toBe(await confirmedCount())
    expect(first.body.subscribers).toBeGreaterThan(0)

    await confirmedSubscriber('preview-second@example.com')
    await payload.create({
      collection: 'subscribers',
      data: { email: 'preview-pending@example.com', status: 'pending' },
      ...quiet,
    })
    expect((await previewOf(body)).body.subscribers).toBe(first.body.subscribers + 1)
  })

  it('shows the effective date against the notice period, and what stops the announcement', async () => {
    const soon = await draftSubprocessor('Replay Soon')
    const short = await previewOf({
      kind: 'addition',
      subprocessor: soon.id,
      effectiveDate: inDays(10),
      reason: 'We need it.',
    })
    expect(short.status).toBe(200)
    expect(short.body).toMatchObject({
      canAnnounce: false,
      meetsNoticePeriod: false,
      noticePeriodDays: 30,
      daysOfNotice: 9,
      email: null,
    })
    expect(short.body.problems).toEqual([
      { field: 'effectiveDate', message: expect.stringMatching(/30 days' notice/) },
    ])
    expect(Date.parse(short.body.earliestDate)).toBeGreaterThan(Date.now() + 29 * DAY)

    const urgent = await previewOf({
      kind: 'addition',
      subprocessor: soon.id,
      effectiveDate: inDays(10),
      reason: 'We need it.',
      urgentReason: 'Our current vendor shuts down.',
    })
    expect(urgent.body).toMatchObject({ canAnnounce: true, meetsNoticePeriod: false })
    expect(urgent.body.email.text).toContain(
      'Why the notice is shorter than usual: Our current vendor shuts down.',
    )

    // nothing was announced or recorded by previewing
    const { totalDocs } = await payload.count({
      collection: 'changes',
      where: { subprocessor: { equals: soon.id } },
    })
    expect(totalDocs).toBe(0)
  })

  it('previews the email exactly as the sender sends it', async () => {
    const vendor = await draftSubprocessor('Replay Exact')
    const change = {
      kind: 'addition',
      subprocessor: vendor.id,
      effectiveDate: inDays(35),
      reason: 'We need session replay to fix bugs faster.',
    }
    const draft = await rest('POST', '/api/changes', { token: editor, body: change })
    expect(draft.status, JSON.stringify(draft.body)).toBe(201)
    const preview = await previewOf({ id: draft.body.doc.id })
    expect(preview.status, JSON.stringify(preview.body)).toBe(200)
    expect(preview.body.canAnnounce).toBe(true)
    const { subject, text } = preview.body.email
    expect(subject).toMatch(/^Subprocessor change at Clicki Referrals: we will start using Replay/)

    const announced = await rest('PATCH', `/api/changes/${draft.body.doc.id}`, {
      token: editor,
      body: { status: 'announced' },
    })
    expect(announced.status, JSON.stringify(announced.body)).toBe(200)
    await payload.jobs.run()
    // (another file's change may have been queued too: this change's notice is the one by subject)
    let summary: MailSummary | undefined
    for (let tries = 0; !summary && tries < 50; tries++) {
      summary = (await waitForMail('preview-reader@example.com')).find((m) => m.Subject === subject)
      if (!summary) await new Promise((resolve) => setTimeout(resolve, 100))
    }
    const sent = await readMail(summary!.ID)
    expect(sent.Subject).toBe(subject)

    // each subscriber's links carry their own signed code; everything else is the preview
    const code = preview.body.personalCode
    const personal = (path: string) => linkIn(sent.Text, path)
    const generic = (link: string) => link.replace(/token=[^&\s]+/, `token=${code}`)
    const objectLink = personal('/object?token=')
    const unsubscribeLink = personal('/notices/unsubscribe?token=')
    expect(objectLink).not.toContain(code)
    const received = sent.Text.replace(/\r\n/g, '\n')
      .replace(objectLink, generic(objectLink))
      .replace(unsubscribeLink, generic(unsubscribeLink))
      .trimEnd()
    expect(received).toBe(text.trimEnd())
  })

  it('refuses anyone but staff', async () => {
    const vendor = await draftSubprocessor('Replay Private')
    const body = {
      kind: 'addition',
      subprocessor: vendor.id,
      effectiveDate: inDays(40),
      reason: 'x',
    }
    const anonymous = await previewOf(body, null)
    expect(anonymous.status).toBe(401)
    expect(anonymous.body.subscribers).toBeUndefined()
    expect((await previewOf(body, 'not-a-token')).status).toBe(401)
  })

  it('answers bad input with 400 and a message saying what to send', async () => {
    const vendor = await draftSubprocessor('Replay Input')
    const good = {
      kind: 'addition',
      subprocessor: vendor.id,
      effectiveDate: inDays(40),
      reason: 'x',
    }
    const cases: Array<[unknown, RegExp]> = [
      [[], /JSON object/],
      [{ ...good, kind: 'rename' }, /Choose what is changing/],
      [{ ...good, subprocessor: undefined }, /Choose the subprocessor/],
      [{ ...good, subprocessor: { $ne: null } }, /id of a subprocessor/],
      [{ ...good, subprocessor: '0123456789abcdef01234567' }, /no subprocessor with this id/],
      [{ ...good, effectiveDate: 'next tuesday' }, /Choose the date/],
      [{ ...good, reason: ' ' }, /Write why/],
      [{ id: '0123456789abcdef01234567' }, /no change notice with this id/],
    ]
    for (const [body, message] of cases) {
      const response = await previewOf(body)
      expect(response.status, JSON.stringify(body)).toBe(400)
      expect(response.body.message).toMatch(message)
    }
    const raw = await rest('POST', '/api/changes/announce-preview', {
      token: editor,
      rawBody: '{not json',
      headers: { 'content-type': 'application/json' },
    })
    expect(raw.status).toBe(400)
  })
})
