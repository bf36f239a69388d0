// Uploaded files on both kinds of storage: on disk (the tests' server, UPLOADS_DIR) and in an S3
// bucket (versitygw, an S3-compatible server the project installs itself, behind a second instance
// of the same build with the S3_* settings). Staff upload a document's PDF and an image; the PDF is
// reachable by no public or guessed address, and anonymous REST and GraphQL never say where it is;
// the image is public; staff and readStoredFile read the same bytes back; replacing a published
// file, and a file that is not a PDF, are refused; deleting a record deletes its file.
import http from 'node:http'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { GetObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { readStoredFile } from '@/storage/files'
import { startVersitygw } from '../../scripts/versitygw.mjs'
import { signInAsAdmin } from '../helpers/admin'
import { portalUrl, startAnotherInstance } from '../helpers/portal'
import { pdfBytes } from '../helpers/documents'
import { samplePng, uploadOverRest } from '../helpers/uploads'

type Portal = Awaited<ReturnType<typeof startAnotherInstance>>
type Store = Awaited<ReturnType<typeof startVersitygw>>

const stamp = Date.now().toString(36)
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'storage-test-'))
let s3: Store
let bucket: S3Client
let onS3: Portal
let token: string

beforeAll(async () => {
  s3 = await startVersitygw({ dataDir: path.join(work, 's3'), log: () => {} })
  bucket = new S3Client({
    endpoint: s3.url,
    region: s3.region,
    forcePathStyle: true,
    credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
  })
  ;[onS3, { token }] = await Promise.all([startAnotherInstance(s3.env), signInAsAdmin()])
}, 120_000)

afterAll(async () => {
  await onS3?.stop()
  bucket?.destroy()
  await s3?.stop()
  fs.rmSync(work, { recursive: true, force: true })
})

/** A GET sent with its path exactly as written (fetch would resolve `..` before sending). */
function rawGet(base: string, rawPath: string, headers: Record<string, string> = {}) {
  const { hostname, port } = new URL(base)
  return new Promise<{ status: number; body: Buffer }>((resolve, reject) => {
    const request = http.get({ hostname, port, path: rawPath, headers }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks) }),
      )
    })
    request.on('error', reject)
  })
}

const graphql = async (base: string, query: string, auth?: string) => {
  const response = await fetch(new URL('/api/graphql', base), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) },
    body: JSON.stringify({ query }),
  })
  return { status: response.status, text: await response.text() }
}

/** The bytes of an object in the bucket, or null when there is none. */
async function inBucket(key: string): Promise<Buffer | null> {
  try {
    const object = await bucket.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }))
    return Buffer.from(await object.Body!.transformToByteArray())
  } catch (error) {
    if ((error as Error).name === 'NoSuchKey') return null
    throw error
  }
}

/** readStoredFile as the portal's download route calls it, with this store's settings. */
async function readBack(where: 'disk' | 's3', doc: { filename?: string | null }) {
  const saved = { ...process.env }
  if (where === 's3') Object.assign(process.env, s3.env)
  try {
    return Buffer.from(await readStoredFile('document-files', doc))
  } finally {
    for (const name of Object.keys(s3.env)) delete process.env[name]
    Object.assign(process.env, saved)
  }
}

