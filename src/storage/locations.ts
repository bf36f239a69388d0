// Where each upload collection's files are, on disk or in the bucket. Plain values with no plugin
// behind them, so the backup (src/backup) and scripts read them without loading Payload.
import path from 'node:path'
import { serverConfig } from '@/config/env'

/** The collections that hold uploads. */
export const UPLOAD_COLLECTIONS = ['media', 'document-files'] as const
export type UploadCollection = (typeof UPLOAD_COLLECTIONS)[number]

/** The local folder of one upload collection (unused while S3 is configured). */
export const staticDirFor = (collection: UploadCollection) =>
  path.resolve(serverConfig().UPLOADS_DIR, collection)

export const usesS3 = () => Boolean(serverConfig().S3_BUCKET)

/** Where each collection's files go inside the bucket. */
export const S3_PREFIXES: Record<UploadCollection, string> = {
  media: 'media',
  'document-files': 'documents',
}
