// `npm run backup`: every collection of the database, documents, options and indexes, to one file
// (./format.ts), read as of one point in time.
//
// How the reads are made consistent depends on what the server can do, found out by asking and
// trying, never assumed:
// - A MongoDB replica set or sharded cluster: a snapshot session. Every read of the dump is made
//   at the same cluster time (the driver takes it from the first read's answer; a server that
//   answers without one did not honour the snapshot, and the next method is used instead).
// - Anything else (the embedded FerretDB, which accepts a snapshot read and silently ignores it;
//   a standalone MongoDB): the whole database is read again and again, each read written to its
//   own file with a digest of every collection, until two reads in a row agree. Each collection
//   then held the same documents from the end of the first of those reads to the start of the
//   second, so the file is the database as it was in that interval. A database that keeps
//   changing through five reads is refused (stop the writers, or back up at a quieter time).
//
// The uploaded files follow the chosen read: the files its upload records name (./files.ts).
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import { pipeline } from 'node:stream/promises'
import { Readable } from 'node:stream'
import zlib from 'node:zlib'
import type mongoose from 'mongoose'
import type { UploadCollection } from '@/storage/locations'
import { backupFiles, filesOf, isUploadCollection } from './files'
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  documentLine,
  isSystemCollection,
  type BackupHeader,
  type CollectionEntry,
  type Consistency,
  type IndexSpec,
} from './format'

type Db = NonNullable<mongoose.Connection['db']>
type ClientSession = ReturnType<mongoose.mongo.MongoClient['startSession']>

const MAX_PASSES = 5

type Pass = {
  file: string
  counts: Map<string, number>
  digests: Map<string, string>
  /** the files the upload records of this read name */
  uploads: Map<UploadCollection, Set<string>>
}

/** Reads every collection once (in _id order, so two reads compare), into `file` (gzip). */
async function readPass(db: Db, names: string[], file: string, session?: ClientSession) {
  const counts = new Map<string, number>()
  const digests = new Map<string, string>()
  const uploads = new Map<UploadCollection, Set<string>>()
  async function* lines() {
    for (const name of names) {
      const hash = createHash('sha256')
      let count = 0
      const files = isUploadCollection(name) ? new Set<string>() : undefined
      if (files) uploads.set(name as UploadCollection, files)
      const cursor = db.collection(name).find({}, { session, sort: { _id: 1 } })
      for await (const document of cursor) {
        const line = documentLine(name, document)
        hash.update(line)
        count++
        if (files) for (const upload of filesOf(document)) files.add(upload)
        yield line
      }
      counts.set(name, count)
      digests.set(name, hash.digest('hex'))
    }
  }
  await pipeline(Readable.from(lines()), zlib.createGzip(), fs.createWriteStream(file))
  return { file, counts, digests, uploads } satisfies Pass
}

const samePass = (a: Pass, b: Pass) =>
  [...a.digests].every(([name, digest]) => b.digests.get(name) === digest) &&
  a.digests.size === b.digests.size

/** What the server is: FerretDB says so in buildInfo; a replica set or mongos in hello. */
async function describeServer(db: Db) {
  const [buildInfo, hello] = await Promise.all([
    db.admin().command({ buildInfo: 1 }),
    db.admin().command({ hello: 1 }),
  ])
  const ferretdb = 'ferretdbVersion' in buildInfo
  const clustered = Boolean(hello.setName) || hello.msg === 'isdbgrid'
  return { server: ferretdb ? ('ferretdb' as const) : ('mongodb' as const), clustered }
}

async function snapshotPass(
  connection: mongoose.Connection,
  db: Db,
  names: string[],
  file: string,
) {
  const session = connection.getClient().startSession({ snapshot: true })
  try {
    const pass = await readPass(db, names, file, session)
    // the cluster time the server read at (not in the driver's public types)
    const time: unknown = Reflect.get(session, 'snapshotTime')
    return time ? { pass, atClusterTime: String(time) } : null
  } catch (error) {
    const code = (error as { codeName?: string }).codeName
    // a server that refuses snapshot reads; anything else (SnapshotTooOld: a dump longer than
    // the server's snapshot window) is the operator's to see
    if (code === 'NotImplemented' || code === 'InvalidOptions' || code === 'IllegalOperation')
      return null
    throw error
  } finally {
    await session.endSession()
  }
}

