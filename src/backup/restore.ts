// `npm run restore FILE`: loads a backup (./format.ts) into an EMPTY database: every collection
// with its options, its documents exactly as they were (ids and types included), then its
// indexes. A database that holds any collection is refused before anything is written, so a
// restore can never mix a backup with live data or overwrite it. The uploaded files in the backup
// go into UPLOADS_DIR, whose folders must be empty too. The file is read through once first
// (every document counted, every uploaded file checked against its SHA-256): a truncated or
// altered file is refused before anything is written too.
import fs from 'node:fs'
import readline from 'node:readline'
import zlib from 'node:zlib'
import type mongoose from 'mongoose'
import { serverConfig } from '@/config/env'
import { fileLineBytes, nonEmptyUploadFolders, restoreFile, type FileLine } from './files'
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  EJSON,
  READABLE_VERSIONS,
  isSystemCollection,
  type BackupHeader,
  type DocumentLine,
  type EndLine,
} from './format'

export class RestoreRefused extends Error {}

const BATCH = 500

async function* linesOf(file: string): AsyncGenerator<string> {
  const input = fs.createReadStream(file).pipe(zlib.createGunzip())
  for await (const line of readline.createInterface({ input, crlfDelay: Infinity }))
    if (line) yield line
}

/** The header, after checking the whole file: counts per collection and the end line. */
export async function readBackupHeader(file: string): Promise<BackupHeader> {
  let header: BackupHeader | undefined
  let end: EndLine | undefined
  const seen = new Map<string, number>()
  let files = 0
  try {
    for await (const line of linesOf(file)) {
      if (end) throw new RestoreRefused('The backup file has lines after its end.')
      if (!header) {
        header = JSON.parse(line) as BackupHeader
        if (header.format !== BACKUP_FORMAT || !READABLE_VERSIONS.includes(header.version))
          throw new RestoreRefused(
            `This is not a trust center backup of version ${READABLE_VERSIONS.join(' or ')} (made by npm run backup; this one writes version ${BACKUP_VERSION}).`,
          )
        continue
      }
      if (line.startsWith('{"end"')) {
        end = JSON.parse(line) as EndLine
        continue
      }
      if (line.startsWith('{"file"')) {
        fileLineBytes(JSON.parse(line) as FileLine)
        files++
        continue
      }
      const name = (JSON.parse(line) as { collection: string }).collection
      seen.set(name, (seen.get(name) ?? 0) + 1)
    }
  } catch (error) {
    if (error instanceof RestoreRefused) throw error
    throw new RestoreRefused(
      `The backup file cannot be read (${(error as Error).message}): it is damaged or not a backup.`,
    )
  }
  if (!header) throw new RestoreRefused('The backup file is empty.')
  const expected = header.collections.reduce((sum, c) => sum + c.count, 0)
  const counted = [...seen.values()].reduce((sum, n) => sum + n, 0)
  const mismatch = header.collections.find((c) => (seen.get(c.name) ?? 0) !== c.count)
  const expectedFiles = header.files?.storage === 'disk' ? header.files.count : 0
  if (
    !end ||
    end.documents !== expected ||
    counted !== expected ||
    mismatch ||
    (end.files ?? 0) !== expectedFiles ||
    files !== expectedFiles
  )
    throw new RestoreRefused(
      'The backup file is incomplete (its documents or files do not add up to the counts in its header): ' +
        'it was cut short or altered. Use another backup.',
    )
  return header
}

/** Refuses a database that holds any collection, naming them and how to proceed. */
async function assertEmpty(db: NonNullable<mongoose.Connection['db']>) {
  const existing = (await db.listCollections({}, { nameOnly: true }).toArray())
    .map((c) => c.name)
    .filter((name) => !isSystemCollection(name))
    .sort()
  if (!existing.length) return
  const shown = existing.slice(0, 6).join(', ') + (existing.length > 6 ? ', …' : '')
  throw new RestoreRefused(
    `Refusing to restore: the database "${db.databaseName}" is not empty (${existing.length} ` +
      `collection${existing.length === 1 ? '' : 's'}: ${shown}). A restore only loads into an ` +
      'empty database, so that nothing in it is mixed with or overwritten by the backup. Restore ' +
      'into a new database: set DATABASE_URI to a database name that does not exist yet (for the ' +
      'embedded database, choose a new folder: EMBEDDED_DB_DIR=.data/restored npm run restore FILE), ' +
      'then point the app at it. To replace this database, drop it first, then run the restore again.',
  )
}

/**
 * Refuses, before anything is written, uploaded files that have nowhere to go: a backup holding
 * files while this configuration stores them in S3, or upload folders that already hold files.
 */
function assertFilesCanGo(header: BackupHeader) {
  if (header.files?.storage !== 'disk' || header.files.count === 0) return
  if (serverConfig().S3_BUCKET)
    throw new RestoreRefused(
      `Refusing to restore: the backup holds ${header.files.count} uploaded file(s) from a disk, but ` +
        'S3_BUCKET is set, and a restore writes files to UPLOADS_DIR only. Restore with S3_BUCKET ' +
        'unset, then copy the folders of UPLOADS_DIR into the bucket (media/ under media/, ' +
        'document-files/ under documents/).',
    )
  const used = nonEmptyUploadFolders()
  if (used.length)
    throw new RestoreRefused(
      `Refusing to restore: the upload folder${used.length === 1 ? '' : 's'} ${used.join(', ')} ` +
        'already hold files, and a restore never mixes them with or overwrites them. Point ' +
        'UPLOADS_DIR at a new folder (UPLOADS_DIR=.data/restored-uploads npm run restore FILE), ' +
        'then point the app at it.',
    )
}

export type RestoreResult = { header: BackupHeader; documents: number; files: number }

export async function restoreDatabase(
  connection: mongoose.Connection,
  file: string,
  log: (line: string) => void = () => {},
): Promise<RestoreResult> {
  const db = connection.db
  if (!db) throw new Error('The database connection is not open.')
  const header = await readBackupHeader(file)
  await assertEmpty(db)
  assertFilesCanGo(header)

  for (const { name, options } of header.collections) await db.createCollection(name, options)
  let batch: Record<string, unknown>[] = []
  let batchCollection = ''
  let documents = 0
  const flush = async () => {
    if (batch.length) await db.collection(batchCollection).insertMany(batch, { ordered: true })
    documents += batch.length
    batch = []
  }
  let first = true
  let files = 0
  for await (const line of linesOf(file)) {
    if (first) {
      first = false
      continue
    }
    if (line.startsWith('{"end"')) break
    if (line.startsWith('{"file"')) {
      const fileLine = JSON.parse(line) as FileLine
      restoreFile(fileLine, fileLineBytes(fileLine))
      files++
      continue
    }
    const { collection, document } = EJSON.parse(line, { relaxed: false }) as DocumentLine
    if (collection !== batchCollection || batch.length >= BATCH) await flush()
    batchCollection = collection
    batch.push(document)
  }
  await flush()

  for (const { name, indexes } of header.collections) {
    const specs = indexes
      .filter((index) => index.name !== '_id_')
      .map(({ v: _version, ns: _namespace, ...spec }) => spec)
    if (specs.length) await db.collection(name).createIndexes(specs)
  }
  for (const { name, count } of header.collections) {
    const restored = await db.collection(name).countDocuments()
    if (restored !== count)
      throw new Error(`${name}: ${restored} documents restored where the backup has ${count}.`)
  }
  log(`${header.collections.length} collections, ${documents} documents, indexes recreated`)
  if (files) log(`${files} uploaded files written to ${serverConfig().UPLOADS_DIR}`)
  return { header, documents, files }
}
