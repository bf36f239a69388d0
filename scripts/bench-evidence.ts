// `npm run bench:evidence`: appends BENCH_ENTRIES (20,000) ledger entries in batches of 200 (as a
// notice run does), then single entries one by one and from four appenders at once, and times
// verifying the whole chain. A throwaway embedded database; nothing else is touched.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { projectRoot, startEmbeddedDatabase } from './embedded-db.mjs'
import { loadLocalEnv } from '../src/config/env'

const COUNT = Number(process.env.BENCH_ENTRIES || 20_000)
const BATCH = 200
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'trust-center-bench-evidence-'))
loadLocalEnv(projectRoot)
const database = await startEmbeddedDatabase({ dataDir: path.join(work, 'db'), log: () => {} })
Object.assign(process.env, {
  DATABASE_URI: database.uri,
  PAYLOAD_LOG_LEVEL: 'warn',
  DISABLE_JOBS_AUTORUN: 'true',
})

const seconds = (from: number) => (performance.now() - from) / 1000

try {
  const [{ getPayload }, { default: config }, ledger, { verifyLedger }] = await Promise.all([
    import('payload'),
    import('@payload-config'),
    import('@/evidence/ledger'),
    import('@/evidence/verify'),
  ])
  const payload = await getPayload({ config })
  const delivery = (i: number) => ({
    type: 'notice.delivery' as const,
    change: '6650f0c2a1b2c3d4e5f60718',
    subscriber: '6650f0c2a1b2c3d4e5f6' + (i % 65536).toString(16).padStart(4, '0'),
    data: {
      email: `subscriber-${i}@bench.invalid`,
      attempt: 1,
      outcome: 'sent',
      messageId: `<${i}@bench.invalid>`,
      smtpResponse: '250 2.0.0 Ok: queued as BENCH',
      error: null,
    },
  })

  let started = performance.now()
  for (let i = 0; i < COUNT; i += BATCH)
    await ledger.appendEvidence(
      payload,
      Array.from({ length: Math.min(BATCH, COUNT - i) }, (_, j) => delivery(i + j)),
    )
  const batchSeconds = seconds(started)

  const SINGLE = 200
  started = performance.now()
  for (let i = 0; i < SINGLE; i++) await ledger.appendEvidence(payload, [delivery(i)])
  const singleSeconds = seconds(started)

  const PARALLEL = 4
  const EACH = 50
  started = performance.now()
  await Promise.all(
    Array.from({ length: PARALLEL }, async (_, p) => {
      for (let i = 0; i < EACH; i++) await ledger.appendEvidence(payload, [delivery(p * EACH + i)])
    }),
  )
  const parallelSeconds = seconds(started)

  const collection = ledger.ledgerCollection(payload)
  const runs = []
  for (let i = 0; i < 3; i++) runs.push(await verifyLedger(collection))
  const last = runs[runs.length - 1]
  const total = COUNT + SINGLE + PARALLEL * EACH

  console.log(`\nentries                   ${total}`)
  console.log(
    `batched append            ${COUNT} in ${batchSeconds.toFixed(1)} s (${(COUNT / batchSeconds).toFixed(0)} entries/s, batches of ${BATCH})`,
  )
  console.log(
    `single appends            ${SINGLE} in ${singleSeconds.toFixed(1)} s (${((singleSeconds / SINGLE) * 1000).toFixed(1)} ms each)`,
  )
  console.log(
    `4 appenders at once       ${PARALLEL * EACH} in ${parallelSeconds.toFixed(1)} s (${((parallelSeconds / (PARALLEL * EACH)) * 1000).toFixed(1)} ms per entry)`,
  )
  console.log(
    `verify whole chain        ${runs.map((r) => `${r.milliseconds} ms`).join(', ')} (${last.ok ? 'verifies' : 'BROKEN'}, ${last.entries} entries)`,
  )
  if (!last.ok || last.entries !== total) process.exitCode = 1
  await payload.destroy()
} finally {
  await database.stop()
  fs.rmSync(work, { recursive: true, force: true })
}
process.exit(process.exitCode ?? 0)
