// Where uploaded files live. Local runs keep them on disk under UPLOADS_DIR; with S3_BUCKET set,
// the official storage adapter (@payloadcms/storage-s3) puts them in any S3-compatible store,
// private. Either way Payload serves a file only through its own access check
// (GET /api/<collection>/file/<name>), and confidential documents only through the portal's
// download route (src/document-access/download.ts), which stamps them and logs the download.
import fs from 'node:fs/promises'
import path from 'node:path'
import { s3Storage } from '@payloadcms/storage-s3'
import type { S3ClientConfig } from '@aws-sdk/client-s3'
import { NotFound, type CollectionConfig, type Plugin } from 'payload'
import { serverConfig } from '@/config/env'
import { S3_PREFIXES, UPLOAD_COLLECTIONS, staticDirFor, type UploadCollection } from './locations'

export * from './locations'

/** The S3 client settings, from S3_* (the adapter's and readStoredFile's client). */
export function s3ClientConfig(): S3ClientConfig {
  const env = serverConfig()
  return {
    endpoint: env.S3_ENDPOINT,
    region: env.S3_REGION,
    forcePathStyle: env.S3_FORCE_PATH_STYLE,
    credentials:
      env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
        ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
        : undefined,
  }
}

/**
 * Always in the config (so the admin's import map is the same whatever the environment), enabled
 * only with S3_BUCKET. Files are written with the canned ACL `private` (S3_OBJECT_ACL=none sends
 * none, for stores that refuse every ACL: AWS buckets with Object Ownership "bucket owner
 * enforced", the default since 2023, answer AccessControlListNotSupported; docs/documents.md).
 * Signed download URLs stay off, so a file is never handed out by a link that bypasses the portal.
 */
export function uploadStorage(): Plugin {
  const env = serverConfig()
  const s3 = s3Storage({
    enabled: Boolean(env.S3_BUCKET),
    bucket: env.S3_BUCKET ?? '',
    acl: env.S3_OBJECT_ACL === 'none' ? undefined : 'private',
    collections: {
      media: { prefix: S3_PREFIXES.media },
      'document-files': { prefix: S3_PREFIXES['document-files'] },
    },
    config: s3ClientConfig(),
  })
  return (config) =>
    s3(
      env.S3_BUCKET
        ? config
        : { ...config, collections: config.collections?.map(answerMissingFilesWith404) },
    )
}

type FileHandler = NonNullable<
  Exclude<CollectionConfig['upload'], boolean | undefined>['handlers']
>[number]

/**
 * On disk, Payload answers a request for a file that is not there with a 500 ("Something went
 * wrong.") and logs an error: any guessed name under /api/media/file/ would. This handler runs
 * after Payload's access check and before its own file handler: a missing file is a 404; an
 * existing one goes on to Payload.
 */
const notFoundWhenMissing: FileHandler = async (
  req,
  { params: { collection, filename } },
): Promise<void> => {
  const dir = staticDirFor(collection as UploadCollection)
  const file = path.resolve(dir, filename)
  if (!file.startsWith(dir + path.sep)) return
  const found = await fs.stat(file).then(
    (stat) => stat.isFile(),
    () => false,
  )
  if (!found) throw new NotFound(req.t)
}

function answerMissingFilesWith404(collection: CollectionConfig): CollectionConfig {
  if (!(UPLOAD_COLLECTIONS as readonly string[]).includes(collection.slug)) return collection
  const upload = typeof collection.upload === 'object' ? collection.upload : {}
  return {
    ...collection,
    upload: { ...upload, handlers: [notFoundWhenMissing, ...(upload.handlers ?? [])] },
  }
}
