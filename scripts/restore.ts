// `npm run restore FILE`: loads a backup made by `npm run backup` into an empty database
// (DATABASE_URI, or the embedded database through scripts/with-db.mjs); refuses, and changes
// nothing, when the database holds anything or the file is incomplete. See src/backup/restore.ts.
import path from 'node:path'
import mongoose from 'mongoose'
import { RestoreRefused, restoreDatabase } from '../src/backup/restore'

const uri = process.env.DATABASE_URI
if (!uri) {
  console.error('DATABASE_URI is not set. Run `npm run restore FILE`, which provides it.')
  process.exit(2)
}
if (!process.argv[2]) {
  console.error('Usage: npm run restore FILE   (a file written by npm run backup)')
  process.exit(2)
}
const file = path.resolve(process.env.INIT_CWD || process.cwd(), process.argv[2])

const connection = await mongoose.createConnection(uri).asPromise()
try {
  const { header, documents, files } = await restoreDatabase(connection, file, (line) =>
    console.error(`[restore] ${line}`),
  )
  console.log(
    `restored ${documents} documents in ${header.collections.length} collections from the backup of ${header.createdAt}`,
  )
  if (header.files?.storage === 'disk') console.log(`restored ${files} uploaded files`)
  if (header.files?.storage === 's3')
    console.log(
      `The uploaded files were not in the backup: the records name files in the S3 bucket "${header.files.bucket}". ` +
        'Point S3_* at that bucket (or a copy restored from its versions or replica).',
    )
} catch (error) {
  console.error(
    error instanceof RestoreRefused ? error.message : `Restore failed: ${(error as Error).message}`,
  )
  process.exitCode = 1
} finally {
  await connection.close()
}
