// `npm run seed` (through scripts/with-db.mjs, which provides the database).
import config from '@payload-config'
import { getPayload } from 'payload'
import { seed } from './index'
import { migrationsToRun } from '../migrations'

const payload = await getPayload({ config })
// Pending migrations first (in production the adapter has already run them on connecting).
await payload.db.migrate({ migrations: migrationsToRun })
const report = await seed(payload)
console.log(
  `[seed] done: admin ${report.admin}; content ${report.content}` +
    (report.created.length ? ` (${report.created.length} documents)` : ''),
)
await payload.destroy()
process.exit(0)
