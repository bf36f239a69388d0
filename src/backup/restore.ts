// `npm run restore FILE`: loads a backup (./format.ts) into an EMPTY database: every collection
// with its options, its documents exactly as they were (ids and types included), then its
// indexes. A database that holds any collection is refused before anything is written, so a
// restore can never mix a backup with live data or overwrite it. The file is read through once
// first: a truncated or altered file is refused before anything is written too.
import fs from 'node:fs'
import readline from 'node:readline'
import zlib from 'node:zlib'
import type mongoose from 'mongoose'
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  EJSON,
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
  try {
    for await (const line of linesOf(file)) {
      if (end) throw new RestoreRefused('The backup file has lines after its end.')
      if (!header) {
        header = JSON.parse(line) as BackupHeader
        if (header.format !== BACKUP_FORMAT || header.version !== BACKUP_VERSION)
          throw new RestoreRefused(
            `This is not a trust center backup of version ${BACKUP_VERSION} (made by npm run backup).`,
          )
        continue
      }
      if (line.startsWith('{"end"')) {
        end = JSON.parse(line) as EndLine
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
  if (!end || end.documents !== expected || counted !== expected || mismatch)
    throw new RestoreRefused(
      'The backup file is incomplete (its documents do not add up to the counts in its header): ' +
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

export type RestoreResult = { header: BackupHeader; documents: number }

export async function restoreDatabase(
  connection: mongoose.Connection,
  file: string,
  log: (line: string) => void = () => {},
): Promise<RestoreResult> {
  const db = connection.db
  if (!db) throw new Error('The database connection is not open.')
  const header = await readBackupHeader(file)
  await assertEmpty(db)

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
  for await (const line of linesOf(file)) {
    if (first) {
      first = false
      continue
    }
    if (line.startsWith('{"end"')) break
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
  return { header, documents }
}
