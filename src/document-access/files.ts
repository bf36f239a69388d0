// The hooks that keep every published file: a file record is never overwritten, knows its
// fingerprint, and knows which document it belongs to.
import { createHash } from 'node:crypto'
import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
} from 'payload'
import { idOf } from '@/db/documents'
import { unstampableReason } from './stamp'

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

/**
 * A new file: refused unless it can be stamped (an encrypted or broken PDF would fail every
 * download), and fingerprinted (SHA-256 of the bytes as uploaded).
 */
export const fingerprintUpload: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !req.file?.data) return data
  const problem = await unstampableReason(req.file.data)
  if (problem) throw new APIError(problem, 400, undefined, true)
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

/**
 * A document someone requested or downloaded is part of the record of who saw what: it can be
 * unpublished, not deleted. A file is kept while it was downloaded or is a document's current one.
 */
export const keepDocumentOnRecord: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const [requests, downloads] = await Promise.all([
    req.payload.count({
      collection: 'access-requests',
      where: { document: { equals: id } },
      overrideAccess: true,
      req,
    }),
    req.payload.count({
      collection: 'document-downloads',
      where: { document: { equals: id } },
      overrideAccess: true,
      req,
    }),
  ])
  if (requests.totalDocs || downloads.totalDocs)
    throw new APIError(
      'This document has been requested or downloaded, so it stays on record. To take it off the trust center, unpublish it instead.',
      400,
      undefined,
      true,
    )
}

export const keepFileOnRecord: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const [downloads, current] = await Promise.all([
    req.payload.count({
      collection: 'document-downloads',
      where: { file: { equals: id } },
      overrideAccess: true,
      req,
    }),
    req.payload.count({
      collection: 'documents',
      where: { file: { equals: id } },
      overrideAccess: true,
      req,
    }),
  ])
  if (current.totalDocs)
    throw new APIError(
      'This file is a document’s current file. Upload another file for that document first.',
      400,
      undefined,
      true,
    )
  if (downloads.totalDocs)
    throw new APIError(
      'This file has been downloaded, so it stays on record with the download log.',
      400,
      undefined,
      true,
    )
}
