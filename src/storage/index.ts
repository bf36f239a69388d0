// Where uploaded files live. Local runs keep them on disk under UPLOADS_DIR; with S3_BUCKET set,
// the official storage adapter (@payloadcms/storage-s3) puts them in any S3-compatible store,
// private. Either way Payload serves a file only through its own access check
// (GET /api/<collection>/file/<name>), and confidential documents only through the portal's
// download route (src/document-access/download.ts), which stamps them and logs the download.
import path from 'node:path'
import { s3Storage } from '@payloadcms/storage-s3'
import type { S3ClientConfig } from '@aws-sdk/client-s3'
import type { Plugin } from 'payload'
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
 * only with S3_BUCKET. Files are written `private`; signed download URLs stay off, so a file is
 * never handed out by a link that bypasses the portal.
 */
export function uploadStorage(): Plugin {
  const env = serverConfig()
  return s3Storage({
    enabled: Boolean(env.S3_BUCKET),
    bucket: env.S3_BUCKET ?? '',
    acl: 'private',
    collections: {
      media: { prefix: S3_PREFIXES.media },
      'document-files': { prefix: S3_PREFIXES['document-files'] },
    },
    config: s3ClientConfig(),
  })
}
