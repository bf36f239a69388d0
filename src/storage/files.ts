// Reads a stored file's bytes on the server, wherever it lives: for the portal's own download
// route, which checks access, stamps and logs before anything leaves (src/document-access).
import fs from 'node:fs/promises'
import path from 'node:path'
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { serverConfig } from '@/config/env'
import { s3ClientConfig, S3_PREFIXES, staticDirFor, type UploadCollection } from './index'

let client: S3Client | undefined
const s3 = () => (client ??= new S3Client(s3ClientConfig()))

export class StoredFileMissingError extends Error {}

export async function readStoredFile(
  collection: UploadCollection,
  doc: { filename?: string | null; prefix?: string | null },
): Promise<Uint8Array> {
  const filename = path.basename(doc.filename ?? '')
  if (!filename) throw new StoredFileMissingError(`A ${collection} record has no file`)
  const env = serverConfig()
  try {
    if (!env.S3_BUCKET) return await fs.readFile(path.join(staticDirFor(collection), filename))
    const object = await s3().send(
      new GetObjectCommand({
        Bucket: env.S3_BUCKET,
        Key: path.posix.join(doc.prefix ?? S3_PREFIXES[collection], filename),
      }),
    )
    if (!object.Body) throw new StoredFileMissingError(`${filename} is empty in the bucket`)
    return await object.Body.transformToByteArray()
  } catch (error) {
    const code = (error as { code?: string; name?: string }).code ?? (error as Error).name
    if (code === 'ENOENT' || code === 'NoSuchKey')
      throw new StoredFileMissingError(`${filename} is missing from the ${collection} storage`)
    throw error
  }
}
