import { PDFDocument } from 'pdf-lib'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { handleDownload } from '@/document-access/download'
import {
  handleAccept,
  handleAccessRequest,
  handleNewLink,
  handleSignIn,
  handleSignOut,
} from '@/document-access/http'
import type { AccessRequest, Document } from '@/payload-types'
import {
  createDocument,
  pageTexts,
  pdfBytes,
  setDocumentAccess,
  uploadFile,
} from '../helpers/documents'
import { inbox, linkIn, readMail, waitForMail } from '../helpers/mailpit'
import { rest, seededPayload, tokenFor } from '../helpers/payload'
import { newClient } from '../helpers/subscriptions'

// Requesting a confidential document, end to end through the route handlers, against the real
// database and Mailpit: request → confirmation email → NDA → (approval) → sign-in → download.

let payload: Payload
let ndaDocument: Document
let approvalDocument: Document
let publicDocument: Document
let adminToken: string

const json = (
  handler: (r: Request) => Promise<Response>,
  body: Record<string, string>,
  cookie?: string,
) =>
  handler(
    new Request('http://localhost/access/x', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        'x-forwarded-for': newClient(),
        'user-agent': 'document-access test',
        ...(cookie && { cookie }),
      },
      body: JSON.stringify(body),
    }),
  )

const download = (document: Document, cookie?: string, accept = 'application/pdf') =>
  handleDownload(
    new Request(`http://localhost/documents/${document.slug}/download`, {
      headers: { accept, ...(cookie && { cookie }), 'x-forwarded-for': newClient() },
    }),
    document.slug!,
  )

