// The backup file (`npm run backup`, `npm run restore`): gzip-compressed JSON lines.
//
//   line 1     the header: format and version, when, from what server, how it was made consistent,
//              each collection with its options, indexes and document count, and where the
//              uploaded files are (./files.ts)
//   then       one line per document: {"collection": name, "document": <canonical Extended JSON>}
//   then       with uploads on disk, one line per file: {"file": {collection, name, size, sha256},
//              "data": <base64>}
//   last line  {"end": true, "documents": total, "files": total}, so a truncated file is noticed
//
// Version 1 (before uploads) had no files; it is still restored.
//
// Documents are canonical Extended JSON (the bson package's EJSON, as mongoose's driver exports
// it), which keeps every type exactly: ObjectId, Date, 32- and 64-bit integers, doubles, Decimal128.
import mongoose from 'mongoose'
import type { FilesEntry } from './files'

export const { EJSON } = mongoose.mongo.BSON

export const BACKUP_FORMAT = 'trust-center-backup'
export const BACKUP_VERSION = 2
/** The versions `npm run restore` reads. */
export const READABLE_VERSIONS: readonly number[] = [1, 2]

/** An index as listIndexes describes it (name, key, unique, partialFilterExpression…). */
export type IndexSpec = mongoose.mongo.IndexDescriptionInfo

export type CollectionEntry = {
  name: string
  options: Record<string, unknown>
  indexes: IndexSpec[]
  count: number
}

export type Consistency =
  { method: 'snapshot'; atClusterTime: string } | { method: 'repeated-read'; passes: number }

export type BackupHeader = {
  format: typeof BACKUP_FORMAT
  version: number
  createdAt: string
  database: string
  server: 'mongodb' | 'ferretdb'
  consistency: Consistency
  collections: CollectionEntry[]
  /** where the uploaded files are; absent in version 1 */
  files?: FilesEntry
}

export type DocumentLine = { collection: string; document: Record<string, unknown> }
export type EndLine = { end: true; documents: number; files?: number }

/** One document as its line (canonical EJSON: every BSON type kept). */
export const documentLine = (collection: string, document: unknown) =>
  `{"collection":${JSON.stringify(collection)},"document":${EJSON.stringify(document, { relaxed: false })}}\n`

/** Collections the server keeps for itself: never dumped, never restored. */
export const isSystemCollection = (name: string) => name.startsWith('system.')