export type DumpResult = { header: BackupHeader; documents: number }

/**
 * Writes the database of `connection` to `target`. `log` hears what is being done. Throws when no
 * consistent read could be made.
 */
export async function dumpDatabase(
  connection: mongoose.Connection,
  target: string,
  log: (line: string) => void = () => {},
): Promise<DumpResult> {
  const db = connection.db
  if (!db) throw new Error('The database connection is not open.')
  const { server, clustered } = await describeServer(db)
  const listed = (await db.listCollections({}, { nameOnly: false }).toArray()).filter(
    (c) => c.type === 'collection' && !isSystemCollection(c.name),
  ) as { name: string; options?: Record<string, unknown> }[]
  listed.sort((a, b) => a.name.localeCompare(b.name))
  const names = listed.map((c) => c.name)
  const indexes = new Map<string, IndexSpec[]>()
  for (const name of names) indexes.set(name, await db.collection(name).indexes())

  const work = `${target}.partial-${process.pid}`
  const passFile = (n: number) => `${work}.${n}`
  const cleanUp = () => {
    for (let n = 1; n <= MAX_PASSES; n++) fs.rmSync(passFile(n), { force: true })
    fs.rmSync(work, { force: true })
  }
  try {
    let chosen: Pass | undefined
    let consistency: Consistency | undefined
    if (server === 'mongodb' && clustered) {
      const snapshot = await snapshotPass(connection, db, names, passFile(1))
      if (snapshot) {
        chosen = snapshot.pass
        consistency = { method: 'snapshot', atClusterTime: snapshot.atClusterTime }
        log(`read at one cluster time (snapshot ${snapshot.atClusterTime})`)
      } else log('the server did not honour a snapshot read: reading until two reads agree')
    }
    if (!chosen) {
      let previous = await readPass(db, names, passFile(1))
      for (let n = 2; n <= MAX_PASSES && !chosen; n++) {
        const pass = await readPass(db, names, passFile(n))
        if (samePass(previous, pass)) {
          chosen = pass
          consistency = { method: 'repeated-read', passes: n }
          log(`read ${n} times: the last two reads agree`)
        } else {
          log(`read ${n} differs from read ${n - 1}: the database changed, reading again`)
          fs.rmSync(previous.file, { force: true })
          previous = pass
        }
      }
      if (!chosen)
        throw new Error(
          `The database kept changing during ${MAX_PASSES} reads in a row, so no consistent backup ` +
            'could be made. Stop the app and the worker (or wait for a quieter moment) and run ' +
            '`npm run backup` again.',
        )
    }

    const collections: CollectionEntry[] = listed.map(({ name, options }) => ({
      name,
      options: options ?? {},
      indexes: indexes.get(name) ?? [],
      count: chosen.counts.get(name) ?? 0,
    }))
    const documents = collections.reduce((sum, c) => sum + c.count, 0)
    const files = backupFiles(chosen.uploads)
    if (files.entry.storage === 'disk' && files.entry.missing.length)
      log(
        `${files.entry.missing.length} file(s) named by the database are missing from UPLOADS_DIR: ${files.entry.missing.join(', ')}`,
      )
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date().toISOString(),
      database: db.databaseName,
      server,
      consistency: consistency!,
      collections,
      files: files.entry,
    }
    // The header, the documents of the chosen read, the files and the end line, as gzip members
    // of one file (gunzip reads concatenated members as one stream).
    const gzipLine = (value: unknown) => zlib.gzipSync(`${JSON.stringify(value)}\n`)
    fs.writeFileSync(work, gzipLine(header))
    await pipeline(fs.createReadStream(chosen.file), fs.createWriteStream(work, { flags: 'a' }))
    const fileCount = files.entry.storage === 'disk' ? files.entry.count : 0
    if (fileCount)
      await pipeline(
        Readable.from(files.lines),
        zlib.createGzip(),
        fs.createWriteStream(work, { flags: 'a' }),
      )
    fs.appendFileSync(work, gzipLine({ end: true, documents, files: fileCount }))
    fs.renameSync(work, target)
    return { header, documents }
  } finally {
    cleanUp()
  }
}
