import { mongooseAdapter } from '@payloadcms/db-mongodb'
import mongoose from 'mongoose'
import type { DatabaseAdapterObj } from 'payload'

export type ServerKind = 'mongodb' | 'ferretdb'

/** Asks the server itself: FerretDB answers `buildInfo` with a `ferretdbVersion` field. */
export async function detectServerKind(uri: string): Promise<ServerKind> {
  const connection = await mongoose
    .createConnection(uri, { serverSelectionTimeoutMS: 10_000, autoIndex: false })
    .asPromise()
  try {
    const info = await connection.db!.admin().command({ buildInfo: 1 })
    return 'ferretdbVersion' in info ? 'ferretdb' : 'mongodb'
  } finally {
    await connection.close()
  }
}

/**
 * Settings for FerretDB v1, which lacks `$lookup` (join aggregations), transactions, index hints
 * and collation. Never applied to a real MongoDB.
 */
const ferretdbSettings = {
  transactionOptions: false,
  useJoinAggregations: false,
  usePipelineInSortLookup: false,
  disableIndexHints: true,
} as const

export function adapterSettingsFor(kind: ServerKind): Partial<typeof ferretdbSettings> {
  return kind === 'ferretdb' ? ferretdbSettings : {}
}

// Methods whose `select` becomes a `fields` projection in findAndModify, which FerretDB v1 refuses
// (Payload's failed-login counter is one caller). Without `select` the whole document comes back,
// a superset of what the caller asked for.
const methodsWithFindAndModifyProjection = [
  'updateOne',
  'updateGlobal',
  'updateVersion',
  'updateGlobalVersion',
  'upsert',
] as const

function withoutFindAndModifyProjection(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args)
      for (const name of methodsWithFindAndModifyProjection) {
        const original = adapter[name] as (this: unknown, a: Record<string, unknown>) => unknown
        ;(adapter as unknown as Record<string, unknown>)[name] = function (
          this: unknown,
          methodArgs: Record<string, unknown>,
        ) {
          return original.call(this, { ...methodArgs, select: undefined })
        }
      }
      return adapter
    },
  }
}

export async function databaseAdapter(uri: string | undefined): Promise<DatabaseAdapterObj> {
  if (!uri) {
    throw new Error(
      'DATABASE_URI is not set. Start the app with `npm run dev` or `npm start` (they start the ' +
        'embedded database), or set DATABASE_URI to a MongoDB connection string.',
    )
  }
  const kind = await detectServerKind(uri)
  const adapter = mongooseAdapter({ url: uri, ...adapterSettingsFor(kind) })
  return kind === 'ferretdb' ? withoutFindAndModifyProjection(adapter) : adapter
}
