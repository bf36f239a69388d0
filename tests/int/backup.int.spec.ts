// `npm run backup` and `npm run restore`, as an operator runs them (through scripts/with-db.mjs):
// a database filled through Payload (versions, change notices, deliveries, the evidence ledger,
// jobs, users, uploaded files) is backed up, restored into a fresh empty database and upload
// folder, and the copy holds the same documents, indexes and files and gives the same public
// answers and the same verdict from `evidence:verify`'s check. A database that is not empty,
// upload folders that hold files, and a file cut short, are refused with nothing written. With
// S3, the backup says the bucket keeps the files.
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import zlib from 'node:zlib'
import mongoose from 'mongoose'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EJSON } from '@/backup/format'
import { EVIDENCE_COLLECTION } from '@/evidence/chain'
import { verifyLedger } from '@/evidence/verify'
import { projectRoot } from '../../scripts/embedded-db.mjs'
import {
  announceChange,
  cancelAnnounced,
  daysFromNow,
  draftSubprocessor,
  localStore,
  publishedSubprocessor,
  quiet,
} from '../helpers/factories'
import { seededPayload } from '../helpers/payload'
import { pdfBytes } from '../helpers/documents'
import { publicAnswersOf } from '../helpers/public-answers'
import { samplePng } from '../helpers/uploads'

const run = promisify(execFile)
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'backup-test-'))
const stamp = Date.now().toString(36)

let payload: Payload
let announced: string | undefined
let original: string
let restored: string
/** the files uploaded for this test: collection, file name and bytes */
const uploaded: { collection: 'media' | 'document-files'; name: string; bytes: Buffer }[] = []
const restoredUploads = path.join(work, 'restored-uploads')
const connections: mongoose.Connection[] = []

/** `npm run <script> -- args` against `uri` (and `env`): exit code and everything printed. */
async function npm(
  script: string,
  uri: string,
  args: string[] = [],
  env: Record<string, string> = {},
) {
  try {
    const { stdout, stderr } = await run('npm', ['run', '--silent', script, '--', ...args], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URI: uri, ...env },
      timeout: 120_000,
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string }
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' }
  }
}

/**
 * What the public API, the change log and the past-day lists answer from the database at `uri`:
 * in a process of its own (one Payload per process; the test's own serves the original).
 */
async function publicAnswersAt(uri: string) {
  const { stdout } = await run(
    process.execPath,
    ['--conditions=development', '--import', 'tsx/esm', 'tests/helpers/public-answers.ts'],
    { cwd: projectRoot, env: { ...process.env, DATABASE_URI: uri }, timeout: 120_000 },
  )
  return JSON.parse(stdout) as Record<string, unknown>
}

async function open(uri: string) {
  const connection = await mongoose.createConnection(uri).asPromise()
  connections.push(connection)
  return connection.db!
}

/** Every collection: its documents (canonical EJSON, by _id) and its indexes. */
async function contents(uri: string) {
  const db = await open(uri)
  const names = (await db.listCollections({}, { nameOnly: true }).toArray())
    .map((c) => c.name)
    .sort()
  const result: Record<string, { documents: string[]; indexes: unknown[] }> = {}
  for (const name of names) {
    const documents = await db.collection(name).find({}).sort({ _id: 1 }).toArray()
    const indexes = (await db.collection(name).indexes())
      .map(({ v: _v, ns: _ns, ...index }) => index)
      .sort((a, b) => String(a.name).localeCompare(String(b.name)))
    result[name] = {
      documents: documents.map((d) => EJSON.stringify(d, { relaxed: false })),
      indexes,
    }
  }
  return result
}

/** `evidence:verify`'s check (its command is tested in evidence-ledger.int), without its timing. */
async function ledgerCheck(uri: string) {
  const { milliseconds: _milliseconds, ...verdict } = await verifyLedger(
    (await open(uri)).collection(EVIDENCE_COLLECTION),
  )
  return verdict
}

