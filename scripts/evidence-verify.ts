// `npm run evidence:verify`: walks the whole evidence ledger (src/evidence/verify.ts, the check
// the admin dashboard shows) and exits 1 naming the first broken entry, 0 when every hash and link
// holds. Reads the database directly, so it works with the app stopped. DATABASE_URI, or the
// embedded database through scripts/with-db.mjs.
import mongoose from 'mongoose'
import { EVIDENCE_COLLECTION } from '../src/evidence/chain'
import { describeBroken, verifyLedger } from '../src/evidence/verify'

const uri = process.env.DATABASE_URI
if (!uri) {
  console.error('DATABASE_URI is not set. Run `npm run evidence:verify`, which provides it.')
  process.exit(2)
}
const connection = await mongoose.createConnection(uri).asPromise()
try {
  const result = await verifyLedger(connection.db!.collection(EVIDENCE_COLLECTION))
  console.log(`entries checked  ${result.entries}`)
  if (result.head)
    console.log(`head             ${result.head.sequence} ${result.head.hash} ${result.head.at}`)
  else if (result.ok) console.log('head             (the ledger is empty)')
  console.log(`time             ${result.milliseconds} ms`)
  if (result.broken) {
    console.error(`BROKEN at ${describeBroken(result.broken)}`)
    process.exitCode = 1
  } else console.log('the chain verifies')
} finally {
  await connection.close()
}
