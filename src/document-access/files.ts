// The hooks that keep every published file: a file record is never overwritten, knows its
// fingerprint, and knows which document it belongs to.
import { createHash } from 'node:crypto'
import { APIError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook } from 'payload'
import { idOf } from '@/db/documents'

/** A new version is a new upload: replacing the bytes of a published file would rewrite history. */
export const keepFileOnUpdate: CollectionBeforeChangeHook = ({ operation, req }) => {
  if (operation === 'update' && req.file)
    throw new APIError(
      'A file that has been published cannot be replaced. To publish a new version, open the document and upload the new file as its "Current file": the earlier one stays on record.',
      400,
      undefined,
      true,
    )
}

export const fingerprintUpload: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create' && req.file?.data)
    data.sha256 = createHash('sha256').update(req.file.data).digest('hex')
  return data
}

/** Marks the document's current file as belonging to it, the first time it is chosen. */
export const linkFileToDocument: CollectionAfterChangeHook = async ({ doc, req }) => {
  const fileId = idOf(doc.file)
  if (!fileId) return doc
  const file = await req.payload.findByID({
    collection: 'document-files',
    id: fileId,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (!file.document)
    await req.payload.update({
      collection: 'document-files',
      id: fileId,
      data: { document: doc.id },
      overrideAccess: true,
      req,
    })
  return doc
}
