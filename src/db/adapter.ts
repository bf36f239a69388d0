// The database adapter: any MongoDB through DATABASE_URI, or the embedded FerretDB v1 that local
// runs and tests start (scripts/embedded-db.mjs). Importing this module opens no connection: the
// server is asked what it is when the adapter connects, and only a FerretDB gets the settings below.
import { compatibilityOptions, mongooseAdapter, type MongooseAdapter } from '@payloadcms/db-mongodb'
import type { DatabaseAdapterObj } from 'payload'
import { watchDatabase } from './reachability'
import { claimJobsAtomically } from './claims'
import { migrations } from '../migrations'

type ServerKind = 'mongodb' | 'ferretdb'

/** Asks the server itself: FerretDB answers `buildInfo` with a `ferretdbVersion` field. */
export async function serverKindOf(
  adapter: Pick<MongooseAdapter, 'connection'>,
): Promise<ServerKind> {
  const info = await adapter.connection.db!.admin().command({ buildInfo: 1 })
  return 'ferretdbVersion' in info ? 'ferretdb' : 'mongodb'
}

/**
 * What FerretDB v1 lacks, as the adapter's own compatibility options name it: `$lookup` (join
 * aggregations, and so the sort pipeline) and index hints. It has no transactions either; the
 * adapter turns them off by itself on a server that is not a replica set. Collation is never
 * configured. Never applied to a real MongoDB.
 */
export const ferretdbSettings = {
  useJoinAggregations: compatibilityOptions.cosmosdb.useJoinAggregations,
  usePipelineInSortLookup: compatibilityOptions.cosmosdb.usePipelineInSortLookup,
  disableIndexHints: compatibilityOptions.documentdb.disableIndexHints,
} as const

// The one patch no option covers. These methods turn `select` into the `fields` projection of a
// findAndModify, which FerretDB v1 refuses with "not implemented" (Payload's failed-login counter
// is one caller). Without `select` the whole document comes back: a superset of what was asked.
const methodsWithFindAndModifyProjection = [
  'updateOne',
  'updateGlobal',
  'updateVersion',
  'updateGlobalVersion',
  'upsert',
] as const

function dropFindAndModifyProjection(adapter: MongooseAdapter): void {
  for (const name of methodsWithFindAndModifyProjection) {
    const original = adapter[name] as (args: { select?: unknown }) => Promise<unknown>
    Object.assign(adapter, {
      [name]: (args: { select?: unknown }) =>
        original.call(adapter, { ...args, select: undefined }),
    })
  }
}

const adapted = new WeakSet<MongooseAdapter>()

/** How long an operation waits for a server to answer before failing (the driver's default: 30 s). */
export const DATABASE_WAIT_MS = 5_000

/**
 * Runs when the connection opens, before any query: adapts the adapter to the server, once. On any
 * server, jobs are claimed so that only one runner gets each (src/db/claims.ts), and the driver's
 * view of the servers is followed (./reachability.ts).
 */
async function adaptToServer(adapter: MongooseAdapter): Promise<void> {
  if (adapted.has(adapter)) return
  adapted.add(adapter)
  watchDatabase(adapter.connection.getClient())
  claimJobsAtomically(adapter)
  if ((await serverKindOf(adapter)) !== 'ferretdb') return
  Object.assign(adapter, ferretdbSettings)
  dropFindAndModifyProjection(adapter)
}

const MISSING_URI =
  'DATABASE_URI is not set. Start the app with `npm run dev` or `npm start` (they start the ' +
  'embedded database), or set DATABASE_URI to a MongoDB connection string.'

/**
 * The adapter for `uri`. Without one, the config still loads (type generation and the import map
 * need no database) and the first connection attempt fails with a message saying what to do.
 */
export function databaseAdapter(uri: string | undefined): DatabaseAdapterObj {
  const adapter = mongooseAdapter({
    url: uri || false,
    afterOpenConnection: adaptToServer,
    // A request waits at most this long for an unreachable database, then fails, answered with
    // 503 + Retry-After (./reachability.ts), instead of hanging for the driver's default 30 s.
    connectOptions: { serverSelectionTimeoutMS: DATABASE_WAIT_MS },
    // Payload's migrations (src/migrations, the folder `npm run payload migrate` finds by default):
    // run when a production server, the worker or the production seed connects.
    prodMigrations: migrations,
  })
  if (uri) return adapter
  return {
    ...adapter,
    init: (args) =>
      Object.assign(adapter.init(args), {
        connect: async () => {
          throw new Error(MISSING_URI)
        },
      }),
  }
}
