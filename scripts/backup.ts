// `npm run backup [FILE]`: the whole database, consistent as of one moment, to FILE (default
// backups/trust-center-<time>.jsonl.gz). DATABASE_URI, or the embedded database through
// scripts/with-db.mjs. How it is made consistent, and the file's format: src/backup/.
import fs from 'node:fs'
import path from 'node:path'
import mongoose from 'mongoose'
import { dumpDatabase } from '../src/backup/dump'

const uri = process.env.DATABASE_URI
if (!uri) {
  console.error('DATABASE_URI is not set. Run `npm run backup`, which provides it.')
  process.exit(2)
}
// npm runs scripts in the project folder; a relative FILE is where the command was typed
const here = process.env.INIT_CWD || process.cwd()
const stamp = new Date()
  .toISOString()
  .replace(/[:.]/g, '')
  .replace(/\d{3}Z$/, 'Z')
const target = path.resolve(
  here,
  process.argv[2] || path.join('backups', `trust-center-${stamp}.jsonl.gz`),
)
if (fs.existsSync(target)) {
  console.error(`${target} already exists; name another file.`)
  process.exit(2)
}
fs.mkdirSync(path.dirname(target), { recursive: true })

const connection = await mongoose.createConnection(uri).asPromise()
try {
  const { header, documents } = await dumpDatabase(connection, target, (line) =>
    console.error(`[backup] ${line}`),
  )
  for (const { name, count, indexes } of header.collections)
    console.log(
      `${name.padEnd(40)} ${String(count).padStart(8)} documents  ${indexes.length} indexes`,
    )
  const how =
    header.consistency.method === 'snapshot'
      ? `snapshot at cluster time ${header.consistency.atClusterTime}`
      : `${header.consistency.passes} reads, the last two identical`
  console.log(`${documents} documents in ${header.collections.length} collections (${how})`)
  const files = header.files
  if (files?.storage === 'disk') {
    console.log(
      `${files.count} uploaded files (${(files.bytes / 1048576).toFixed(1)} MB) from UPLOADS_DIR`,
    )
    if (files.missing.length)
      console.log(
        `WARNING: ${files.missing.length} file(s) the database names were not in UPLOADS_DIR, so not in the backup: ${files.missing.join(', ')}`,
      )
  } else if (files?.storage === 's3')
    console.log(
      `The uploaded files are not in this backup: they stay in the S3 bucket "${files.bucket}"` +
        `${files.endpoint ? ` at ${files.endpoint}` : ''}, kept by the store's own versioning and ` +
        'replication (docs/operations.md#uploaded-files).',
    )
  console.log(`written to ${target}`)
} catch (error) {
  console.error(`Backup failed: ${(error as Error).message}`)
  process.exitCode = 1
} finally {
  await connection.close()
}
