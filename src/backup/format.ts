// The backup file (`npm run backup`, `npm run restore`): gzip-compressed JSON lines.
//
//   line 1     the header: format and version, when, from what server, how it was made consistent,
//              and each collection with its options, indexes and document count
//   then       one line per document: {"collection": name, "document": <canonical Extended JSON>}
//   last line  {"end": true, "documents": total}, so a truncated file is noticed
//
// Documents are canonical Extended JSON (the bson package's EJSON, as mongoose's driver exports
// it), which keeps every type exactly: ObjectId, Date, 32- and 64-bit integers, doubles, Decimal128.
import mongoose from 'mongoose'

export const { EJSON } = mongoose.mongo.BSON

export const BACKUP_FORMAT = 'trust-center-backup'
export const BACKUP_VERSION = 1

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
  version: typeof BACKUP_VERSION
  createdAt: string
  database: string
  server: 'mongodb' | 'ferretdb'
  consistency: Consistency
  collections: CollectionEntry[]
}

export type DocumentLine = { collection: string; document: Record<string, unknown> }
export type EndLine = { end: true; documents: number }

/** One document as its line (canonical EJSON: every BSON type kept). */
export const documentLine = (collection: string, document: unknown) =>
  `{"collection":${JSON.stringify(collection)},"document":${EJSON.stringify(document, { relaxed: false })}}\n`

/** Collections the server keeps for itself: never dumped, never restored. */
export const isSystemCollection = (name: string) => name.startsWith('system.')
