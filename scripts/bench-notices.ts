// `npm run bench:notices`: announce one change to 10,000 confirmed subscribers through Mailpit and
// print the time to deliver all, the delivery rate and the peak memory. A throwaway database and
// Mailpit on loopback; nothing else is touched. BENCH_SUBSCRIBERS changes the count.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { freePort, projectRoot, startEmbeddedDatabase } from './embedded-db.mjs'
import { loadLocalEnv } from '../src/config/env'
import { startMailpit } from './mailpit.mjs'

const COUNT = Number(process.env.BENCH_SUBSCRIBERS || 10_000)
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'trust-center-bench-notices-'))
loadLocalEnv(projectRoot)
const database = await startEmbeddedDatabase({ dataDir: path.join(work, 'db'), log: () => {} })
const mail = await startMailpit({
  dataDir: path.join(work, 'mail'),
  smtpPort: await freePort(),
  httpPort: await freePort(),
  maxMessages: 0,
  log: () => {},
})
const mailApi = `http://127.0.0.1:${mail.httpPort}/api/v1`
Object.assign(process.env, {
  DATABASE_URI: database.uri,
  SMTP_HOST: '127.0.0.1',
  SMTP_PORT: String(mail.smtpPort),
  SMTP_USER: '',
  PAYLOAD_LOG_LEVEL: 'warn',
  DISABLE_JOBS_AUTORUN: 'true',
})

let peakRss = 0
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50)
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`

try {
  const [{ getPayload }, { default: config }, { seed }, { sendChangeNotices }] = await Promise.all([
    import('payload'),
    import('@payload-config'),
    import('@/seed'),
    import('@/notices/tasks'),
  ])
  const payload = await getPayload({ config })
  await seed(payload)
  console.log(`[bench] inserting ${COUNT} confirmed subscribers…`)
  const now = new Date()
  const rows = Array.from({ length: COUNT }, (_, i) => ({
    email: `subscriber-${i}@bench.invalid`,
    status: 'confirmed',
    confirmedAt: now,
    linkNonce: `bench-${i}`,
    createdAt: now,
    updatedAt: now,
  }))
  const subscribers = payload.db.collections.subscribers
  for (let i = 0; i < rows.length; i += 1000) await subscribers.insertMany(rows.slice(i, i + 1000))

  const twilio = (
    await payload.find({ collection: 'subprocessors', where: { slug: { equals: 'twilio' } } })
  ).docs[0]
  const change = await payload.create({
    collection: 'changes',
    data: {
      status: 'announced',
      kind: 'removal',
      subprocessor: twilio.id,
      reason: 'Benchmark: SMS delivery moves in-house.',
      effectiveDate: new Date(Date.now() + 31 * 86_400_000).toISOString(),
    },
    context: { disableRevalidate: true },
  })
  const baseline = process.memoryUsage().rss
  peakRss = baseline
  console.log(`[bench] sending the notice (rss before sending ${mb(baseline)})…`)
  const started = performance.now()
  const result = await sendChangeNotices(payload, String(change.id))
  const sentSeconds = (performance.now() - started) / 1000
  let received = 0
  for (let i = 0; i < 600 && received < COUNT; i++) {
    received = ((await (await fetch(`${mailApi}/messages?limit=1`)).json()) as { total: number })
      .total
    if (received < COUNT) await new Promise((r) => setTimeout(r, 100))
  }
  const deliveredSeconds = (performance.now() - started) / 1000
  const recorded = (
    await payload.count({ collection: 'notice-deliveries', where: { status: { equals: 'sent' } } })
  ).totalDocs
  console.log(`\nsubscribers            ${COUNT}`)
  console.log(`sent / failed           ${result.sent} / ${result.failed}`)
  console.log(`delivery records        ${recorded} sent`)
  console.log(`in Mailpit              ${received}`)
  console.log(`time to send all        ${sentSeconds.toFixed(1)} s`)
  console.log(`time until all arrived  ${deliveredSeconds.toFixed(1)} s`)
  console.log(`delivery rate           ${(received / deliveredSeconds).toFixed(0)} emails/s`)
  console.log(
    `peak memory (RSS)       ${mb(peakRss)} (${mb(peakRss - baseline)} above the start of sending)`,
  )
  await payload.destroy()
} finally {
  clearInterval(sampler)
  await mail.stop()
  await database.stop()
  fs.rmSync(work, { recursive: true, force: true })
}
process.exit(0)