beforeAll(async () => {
  payload = await seededPayload()
  original = (payload.db as MongooseAdapter).url as string
  restored = original.replace(/\/([^/?]+)(\?|$)/, `/restored-${stamp}$2`)

  // content with versions, drafts, announced changes (ledger entries, queued notices), a run of
  // the queue (deliveries to Mailpit, the heartbeat) and a user
  const store = localStore(payload)
  const email = `backup-${stamp}@example.com`
  await payload.create({
    collection: 'subscribers',
    data: { email, status: 'confirmed', confirmedAt: new Date().toISOString(), linkNonce: email },
    ...quiet,
  })
  await publishedSubprocessor(store, `Backup Vendor ${stamp}`)
  const draft = (await draftSubprocessor(store, `Backup Draft ${stamp}`)) as { id: string }
  await payload.updateGlobal({ slug: 'trust-center', data: { requireNotice: true }, ...quiet })
  announced = String(
    (
      await announceChange(store, {
        subprocessor: draft.id,
        reason: 'We need a vendor for the backup test.',
        effectiveDate: daysFromNow(31),
      })
    ).id,
  )
  await payload.jobs.run({ queue: 'default', limit: 10 })
  await payload.updateGlobal({ slug: 'trust-center', data: { requireNotice: false }, ...quiet })

  // an image and a document's PDF, on disk (the tests' UPLOADS_DIR)
  const png = samplePng(stamp.length)
  const image = await payload.create({
    collection: 'media',
    data: { alt: `Backup badge ${stamp}` },
    file: { data: png, mimetype: 'image/png', name: `backup-${stamp}.png`, size: png.length },
    ...quiet,
  })
  const pdf = Buffer.from(await pdfBytes(`Backup report ${stamp}`, 1))
  const report = await payload.create({
    collection: 'document-files',
    data: { version: stamp, effectiveDate: new Date().toISOString() },
    file: { data: pdf, mimetype: 'application/pdf', name: `backup-${stamp}.pdf`, size: pdf.length },
    ...quiet,
  })
  uploaded.push(
    { collection: 'media', name: image.filename!, bytes: png },
    { collection: 'document-files', name: report.filename!, bytes: pdf },
  )
}, 120_000)

afterAll(async () => {
  // leave the shared test database as other files expect it: no change of ours waiting to take
  // effect, and our subscriber gone from the notice lists
  if (announced) await cancelAnnounced(localStore(payload), [announced])
  await payload.db.collections.subscribers.updateMany(
    { email: `backup-${stamp}@example.com` },
    { $set: { status: 'unsubscribed' } },
  )
  for (const connection of connections) await connection.close()
  const cleanup = await mongoose.createConnection(restored).asPromise()
  await cleanup.dropDatabase().catch(() => {})
  await cleanup.close()
  fs.rmSync(work, { recursive: true, force: true })
})

