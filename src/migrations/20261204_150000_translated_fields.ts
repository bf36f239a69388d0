// Issue 13: visitor-facing texts became translated (Payload localization, src/i18n/locales.ts).
// Payload stores a translated field as `{ en: …, de: … }`; what was saved before holds the plain
// value, which Payload's reads would no longer understand (a list read as a map of languages
// gives nothing). This wraps each plain value as the source language's: `value` → `{ en: value }`,
// in the main documents, every version (drafts, the admin's history, what change notices name)
// and the trust-center settings. Nothing else changes: ids, dates and every other field stay, so
// the evidence ledger, which names versions by id, still verifies. Idempotent: a value already
// wrapped is left alone, so it runs safely on every start and by `npm run payload migrate`.
// Written against the raw collections with the field paths listed here, so it does not change
// when the code's fields change again. Payload has no migration for this on MongoDB (its
// Postgres adapter moves columns; MongoDB documents are rewritten by hand).
import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'
import type mongoose from 'mongoose'

const SOURCE = 'en'
const LOCALE_CODES = ['en', 'de']

/** Translated field paths per collection; `*` is each row of an array. */
const TRANSLATED: Record<string, string[]> = {
  subprocessors: [
    'purpose',
    'dataProcessed',
    'nature',
    'dataSubjects',
    'specialCategories.which',
    'retention',
    'transferMechanisms.*.note',
    'notes',
  ],
  categories: ['name', 'description'],
  scopes: ['name', 'description'],
  policies: ['title', 'summary', 'body'],
  'security-domains': ['title', 'summary', 'statements.*.text'],
  certifications: ['scope'],
  faq: ['question', 'answer', 'topic'],
  documents: ['title', 'description'],
}
const TRANSLATED_GLOBALS: Record<string, string[]> = {
  'trust-center': ['portalTitle', 'subprocessorListTitle', 'introduction'],
}

type Doc = Record<string, unknown> & { _id?: mongoose.Types.ObjectId }

const isLocaleMap = (value: unknown) =>
  Boolean(value) &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  Object.keys(value as object).length > 0 &&
  Object.keys(value as object).every((key) => LOCALE_CODES.includes(key))

/**
 * Applies `change` to the value at `path` under `doc` (in place); true when anything changed.
 * `change` returns undefined to leave a value as it is.
 */
function rewrite(doc: Doc, path: string[], change: (value: unknown) => unknown): boolean {
  const [head, ...rest] = path
  if (head === '*') {
    if (!Array.isArray(doc)) return false
    let changed = false
    for (const item of doc as unknown[])
      if (item && typeof item === 'object') changed = rewrite(item as Doc, rest, change) || changed
    return changed
  }
  if (!doc || typeof doc !== 'object' || !(head in doc)) return false
  if (!rest.length) {
    const next = change(doc[head])
    if (next === undefined) return false
    doc[head] = next
    return true
  }
  return rewrite(doc[head] as Doc, rest, change)
}

const wrap = (value: unknown) =>
  value === null || value === undefined || isLocaleMap(value) ? undefined : { [SOURCE]: value }
const unwrap = (value: unknown) =>
  isLocaleMap(value) ? ((value as Doc)[SOURCE] ?? null) : undefined

type Collection = MigrateUpArgs['payload']['db']['globals']['collection']
type Session = MigrateUpArgs['session']

/** Rewrites the paths of each document of `collection` matched by `filter` (under `prefix`). */
async function rewriteAll(
  collection: Collection,
  filter: object,
  paths: string[],
  prefix: string[],
  change: (value: unknown) => unknown,
  session: Session,
) {
  const docs = await collection.find<Doc>(filter, { session }).toArray()
  for (const doc of docs) {
    const root = prefix.reduce<Doc | undefined>((at, key) => at?.[key] as Doc | undefined, doc)
    if (!root) continue
    const touched = new Set<string>()
    for (const path of paths)
      if (rewrite(root, path.split('.'), change)) touched.add(path.split('.')[0])
    if (!touched.size) continue
    const set = Object.fromEntries(
      [...touched].map((field) => [[...prefix, field].join('.'), root[field]]),
    )
    await collection.updateOne({ _id: doc._id }, { $set: set }, { session })
  }
}

async function rewriteEverything(
  { payload, session }: MigrateUpArgs | MigrateDownArgs,
  change: (value: unknown) => unknown,
) {
  const { db } = payload
  for (const [slug, paths] of Object.entries(TRANSLATED)) {
    await rewriteAll(db.collections[slug].collection, {}, paths, [], change, session)
    const versions = db.versions[slug] as (typeof db.versions)[string] | undefined
    if (versions) await rewriteAll(versions.collection, {}, paths, ['version'], change, session)
  }
  for (const [slug, paths] of Object.entries(TRANSLATED_GLOBALS)) {
    await rewriteAll(db.globals.collection, { globalType: slug }, paths, [], change, session)
    const versions = db.versions[slug] as (typeof db.versions)[string] | undefined
    if (versions) await rewriteAll(versions.collection, {}, paths, ['version'], change, session)
  }
}

export async function up(args: MigrateUpArgs): Promise<void> {
  await rewriteEverything(args, wrap)
}

/** Back to plain values, for a rollback to a release before translations: other languages are lost. */
export async function down(args: MigrateDownArgs): Promise<void> {
  await rewriteEverything(args, unwrap)
}
