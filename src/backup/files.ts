// The uploaded files in a backup (./format.ts). On disk (UPLOADS_DIR), the files the backed-up
// records name are copied into the backup file, one line each with its SHA-256, and restored
// beside the database. In an S3 bucket they stay where they are: the backup records which bucket,
// and the bucket is kept by the store's own versioning and replication (docs/operations.md).
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { serverConfig } from '@/config/env'
import {
  S3_PREFIXES,
  UPLOAD_COLLECTIONS,
  staticDirFor,
  type UploadCollection,
} from '@/storage/locations'

export type FilesEntry =
  | { storage: 'disk'; count: number; bytes: number; missing: string[] }
  | { storage: 's3'; bucket: string; endpoint: string | null; prefixes: Record<string, string> }

export type FileLine = {
  file: { collection: UploadCollection; name: string; size: number; sha256: string }
  data: string
}

export const isUploadCollection = (name: string): name is UploadCollection =>
  (UPLOAD_COLLECTIONS as readonly string[]).includes(name)

/** The file names an upload record refers to: its file and any resized copies. */
export function filesOf(document: Record<string, unknown>): string[] {
  const names = [document.filename]
  if (document.sizes && typeof document.sizes === 'object')
    for (const size of Object.values(document.sizes as Record<string, { filename?: unknown }>))
      names.push(size?.filename)
  return names.filter((name): name is string => typeof name === 'string' && name !== '')
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex')
const fileOnDisk = (collection: UploadCollection, name: string) =>
  path.join(staticDirFor(collection), path.basename(name))

/**
 * What the backup holds of the files named by `referenced` (collection → file names), and the
 * files themselves as lines, read only when the lines are written.
 */
export function backupFiles(referenced: Map<UploadCollection, Set<string>>) {
  const env = serverConfig()
  if (env.S3_BUCKET) {
    const entry: FilesEntry = {
      storage: 's3',
      bucket: env.S3_BUCKET,
      endpoint: env.S3_ENDPOINT ?? null,
      prefixes: S3_PREFIXES,
    }
    return { entry, lines: (async function* () {})() }
  }
  const present: { collection: UploadCollection; name: string; size: number }[] = []
  const missing: string[] = []
  for (const [collection, names] of referenced)
    for (const name of [...names].sort()) {
      const stat = fs.statSync(fileOnDisk(collection, name), { throwIfNoEntry: false })
      if (stat?.isFile()) present.push({ collection, name, size: stat.size })
      else missing.push(`${collection}/${name}`)
    }
  const entry: FilesEntry = {
    storage: 'disk',
    count: present.length,
    bytes: present.reduce((sum, file) => sum + file.size, 0),
    missing,
  }
  async function* lines() {
    for (const { collection, name } of present) {
      const data = await fs.promises.readFile(fileOnDisk(collection, name))
      const line: FileLine = {
        file: { collection, name, size: data.length, sha256: sha256(data) },
        data: data.toString('base64'),
      }
      yield `${JSON.stringify(line)}\n`
    }
  }
  return { entry, lines: lines() }
}

/** A file line's bytes, checked against its size and SHA-256 (a damaged file is refused). */
export function fileLineBytes(line: FileLine): Buffer {
  if (!isUploadCollection(line.file.collection))
    throw new Error(`${line.file.collection} is not a collection of uploaded files`)
  const data = Buffer.from(line.data, 'base64')
  if (data.length !== line.file.size || sha256(data) !== line.file.sha256)
    throw new Error(`${line.file.collection}/${line.file.name} does not match its fingerprint`)
  return data
}

/** The upload folders that already hold something (a restore writes into empty ones only). */
export function nonEmptyUploadFolders(): string[] {
  return UPLOAD_COLLECTIONS.map(staticDirFor).filter(
    (dir) => fs.existsSync(dir) && fs.readdirSync(dir).length > 0,
  )
}

/** Writes one restored file into its collection's folder (whole, or not at all). */
export function restoreFile(line: FileLine, data: Buffer) {
  const target = fileOnDisk(line.file.collection, line.file.name)
  fs.mkdirSync(path.dirname(target), { recursive: true })
  const partial = `${target}.partial-${process.pid}`
  fs.writeFileSync(partial, data, { flag: 'wx' })
  fs.renameSync(partial, target)
}