const cookieOf = (response: Response) => response.headers.get('set-cookie')!.split(';')[0]
const email = (name: string) => `${name}.${Date.now()}@customer.test`
const requestOf = async (address: string) =>
  (
    await payload.find({
      collection: 'access-requests',
      where: { email: { equals: address } },
      sort: '-createdAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0] as AccessRequest

async function requestAndConfirmLink(document: Document, address: string) {
  const response = await json(handleAccessRequest, {
    document: document.slug!,
    name: 'Ada Reviewer',
    email: address,
    company: 'Customer Ltd',
    reason: 'Vendor security review',
  })
  expect(response.status, await response.clone().text()).toBe(202)
  const [mail] = await waitForMail(address)
  expect(mail.Subject).toContain(document.title)
  return new URL(linkIn((await readMail(mail.ID)).Text, '/access/confirm?token=')).searchParams.get(
    'token',
  )!
}

const currentVersion = async () =>
  (
    await payload.findGlobalVersions({
      slug: 'document-access',
      sort: '-updatedAt',
      limit: 1,
      overrideAccess: true,
    })
  ).docs[0].id

beforeAll(async () => {
  payload = await seededPayload()
  adminToken = await tokenFor('admin', 'second-admin@tests.invalid')
  await setDocumentAccess(payload, {
    ndaText: 'The recipient keeps the documents confidential.',
    autoApproveDomains: '',
    refusedDomains: 'refused.test',
    refuseFreeMail: false,
    grantDays: 30,
  })
  ndaDocument = await createDocument(payload, { title: 'Penetration test summary 2026' })
  approvalDocument = await createDocument(payload, {
    title: 'SOC 2 Type II report',
    accessLevel: 'approval',
  })
  publicDocument = await createDocument(payload, {
    title: 'Security whitepaper',
    accessLevel: 'public',
  })
})

afterAll(async () => {
  // unpublish the fixtures: other test files read the document library
  for (const document of [ndaDocument, approvalDocument, publicDocument])
    await payload.update({
      collection: 'documents',
      id: document.id,
      data: { _status: 'draft' },
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
})

describe('requesting an NDA document', () => {
  it('grants at once after the email is confirmed and the NDA accepted, and stamps the download', async () => {
    const address = email('ada')
    const token = await requestAndConfirmLink(ndaDocument, address)
    expect((await requestOf(address)).status).toBe('unconfirmed')

    // not without ticking the box, nor for an NDA version the page did not show
    expect(
      (await json(handleAccept, { token, ndaVersion: String(await currentVersion()) })).status,
    ).toBe(400)
    const stale = await json(handleAccept, { token, accept: 'yes', ndaVersion: 'an-old-version' })
    expect(stale.status).toBe(409)
    expect((await stale.json()).message).toMatch(/NDA changed/)

    const accepted = await json(handleAccept, {
      token,
      accept: 'yes',
      ndaVersion: String(await currentVersion()),
    })
    expect(accepted.status, await accepted.clone().text()).toBe(200)
    const cookie = cookieOf(accepted)
    expect(accepted.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Lax/)

    const request = await requestOf(address)
    expect(request).toMatchObject({
      status: 'granted',
      nda: { version: String(await currentVersion()) },
    })
    expect(request.nda?.hash).toMatch(/^[0-9a-f]{64}$/)
    expect(request.nda?.userAgent).toBe('document-access test')
    expect(request.emailConfirmedAt).toBeTruthy()

    // the link is spent
    const replay = await json(handleAccept, {
      token,
      accept: 'yes',
      ndaVersion: String(await currentVersion()),
    })
    expect(replay.status).toBe(410)

    // the grant's email has a sign-in link for other browsers
    const mails = await waitForMail(address, 2)
    expect(mails.map((mail) => mail.Subject)).toContain(`Your access to "${ndaDocument.title}"`)

    const response = await download(ndaDocument, cookie)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expect(response.headers.get('cache-control')).toContain('no-store')
    const stamped = new Uint8Array(await response.arrayBuffer())
    const texts = await pageTexts(stamped)
    expect(texts).toHaveLength(2)
    for (const text of texts) expect(text).toContain(`Ada Reviewer <${address}>`)
    expect((await PDFDocument.load(stamped)).getSubject()).toContain(address)

    const log = await payload.find({
      collection: 'document-downloads',
      where: { email: { equals: address } },
      overrideAccess: true,
    })
    expect(log.docs).toHaveLength(1)
    expect(log.docs[0]).toMatchObject({ version: '1.0', company: 'Customer Ltd' })

    const ledger = await payload.find({
      collection: 'evidence-ledger',
      where: {
        type: { in: ['document.nda-accepted', 'document.access-granted', 'document.downloaded'] },
      },
      sort: '-sequence',
      limit: 3,
      overrideAccess: true,
    })
    expect(ledger.docs.map((entry) => entry.type).sort()).toEqual([
      'document.access-granted',
      'document.downloaded',
      'document.nda-accepted',
    ])
  })

  it('refuses a download without a session, or after the grant is revoked or has expired', async () => {
    const anonymous = await download(ndaDocument, undefined, 'text/html')
    expect(anonymous.status).toBe(403)
    const page = await anonymous.text()
    expect(page).toContain(`/documents/${ndaDocument.slug}/request`)
    expect(page).toMatch(/Request access/)
    const api = await download(ndaDocument)
    expect(api.status).toBe(403)
    expect(await api.json()).toMatchObject({
      requestAccess: `/documents/${ndaDocument.slug}/request`,
    })
    expect((await download(ndaDocument, 'tc_visitor=' + 'x'.repeat(43))).status).toBe(403)

    const address = email('grace')
    const token = await requestAndConfirmLink(ndaDocument, address)
    const accepted = await json(handleAccept, {
      token,
      accept: 'yes',
      ndaVersion: String(await currentVersion()),
    })
    const cookie = cookieOf(accepted)
    expect((await download(ndaDocument, cookie)).status).toBe(200)
    // a grant for one document opens no other
    expect((await download(approvalDocument, cookie)).status).toBe(403)

    const grant = (await requestOf(address)).grant as string
    const revoked = await rest('PATCH', `/api/access-grants/${grant}`, {
      token: adminToken,
      body: { revoked: true, revokeReason: 'Contract ended' },
    })
    expect(revoked.status, JSON.stringify(revoked.body)).toBe(200)
    expect(revoked.body.doc).toMatchObject({ revoked: true })
    expect(revoked.body.doc.revokedAt).toBeTruthy()
    const refused = await download(ndaDocument, cookie)
    expect(refused.status).toBe(403)
    expect((await refused.json()).detail).toMatch(/expired, or was revoked/)
    // revoking is final
    const undo = await rest('PATCH', `/api/access-grants/${grant}`, {
      token: adminToken,
      body: { revoked: false },
    })
    expect(undo.status).toBe(400)

    // an expired grant: the same refusal
    const other = email('linus')
    const second = await json(handleAccept, {
      token: await requestAndConfirmLink(ndaDocument, other),
      accept: 'yes',
      ndaVersion: String(await currentVersion()),
    })
    await payload.update({
      collection: 'access-grants',
      id: (await requestOf(other)).grant as string,
      data: { expiresAt: new Date(Date.now() - 1000).toISOString() },
      overrideAccess: true,
    })
    expect((await download(ndaDocument, cookieOf(second))).status).toBe(403)
  })

  it('signs in again with a one-time emailed link, and signs out', async () => {
    const address = email('katherine')
    await json(handleAccept, {
      token: await requestAndConfirmLink(ndaDocument, address),
      accept: 'yes',
      ndaVersion: String(await currentVersion()),
    })
    const asked = await json(handleNewLink, { email: address })
    expect(asked.status).toBe(202)
    // an address without access gets the same answer, and no email
    expect((await json(handleNewLink, { email: email('stranger') })).status).toBe(202)
    const mails = await waitForMail(address, 3)
    const mail = mails.find((m) => m.Subject.startsWith('Sign in'))!
    const token = new URL(
      linkIn((await readMail(mail.ID)).Text, '/access/sign-in?token='),
    ).searchParams.get('token')!
    const signedIn = await json(handleSignIn, { token })
    expect(signedIn.status).toBe(200)
    const cookie = cookieOf(signedIn)
    expect((await download(ndaDocument, cookie)).status).toBe(200)
    expect((await json(handleSignIn, { token })).status).toBe(410)
    expect((await json(handleSignIn, { token: 'nonsense' })).status).toBe(400)

    const out = await json(handleSignOut, {}, cookie)
    expect(out.headers.get('set-cookie')).toMatch(/Max-Age=0/)
    expect((await download(ndaDocument, cookie)).status).toBe(403)
  })
})

describe('requesting an approval document', () => {
  it('waits for staff; an approval emails a sign-in link, a denial says so', async () => {
    const address = email('barbara')
    const accepted = await json(handleAccept, {
      token: await requestAndConfirmLink(approvalDocument, address),
      accept: 'yes',
      ndaVersion: String(await currentVersion()),
    })
    expect(accepted.status).toBe(202)
    expect(accepted.headers.get('set-cookie')).toBeNull()
    const request = await requestOf(address)
    expect(request.status).toBe('awaiting-approval')

    const approved = await rest('PATCH', `/api/access-requests/${request.id}`, {
      token: adminToken,
      body: { decision: 'approve', decisionNote: 'Welcome aboard' },
    })
    expect(approved.status, JSON.stringify(approved.body)).toBe(200)
    const decided = await requestOf(address)
    expect(decided).toMatchObject({ status: 'granted', decision: 'approve' })
    expect(decided.decidedBy).toBeTruthy()
    const mails = await waitForMail(address, 2)
    const granted = mails.find((m) => m.Subject.startsWith('Your access'))!
    const text = (await readMail(granted.ID)).Text
    expect(text).toContain('Welcome aboard')
    const token = new URL(linkIn(text, '/access/sign-in?token=')).searchParams.get('token')!
    const cookie = cookieOf(await json(handleSignIn, { token }))
    expect((await download(approvalDocument, cookie)).status).toBe(200)

    // a decision is final
    const again = await rest('PATCH', `/api/access-requests/${request.id}`, {
      token: adminToken,
      body: { decision: 'deny' },
    })
    expect(again.status).toBe(400)

    const denied = email('dennis')
    await json(handleAccept, {
      token: await requestAndConfirmLink(approvalDocument, denied),
      accept: 'yes',
      ndaVersion: String(await currentVersion()),
    })
    const deniedRequest = await requestOf(denied)
    await rest('PATCH', `/api/access-requests/${deniedRequest.id}`, {
      token: adminToken,
      body: { decision: 'deny', decisionNote: 'Not a customer' },
    })
    expect((await requestOf(denied)).status).toBe('denied')
    const deniedMails = await waitForMail(denied, 2)
    const refusal = deniedMails.find((m) => m.Subject.startsWith('Your request'))!
    expect((await readMail(refusal.ID)).Text).toContain('Not a customer')
    expect(
      (
        await payload.count({
          collection: 'access-grants',
          where: { email: { equals: denied } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(0)
  })

  it('cannot be decided before the visitor has accepted the NDA', async () => {
    const address = email('early')
    await requestAndConfirmLink(approvalDocument, address)
    const request = await requestOf(address)
    const response = await rest('PATCH', `/api/access-requests/${request.id}`, {
      token: adminToken,
      body: { decision: 'approve' },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toMatch(/not yet confirmed/)
  })

  it('approves at once for a domain set to auto-approve, and refuses a refused domain', async () => {
    await setDocumentAccess(payload, { autoApproveDomains: 'partner.test' })
    try {
      const address = `olga.${Date.now()}@eu.partner.test`
      const accepted = await json(handleAccept, {
        token: await requestAndConfirmLink(approvalDocument, address),
        accept: 'yes',
        ndaVersion: String(await currentVersion()),
      })
      expect(accepted.status).toBe(200)
      expect(await requestOf(address)).toMatchObject({ status: 'granted' })
      const grant = await payload.find({
        collection: 'access-grants',
        where: { email: { equals: address } },
        overrideAccess: true,
      })
      expect(grant.docs[0]).toMatchObject({ basis: 'auto-approved' })
    } finally {
      await setDocumentAccess(payload, { autoApproveDomains: '' })
    }
    const refused = await json(handleAccessRequest, {
      document: approvalDocument.slug!,
      name: 'Eve',
      email: 'eve@refused.test',
      company: 'Somewhere',
      reason: 'Curious',
    })
    expect(refused.status).toBe(400)
    expect((await refused.json()).message).toMatch(/work email/)
  })
})

describe('a visitor on the German pages', () => {
  const GERMAN_TITLE = 'Zusammenfassung des Penetrationstests 2026'
  // a plain HTML form, as the German pages send it (their `locale` field)
  const form = (
    handler: (r: Request) => Promise<Response>,
    body: Record<string, string>,
    cookie?: string,
  ) =>
    handler(
      new Request('http://localhost/access/x', {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-forwarded-for': newClient(),
          ...(cookie && { cookie }),
        },
        body: new URLSearchParams({ ...body, locale: 'de' }).toString(),
      }),
    )
  const location = (response: Response) => response.headers.get('location')
  /** The message to `address` whose subject starts so, once it has arrived (bounded). */
  const mailTo = async (address: string, subject: string) => {
    const deadline = Date.now() + 10_000
    for (;;) {
      const mails = await inbox(address)
      const mail = mails.find((m) => m.Subject.startsWith(subject))
      if (mail) return { subject: mail.Subject, ...(await readMail(mail.ID)) }
      if (Date.now() > deadline)
        throw new Error(`no "${subject}…" among ${mails.map((m) => m.Subject).join(' | ')}`)
      await new Promise((r) => setTimeout(r, 100))
    }
  }

  beforeAll(async () => {
    await payload.update({
      collection: 'documents',
      id: ndaDocument.id,
      locale: 'de',
      data: { title: GERMAN_TITLE, _status: 'published' },
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
  })

  it('answers each form on the German page, and writes the emails in German with German links', async () => {
    const address = email('hilde')
    const asked = await form(handleAccessRequest, {
      document: ndaDocument.slug!,
      name: 'Hilde Prüferin',
      email: address,
      company: 'Kunde GmbH',
      reason: 'Sicherheitsprüfung',
    })
    expect(asked.status).toBe(303)
    expect(location(asked)).toBe(`/de/documents/${ndaDocument.slug}/request?status=check-inbox`)
    expect((await requestOf(address)).locale).toBe('de')
    const [mail] = await waitForMail(address)
    expect(mail.Subject).toBe(`Bitte bestätigen Sie Ihre Anfrage für „${GERMAN_TITLE}“`)
    const confirmation = await readMail(mail.ID)
    expect(confirmation.Text).toContain('Jemand, hoffentlich Sie, hat bei')
    const token = new URL(linkIn(confirmation.Text, '/de/access/confirm?token=')).searchParams.get(
      'token',
    )!

    const accepted = await form(handleAccept, {
      token,
      accept: 'yes',
      ndaVersion: String(await currentVersion()),
    })
    expect(accepted.status).toBe(303)
    expect(location(accepted)).toBe('/de/access?status=granted')
    const granted = await mailTo(address, 'Ihr Zugriff auf')
    expect(granted.subject).toBe(`Ihr Zugriff auf „${GERMAN_TITLE}“`)
    const grant = (await requestOf(address)).grant as string
    const { expiresAt } = await payload.findByID({
      collection: 'access-grants',
      id: grant,
      overrideAccess: true,
    })
    // the day as German writes it ("3. Dezember 2026"), read independently of the app's formatter
    const day = new Intl.DateTimeFormat('de', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(expiresAt))
    expect(granted.Text).toContain(`bis zum ${day} Zugriff auf „${GERMAN_TITLE}“ gewährt`)
    expect(granted.Text).toContain('/de/access/sign-in?token=')

    // a new sign-in link asked for on the German page: the page and the email in German
    const linked = await form(handleNewLink, { email: address })
    expect(location(linked)).toBe('/de/access?status=link-sent')
    const signIn = await mailTo(address, 'Anmeldung im Trust Center')
    expect(signIn.Text).toContain('Hier ist ein neuer Link')
    const signInToken = new URL(linkIn(signIn.Text, '/de/access/sign-in?token=')).searchParams.get(
      'token',
    )!
    const signedIn = await form(handleSignIn, { token: signInToken })
    expect(location(signedIn)).toBe('/de/access?status=signed-in')
    const out = await form(handleSignOut, {}, cookieOf(signedIn))
    expect(location(out)).toBe('/de/access?status=signed-out')

    // a refused download, reached from a German page: in German, its links German
    const refusal = await handleDownload(
      new Request(`http://localhost/de/documents/${ndaDocument.slug}/download`, {
        headers: { accept: 'text/html', 'x-forwarded-for': newClient() },
      }),
      ndaDocument.slug!,
      'de',
    )
    expect(refusal.status).toBe(403)
    const page = await refusal.text()
    expect(page).toContain('<html lang="de">')
    expect(page).toContain(`href="/de/documents/${ndaDocument.slug}/request"`)
    expect(page).toContain(`Zugriff auf „${GERMAN_TITLE}“ anfragen`)
  })

  it('tells a German visitor of a declined request in German; refuses a language not offered', async () => {
    const address = email('dieter')
    const asked = await form(handleAccessRequest, {
      document: approvalDocument.slug!,
      name: 'Dieter',
      email: address,
      company: 'Kunde GmbH',
      reason: 'Prüfung',
    })
    const [mail] = await waitForMail(address)
    const token = new URL(
      linkIn((await readMail(mail.ID)).Text, '/de/access/confirm?token='),
    ).searchParams.get('token')!
    expect(location(asked)).toContain('status=check-inbox')
    const accepted = await form(handleAccept, {
      token,
      accept: 'yes',
      ndaVersion: String(await currentVersion()),
    })
    expect(location(accepted)).toBe(
      `/de/documents/${approvalDocument.slug}/request?status=awaiting-approval`,
    )
    await rest('PATCH', `/api/access-requests/${(await requestOf(address)).id}`, {
      token: adminToken,
      body: { decision: 'deny', decisionNote: 'Kein Kunde' },
    })
    // the document has no German title: named in English, as the German page shows it
    const denied = await mailTo(address, 'Ihre Anfrage für')
    expect(denied.subject).toBe(`Ihre Anfrage für „${approvalDocument.title}“`)
    expect(denied.Text).toContain('hat Ihre Anfrage für')
    expect(denied.Text).toContain('Kein Kunde')

    const unknown = await json(handleAccessRequest, {
      document: ndaDocument.slug!,
      name: 'A',
      email: email('xx'),
      company: 'C',
      reason: 'R',
      locale: 'xx',
    })
    expect(unknown.status).toBe(400)
    expect((await unknown.json()).message).toMatch(/language "xx"/)
  })
})

describe('bad input', () => {
  it('answers each mistake with a 4xx and a message, and records nothing', async () => {
    const before = (await payload.count({ collection: 'access-requests', overrideAccess: true }))
      .totalDocs
    const base = {
      document: ndaDocument.slug!,
      name: 'A',
      email: 'a@customer.test',
      company: 'C',
      reason: 'R',
    }
    const cases: [Record<string, string>, number, RegExp][] = [
      [{ ...base, name: '' }, 400, /Enter your name/],
      [{ ...base, email: 'not-an-email' }, 400, /valid work email/],
      [{ ...base, reason: 'x'.repeat(1001) }, 400, /too long/],
      [{ ...base, document: 'no-such-document' }, 404, /no such document/],
      [{ ...base, document: publicDocument.slug! }, 400, /public/],
    ]
    for (const [body, status, message] of cases) {
      const response = await json(handleAccessRequest, body)
      expect(response.status, JSON.stringify(body)).toBe(status)
      expect((await response.json()).message).toMatch(message)
    }
    expect(
      (await payload.count({ collection: 'access-requests', overrideAccess: true })).totalDocs,
    ).toBe(before)
  })

  it('refuses an upload that cannot be stamped, and a replaced file', async () => {
    const whole = await pdfBytes('Damaged', 1, { useObjectStreams: false })
    // Payload refuses a file without a PDF's header and trailer; pdf-lib one whose inside is broken
    await expect(uploadFile(payload, { bytes: whole.slice(0, whole.length / 2) })).rejects.toThrow()
    const damaged = Buffer.from(whole).fill('x', 9, whole.length - 300)
    await expect(uploadFile(payload, { bytes: damaged })).rejects.toThrow(
      /could not be read as a PDF/,
    )
    const encrypted = Buffer.from(
      Buffer.from(whole).toString('latin1').replace('trailer\n<<', 'trailer\n<<\n/Encrypt 1 0 R'),
      'latin1',
    )
    await expect(uploadFile(payload, { bytes: encrypted })).rejects.toThrow(/password-protected/)
    const file = await uploadFile(payload)
    await expect(
      payload.update({
        collection: 'document-files',
        id: file.id,
        data: {},
        file: {
          data: Buffer.from(await pdfBytes('v2')),
          mimetype: 'application/pdf',
          name: 'v2.pdf',
          size: 100,
        },
        overrideAccess: true,
      }),
    ).rejects.toThrow(/cannot be replaced/)
  })

  it('keeps on record a document someone requested, and a file someone downloaded', async () => {
    await expect(
      payload.delete({ collection: 'documents', id: ndaDocument.id, overrideAccess: true }),
    ).rejects.toThrow(/unpublish it instead/)
    const current = typeof ndaDocument.file === 'object' ? ndaDocument.file.id : ndaDocument.file
    await expect(
      payload.delete({ collection: 'document-files', id: current, overrideAccess: true }),
    ).rejects.toThrow(/current file/)
    // an unused file and a never-requested document can go
    const spare = await uploadFile(payload)
    await payload.delete({ collection: 'document-files', id: spare.id, overrideAccess: true })
    const unused = await createDocument(payload)
    await payload.delete({
      collection: 'documents',
      id: unused.id,
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
  })

  it('sends a public document to anyone, unstamped', async () => {
    const response = await download(publicDocument)
    expect(response.status).toBe(200)
    const texts = await pageTexts(new Uint8Array(await response.arrayBuffer()))
    expect(texts.join('\n')).not.toMatch(/Provided to/)
  })
})

describe('anonymous reads of the generated APIs', () => {
  it('never expose requests, grants, sessions, the download log or a gated file', async () => {
    for (const collection of [
      'access-requests',
      'access-grants',
      'document-downloads',
      'visitor-sessions',
      'document-files',
    ])
      expect((await rest('GET', `/api/${collection}`)).status, collection).toBe(403)
    const documents = await rest(
      'GET',
      `/api/documents?depth=2&where[slug][equals]=${ndaDocument.slug}`,
    )
    expect(documents.status).toBe(200)
    const body = JSON.stringify(documents.body)
    expect(body).toContain(ndaDocument.title)
    expect(body).not.toMatch(/\/api\/document-files\/file|"url"|"filename"/)
    const graphql = await rest('POST', '/api/graphql', {
      body: {
        query: `{ Documents { docs { title file { url filename } } } AccessRequests { docs { email } } AccessGrants { docs { email } } DocumentDownloads { docs { email } } DocumentFiles { docs { url } } }`,
      },
    })
    const answer = JSON.stringify(graphql.body)
    expect(answer).not.toMatch(/\/api\/document-files\/file|customer\.test|\.pdf/)
  })
})