describe.each([
  ['on disk', 'disk' as const],
  ['in an S3 bucket (versitygw)', 's3' as const],
])('uploaded files %s', (_label, where) => {
  const base = () => (where === 's3' ? onS3.url : portalUrl('/'))
  const staff = () => ({ authorization: `JWT ${token}` })
  /** Where the stored copy of a file is: a file of UPLOADS_DIR, or an object of the bucket. */
  const stored = (collection: 'document-files' | 'media', name: string) =>
    where === 's3'
      ? inBucket(`${collection === 'media' ? 'media' : 'documents'}/${name}`)
      : Promise.resolve(
          fs.existsSync(path.join(inject('uploadsDir'), collection, name))
            ? fs.readFileSync(path.join(inject('uploadsDir'), collection, name))
            : null,
        )
  let pdf: Buffer
  let report: { id: string; filename: string; url: string }
  let png: Buffer
  let badge: { id: string; filename: string }

  beforeAll(async () => {
    pdf = Buffer.from(await pdfBytes(`Audit report ${where} ${stamp}`, 1))
    const uploaded = await uploadOverRest(
      base(),
      token,
      'document-files',
      { bytes: pdf, name: `audit-${where}-${stamp}.pdf`, type: 'application/pdf' },
      { version: '2026', effectiveDate: '2026-01-15T00:00:00.000Z' },
    )
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201)
    report = uploaded.body.doc
    png = samplePng(where.length)
    const image = await uploadOverRest(
      base(),
      token,
      'media',
      { bytes: png, name: `badge-${where}-${stamp}.png`, type: 'image/png' },
      { alt: `Badge ${where} ${stamp}` },
    )
    expect(image.status, JSON.stringify(image.body)).toBe(201)
    badge = image.body.doc
  })

  it('stores the files where this instance is configured to (the object private in the bucket)', async () => {
    expect(await stored('document-files', report.filename)).toEqual(pdf)
    expect(await stored('media', badge.filename)).toEqual(png)
    if (where === 's3') {
      // nothing of either collection went to the disk instead
      for (const collection of ['document-files', 'media'])
        expect(fs.existsSync(path.join(inject('uploadsDir'), collection, report.filename))).toBe(
          false,
        )
      // the bucket itself answers an anonymous visitor with 403, for the object and the listing
      for (const key of [`documents/${report.filename}`, `media/${badge.filename}`, ''])
        expect((await fetch(`${s3.url}/${s3.bucket}/${key}`)).status, key).toBe(403)
      expect(
        (
          await bucket.send(
            new HeadObjectCommand({ Bucket: s3.bucket, Key: `documents/${report.filename}` }),
          )
        ).ContentType,
      ).toBe('application/pdf')
    }
  })

  it('refuses an anonymous visitor the PDF at its own address and at every guessed one', async () => {
    const name = report.filename
    const direct = await rawGet(base(), `/api/document-files/file/${name}`)
    expect(direct.status).toBe(403)
    expect(direct.body.includes('%PDF')).toBe(false)
    const guesses = [
      `/api/document-files/file/${encodeURIComponent(name)}?download=true`,
      `/api/document-files/file/../file/${name}`,
      `/api/document-files/file/%2e%2e/file/${name}`,
      `/api/media/file/${name}`,
      `/api/media/file/../../document-files/file/${name}`,
      `/api/media/file/..%2f..%2fdocument-files%2f${name}`,
      `/api/media/file/%2e%2e%2fdocument-files%2f${name}`,
      `/document-files/${name}`,
      `/documents/${name}`,
      `/media/${name}`,
      `/uploads/document-files/${name}`,
      `/.data/uploads/document-files/${name}`,
      `/data/uploads/document-files/${name}`,
      `/${name}`,
      `/_next/static/../../.data/uploads/document-files/${name}`,
      `/_next/static/%2e%2e/%2e%2e/.data/uploads/document-files/${name}`,
      `/_next/static/..%2f..%2f.data%2fuploads%2fdocument-files%2f${name}`,
      `/_next/image?url=${encodeURIComponent(`/api/document-files/file/${name}`)}&w=64&q=75`,
    ]
    for (const guess of guesses) {
      const answer = await rawGet(base(), guess)
      expect([403, 404], `${guess} answered ${answer.status}`).toContain(answer.status)
      expect(answer.body.includes('%PDF'), guess).toBe(false)
    }
    // a range of the file, as a download manager asks
    const range = await rawGet(base(), `/api/document-files/file/${name}`, { range: 'bytes=0-99' })
    expect(range.status).toBe(403)
  })

  it('never tells an anonymous visitor, by REST or GraphQL, where a document’s file is', async () => {
    const document = await fetch(new URL('/api/documents', base()), {
      method: 'POST',
      headers: { ...staff(), 'content-type': 'application/json' },
      body: JSON.stringify({
        title: `Audit report ${where} ${stamp}`,
        kind: 'audit-report',
        accessLevel: 'nda',
        file: report.id,
        _status: 'published',
      }),
    })
    expect(document.status).toBe(201)
    const { doc } = (await document.json()) as { doc: { id: string; slug: string } }

    expect((await rawGet(base(), '/api/document-files')).status).toBe(403)
    expect((await rawGet(base(), `/api/document-files/${report.id}`)).status).toBe(403)
    const listed = await rawGet(base(), `/api/documents/${doc.id}?depth=2`)
    expect(listed.status).toBe(200)
    const queries = [
      `{ DocumentFiles { docs { id url filename } } }`,
      `{ DocumentFile(id: "${report.id}") { url filename } }`,
      `{ Documents(where: { slug: { equals: "${doc.slug}" } }) { docs { title file { url filename } } } }`,
      `{ Document(id: "${doc.id}") { title file { id url filename sha256 } } }`,
    ]
    for (const query of queries) {
      const anonymous = await graphql(base(), query)
      expect(anonymous.text, query).not.toContain(report.filename)
      expect(anonymous.text, query).not.toContain('/api/document-files/file/')
      // the same query asks for the right thing: staff get the file's name and address
      const forStaff = await graphql(base(), query, `JWT ${token}`)
      expect(forStaff.text, query).toContain(report.filename)
      expect(forStaff.text, query).toContain(`/api/document-files/file/${report.filename}`)
    }
    const text = listed.body.toString('utf8')
    expect(text).toContain(`Audit report ${where} ${stamp}`)
    expect(text).not.toContain(report.filename)
    expect(text).not.toContain('/api/document-files/file/')
  })

  it('serves the image to anyone through Payload', async () => {
    const image = await fetch(new URL(`/api/media/file/${badge.filename}`, base()))
    expect(image.status).toBe(200)
    expect(image.headers.get('content-type')).toBe('image/png')
    expect(Buffer.from(await image.arrayBuffer())).toEqual(png)
  })

  it('gives staff the same bytes, through Payload and through readStoredFile', async () => {
    const file = await fetch(new URL(`/api/document-files/file/${report.filename}`, base()), {
      headers: staff(),
    })
    expect(file.status).toBe(200)
    expect(Buffer.from(await file.arrayBuffer())).toEqual(pdf)
    expect(await readBack(where, report)).toEqual(pdf)
  })

  it('refuses to replace a published file, saying how to publish a new version', async () => {
    const other = Buffer.from(await pdfBytes(`Another report ${where} ${stamp}`, 1))
    const replaced = await uploadOverRest(
      base(),
      token,
      'document-files',
      { bytes: other, name: `replacement-${where}-${stamp}.pdf`, type: 'application/pdf' },
      {},
      report.id,
    )
    expect(replaced.status).toBe(400)
    expect(JSON.stringify(replaced.body)).toMatch(/cannot be replaced.*upload the new file/)
    expect(await stored('document-files', report.filename)).toEqual(pdf)
    expect(await stored('document-files', `replacement-${where}-${stamp}.pdf`)).toBeNull()
  })

  it('refuses a file that is not a readable PDF, with a message saying why, and stores nothing', async () => {
    const whole = await pdfBytes(`Damaged ${where}`, 1, { useObjectStreams: false })
    const refusals: [{ bytes: Buffer; name: string; type: string }, RegExp][] = [
      [
        {
          bytes: Buffer.from('not a pdf\n'),
          name: `notes-${where}-${stamp}.txt`,
          type: 'text/plain',
        },
        /File type text\/plain \(from extension txt\) is not allowed/,
      ],
      [
        { bytes: samplePng(9), name: `disguised-${where}-${stamp}.pdf`, type: 'application/pdf' },
        /Invalid MIME type: image\/png/,
      ],
      [
        {
          bytes: Buffer.from(whole).fill('x', 9, whole.length - 300),
          name: `damaged-${where}-${stamp}.pdf`,
          type: 'application/pdf',
        },
        /could not be read as a PDF/,
      ],
      [
        {
          bytes: Buffer.from(
            Buffer.from(whole)
              .toString('latin1')
              .replace('trailer\n<<', 'trailer\n<<\n/Encrypt 1 0 R'),
            'latin1',
          ),
          name: `encrypted-${where}-${stamp}.pdf`,
          type: 'application/pdf',
        },
        /password-protected or encrypted/,
      ],
    ]
    for (const [file, message] of refusals) {
      const refused = await uploadOverRest(base(), token, 'document-files', file, {
        version: '1',
        effectiveDate: '2026-01-15T00:00:00.000Z',
      })
      expect(refused.status, `${file.name}: ${JSON.stringify(refused.body)}`).toBe(400)
      expect(JSON.stringify(refused.body), file.name).toMatch(message)
      expect(await stored('document-files', file.name), file.name).toBeNull()
    }
  })

  it('deletes the stored file with its record', async () => {
    const extra = Buffer.from(await pdfBytes(`Old report ${where} ${stamp}`, 1))
    const uploaded = await uploadOverRest(
      base(),
      token,
      'document-files',
      { bytes: extra, name: `old-${where}-${stamp}.pdf`, type: 'application/pdf' },
      { version: '2019', effectiveDate: '2019-01-15T00:00:00.000Z' },
    )
    expect(uploaded.status).toBe(201)
    const { filename, id } = uploaded.body.doc
    expect(await stored('document-files', filename)).toEqual(extra)
    const removed = await fetch(new URL(`/api/document-files/${id}`, base()), {
      method: 'DELETE',
      headers: staff(),
    })
    expect(removed.status).toBe(200)
    expect(await stored('document-files', filename)).toBeNull()
  })
})