describe('backup and restore', () => {
  const file = path.join(work, 'trust-center.jsonl.gz')

  it('backs up every collection with its indexes, and restores it into an empty database', async () => {
    const backup = await npm('backup', original, [file])
    expect(backup.code, backup.stderr).toBe(0)
    expect(backup.stdout).toMatch(/written to /)
    expect(backup.stdout).toMatch(/\d+ uploaded files \([\d.]+ MB\) from UPLOADS_DIR/)
    expect(backup.stdout).not.toMatch(/WARNING/)
    // FerretDB cannot read at a snapshot: two identical reads in a row
    expect(backup.stdout).toMatch(/\d+ reads, the last two identical/)

    const lines = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').trim().split('\n')
    const header = JSON.parse(lines[0]!)
    expect(header).toMatchObject({
      format: 'trust-center-backup',
      version: 2,
      server: 'ferretdb',
      consistency: { method: 'repeated-read' },
    })
    const names = header.collections.map((c: { name: string }) => c.name)
    for (const name of [
      'subprocessors',
      '_subprocessors_versions',
      'changes',
      'evidence-ledger',
      'notice-deliveries',
      'payload-jobs',
      'users',
      'jobs-heartbeat',
    ])
      expect(names).toContain(name)
    const total = header.collections.reduce((sum: number, c: { count: number }) => sum + c.count, 0)
    // every file a record names, each once, and nothing else
    expect(header.files).toMatchObject({ storage: 'disk', missing: [] })
    const fileLines = lines.filter((line) => line.startsWith('{"file"')).map((l) => JSON.parse(l))
    expect(fileLines).toHaveLength(header.files.count)
    for (const { collection, name, bytes } of uploaded)
      expect(
        fileLines.find((l) => l.file.collection === collection && l.file.name === name)?.data,
      ).toBe(bytes.toString('base64'))
    expect(JSON.parse(lines.at(-1)!)).toEqual({
      end: true,
      documents: total,
      files: header.files.count,
    })
    expect(lines).toHaveLength(total + header.files.count + 2)

    const restore = await npm('restore', restored, [file], { UPLOADS_DIR: restoredUploads })
    expect(restore.code, restore.stderr).toBe(0)
    expect(restore.stdout).toMatch(new RegExp(`restored ${total} documents`))
    expect(restore.stdout).toMatch(new RegExp(`restored ${header.files.count} uploaded files`))
    for (const { collection, name, bytes } of uploaded)
      expect(fs.readFileSync(path.join(restoredUploads, collection, name))).toEqual(bytes)
    const restoredFiles = ['media', 'document-files'].flatMap((c) =>
      fs.readdirSync(path.join(restoredUploads, c)),
    )
    expect(restoredFiles).toHaveLength(header.files.count)
  }, 180_000)

  it('the copy holds the same documents, of the same types, and the same indexes', async () => {
    const [before, after] = await Promise.all([contents(original), contents(restored)])
    expect(Object.keys(after)).toEqual(Object.keys(before))
    for (const name of Object.keys(before)) {
      expect(after[name]!.documents, name).toEqual(before[name]!.documents)
      expect(after[name]!.indexes, name).toEqual(before[name]!.indexes)
    }
    expect(before['evidence-ledger']!.documents.length).toBeGreaterThan(0)
  })

  it('gives the same public answers (API, change log, past-day lists) and the same ledger check', async () => {
    const [before, after] = await Promise.all([publicAnswersOf(payload), publicAnswersAt(restored)])
    expect(JSON.stringify(before)).toContain(`Backup Vendor ${stamp}`)
    expect(after).toEqual(before)

    // The same verdict on the copy: sound if the original is, broken at the same entry if not
    // (the test database is shared with other files; see README's known limits on FerretDB).
    const [verifiedBefore, verifiedAfter] = await Promise.all([
      ledgerCheck(original),
      ledgerCheck(restored),
    ])
    expect(verifiedAfter).toEqual(verifiedBefore)
    expect(verifiedBefore.entries + (verifiedBefore.broken ? 1 : 0)).toBeGreaterThan(0)
  }, 180_000)

  it('refuses a database that is not empty, saying how to proceed, and writes nothing', async () => {
    const before = await contents(restored)
    const again = await npm('restore', restored, [file], { UPLOADS_DIR: restoredUploads })
    expect(again.code).toBe(1)
    expect(again.stderr).toMatch(/Refusing to restore: the database "restored-[^"]+" is not empty/)
    expect(again.stderr).toMatch(/set DATABASE_URI to a database name that does not exist yet/)
    expect(await contents(restored)).toEqual(before)
  }, 120_000)

  it('refuses upload folders that already hold files, saying how to proceed, and writes nothing', async () => {
    const empty = original.replace(/\/([^/?]+)(\?|$)/, `/never-written-files-${stamp}$2`)
    const refused = await npm('restore', empty, [file], { UPLOADS_DIR: restoredUploads })
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(/Refusing to restore: the upload folders .* already hold files/)
    expect(refused.stderr).toMatch(/Point UPLOADS_DIR at a new folder/)
    const db = await open(empty)
    expect(await db.listCollections().toArray()).toEqual([])
  }, 120_000)

  it('with the files in S3, says the bucket keeps them, in its output and in the file', async () => {
    const s3File = path.join(work, 's3.jsonl.gz')
    const backup = await npm('backup', original, [s3File], {
      S3_BUCKET: 'trust-center-files',
      S3_ENDPOINT: 'https://s3.example.com',
    })
    expect(backup.code, backup.stderr).toBe(0)
    expect(backup.stdout).toMatch(
      /The uploaded files are not in this backup: they stay in the S3 bucket "trust-center-files" at https:\/\/s3\.example\.com, kept by the store's own versioning and replication/,
    )
    const lines = zlib.gunzipSync(fs.readFileSync(s3File)).toString('utf8').trim().split('\n')
    expect(JSON.parse(lines[0]!).files).toEqual({
      storage: 's3',
      bucket: 'trust-center-files',
      endpoint: 'https://s3.example.com',
      prefixes: { media: 'media', 'document-files': 'documents' },
    })
    expect(lines.filter((line) => line.startsWith('{"file"'))).toEqual([])
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ end: true, files: 0 })
  }, 120_000)

  it('refuses a file cut short before writing anything', async () => {
    const whole = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').trim().split('\n')
    const cut = path.join(work, 'cut.jsonl.gz')
    fs.writeFileSync(cut, zlib.gzipSync(`${whole.slice(0, -3).join('\n')}\n`))
    const empty = original.replace(/\/([^/?]+)(\?|$)/, `/never-written-${stamp}$2`)
    const refused = await npm('restore', empty, [cut])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(/The backup file is incomplete/)
    const db = await open(empty)
    expect(await db.listCollections().toArray()).toEqual([])
  }, 120_000)
})
