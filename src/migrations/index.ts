// Payload's migrations (https://payloadcms.com/docs/database/migrations), in the order they run.
// `npm run payload migrate:create <name>` adds one to this folder; list it here too. They run on
// every start: the production servers and worker on connecting (the adapter's `prodMigrations`,
// src/db/adapter.ts), local runs in the seed step (src/seed/cli.ts); `npm run payload migrate`
// runs them by hand. Each is idempotent: another instance starting at the same moment may run it too.
import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'
import type { Migration } from 'payload'
import * as subprocessorContactAndTransfers from './20261204_120000_subprocessor_contact_and_transfers'
import * as translatedFields from './20261204_150000_translated_fields'

export const migrations = [
  {
    name: '20261204_120000_subprocessor_contact_and_transfers',
    up: subprocessorContactAndTransfers.up,
    down: subprocessorContactAndTransfers.down,
  },
  {
    name: '20261204_150000_translated_fields',
    up: translatedFields.up,
    down: translatedFields.down,
  },
]

/**
 * The same, as `payload.db.migrate` takes them: Payload's base type gives a migration's arguments
 * as unknown; this adapter passes its own (`MigrateUpArgs`).
 */
export const migrationsToRun: Migration[] = migrations.map(({ name, up, down }) => ({
  name,
  up: (args) => up(args as MigrateUpArgs),
  down: (args) => down(args as MigrateDownArgs),
}))
