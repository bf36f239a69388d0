// What the benchmarks share: Debian tools installed on demand, a production server on a throwaway
// seeded embedded database (scripts/portal.mjs; build in .next-bench/, BENCH_SKIP_BUILD=1 reuses
// it), wrk, cleanup.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { freePort, projectRoot, startEmbeddedDatabase } from './embedded-db.mjs'
import { loadLocalEnv } from '../src/config/env.ts'
import { startMailpit } from './mailpit.mjs'
import { startPortal as startSharedPortal } from './portal.mjs'

export { ensureDebianPackage } from './debian.mjs'

export const DURATION = process.env.BENCH_SECONDS || '10'
export const CONNECTIONS = process.env.BENCH_CONNECTIONS || '16'

const stoppers = []
export async function stopAll() {
  for (const stop of stoppers.splice(0).reverse()) await stop().catch(() => {})
}
process.on('SIGINT', () => void stopAll().then(() => process.exit(130)))

export function startProcess(command, args, env) {
  const child = spawn(command, args, {
    cwd: projectRoot,
    env,
    stdio: process.env.BENCH_VERBOSE ? 'inherit' : 'ignore',
  })
  stoppers.push(
    () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', resolve)
        child.kill('SIGTERM')
      }),
  )
  return child
}

export async function waitFor(url) {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(url)).ok) return
    } catch {}
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`${url} did not answer`)
}

/** Seeds a throwaway database, builds, and serves the portal with `next start` on a free port. */
export async function startPortal(name, readyPath = '/') {
  loadLocalEnv(projectRoot)
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `trust-center-${name}-`))
  stoppers.push(async () => fs.rmSync(work, { recursive: true, force: true }))
  const database = await startEmbeddedDatabase({ dataDir: path.join(work, 'db'), log: () => {} })
  stoppers.push(() => database.stop())
  // A production server refuses to start without an SMTP server (instrumentation.ts).
  const mail = await startMailpit({
    dataDir: path.join(work, 'mail'),
    smtpPort: await freePort(),
    httpPort: await freePort(),
    log: () => {},
  })
  stoppers.push(() => mail.stop())
  const build = !process.env.BENCH_SKIP_BUILD
  console.log(`[bench] seeding${build ? ' and building (next build)' : ''}…`)
  const portal = await startSharedPortal({
    env: {
      ...process.env,
      DATABASE_URI: database.uri,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(mail.smtpPort),
      PAYLOAD_LOG_LEVEL: 'warn',
      DISABLE_JOBS_AUTORUN: 'true',
      // a production build on this machine with the local settings, as `npm run preview` runs it
      LOCAL_PREVIEW: 'true',
    },
    distDir: '.next-bench',
    build,
    readyPath,
    log: process.env.BENCH_VERBOSE ? (chunk) => process.stdout.write(chunk) : undefined,
  })
  stoppers.push(portal.stop)
  if (process.env.BENCH_VERBOSE) console.log('[bench] next start on', portal.port)
  return { base: portal.url, env: portal.env, work, database }
}

/** wrk with one thread: requests per second, latency percentiles (ms) and non-2xx/3xx answers. */
export function wrk(url, extra = []) {
  const out = spawnSync(
    'wrk',
    ['-t1', `-c${CONNECTIONS}`, `-d${DURATION}s`, '--latency', ...extra, url],
    { encoding: 'utf8' },
  )
  if (out.status !== 0) throw new Error(`wrk failed: ${out.stderr}`)
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out.stdout)[1])
  const toMs = (value, unit) => Number(value) * { us: 0.001, ms: 1, s: 1000 }[unit]
  const pct = {}
  for (const [, p, v, u] of out.stdout.matchAll(/^\s+(50|75|90|99)%\s+([\d.]+)(us|ms|s)/gm))
    pct[p] = toMs(v, u)
  const errors = /Non-2xx or 3xx responses: (\d+)/.exec(out.stdout)?.[1] ?? '0'
  return { rps, p50: pct['50'], p90: pct['90'], p99: pct['99'], errors: Number(errors) }
}

/** Runs `main`, always stopping what it started; a failure prints one line and exits 1. */
export async function runBench(main) {
  try {
    await main()
    await stopAll()
  } catch (error) {
    console.error(`[bench] ${error.message}`)
    await stopAll()
    process.exit(1)
  }
}
