#!/usr/bin/env node
// `npm run bench:api`: requests per second and latency of GET /api/public/v1/subprocessors on the
// production server, plain and revalidated with If-None-Match (304), against a minimal Node http
// server that reads the same published subprocessors with the raw MongoDB driver on every request.
// Everything runs on loopback: a throwaway embedded database with the seed, a production build in
// .next-bench/ (BENCH_SKIP_BUILD=1 reuses it), `next start`, and wrk (a Debian package).
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { freePort, projectRoot, startEmbeddedDatabase } from './embedded-db.mjs'
import { loadProjectEnv } from './env.mjs'

const DURATION = process.env.BENCH_SECONDS || '10'
const CONNECTIONS = process.env.BENCH_CONNECTIONS || '16'
const PATH = '/api/public/v1/subprocessors'

// The baseline, run as a child process: `bench-api.mjs --raw-server PORT DATABASE_URI`.
async function rawServer(port, uri) {
  const { default: mongoose } = await import('mongoose')
  const client = await new mongoose.mongo.MongoClient(uri).connect()
  const db = client.db()
  http
    .createServer(async (_request, response) => {
      const [subprocessors, categories] = await Promise.all([
        db.collection('subprocessors').find({ _status: 'published' }).sort({ name: 1 }).toArray(),
        db.collection('categories').find({}).toArray(),
      ])
      const byId = new Map(categories.map((category) => [String(category._id), category]))
      const data = subprocessors.map(({ _id, __v, _status, category, ...rest }) => ({
        ...rest,
        category: byId.has(String(category))
          ? { slug: byId.get(String(category)).slug, name: byId.get(String(category)).name }
          : null,
      }))
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(JSON.stringify({ data }))
    })
    .listen(port, '127.0.0.1')
}

if (process.argv[2] === '--raw-server') {
  await rawServer(Number(process.argv[3]), process.argv[4])
} else {
  await bench()
}

async function bench() {
  const stoppers = []
  const stopAll = async () => {
    for (const stop of stoppers.reverse()) await stop().catch(() => {})
  }
  process.on('SIGINT', () => void stopAll().then(() => process.exit(130)))

  const startProcess = (command, args, env) => {
    const child = spawn(command, args, { cwd: projectRoot, env, stdio: 'ignore' })
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

  try {
    loadProjectEnv()
    if (spawnSync('sh', ['-c', 'command -v wrk']).status !== 0) {
      console.log('[bench] installing wrk (Debian package)…')
      const install = spawnSync('sh', ['-c', 'apt-get update -qq && apt-get install -y -qq wrk'], {
        stdio: 'inherit',
      })
      if (install.status !== 0)
        throw new Error('could not install wrk; install it with apt-get and run again')
    }

    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'trust-center-bench-api-'))
    const database = await startEmbeddedDatabase({ dataDir: path.join(work, 'db'), log: () => {} })
    stoppers.push(async () => database.stop())
    const port = await freePort()
    const base = `http://127.0.0.1:${port}`
    const env = {
      ...process.env,
      DATABASE_URI: database.uri,
      NEXT_DIST_DIR: '.next-bench',
      NEXT_PUBLIC_SERVER_URL: base,
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      PAYLOAD_LOG_LEVEL: 'warn',
      DISABLE_JOBS_AUTORUN: 'true',
    }
    const run = (args, label) => {
      const result = spawnSync(process.execPath, args, {
        cwd: projectRoot,
        env,
        stdio: ['ignore', 'pipe', 'inherit'],
      })
      if (result.status !== 0) throw new Error(`${label} failed`)
    }
    console.log('[bench] seeding and building (next build)…')
    run(['--import', 'tsx/esm', 'src/seed/cli.ts'], 'seed')
    if (!process.env.BENCH_SKIP_BUILD)
      run(['node_modules/next/dist/bin/next', 'build'], 'next build')
    startProcess(
      process.execPath,
      ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(port)],
      env,
    )
    await waitFor(`${base}${PATH}`)

    const rawPort = await freePort()
    startProcess(
      process.execPath,
      [fileURLToPath(import.meta.url), '--raw-server', String(rawPort), database.uri],
      env,
    )
    const raw = `http://127.0.0.1:${rawPort}/`
    await waitFor(raw)

    const first = await fetch(`${base}${PATH}`)
    const etag = first.headers.get('etag')
    const apiBytes = (await first.arrayBuffer()).byteLength
    const rawBytes = (await (await fetch(raw)).arrayBuffer()).byteLength
    const revalidated = await fetch(`${base}${PATH}`, { headers: { 'if-none-match': etag } })
    if (revalidated.status !== 304)
      throw new Error(`If-None-Match answered ${revalidated.status}, not 304`)

    console.log(
      `[bench] wrk: 1 thread, ${CONNECTIONS} connections, ${DURATION} s each, after a warm-up`,
    )
    wrk(`${base}${PATH}`)
    const api = wrk(`${base}${PATH}`)
    const conditional = wrk(`${base}${PATH}`, ['-H', `If-None-Match: ${etag}`])
    wrk(raw)
    const driver = wrk(raw)

    const row = (name, r) =>
      `${name.padEnd(40)} ${r.rps.toFixed(0).padStart(7)} req/s   p50 ${r.p50.toFixed(2).padStart(6)} ms   p99 ${r.p99.toFixed(2).padStart(7)} ms   non-2xx/3xx ${r.errors}`
    const ratio = (name, a, b) =>
      `${name.padEnd(40)} throughput ${(a.rps / b.rps).toFixed(2)}x   p50 ${(a.p50 / b.p50).toFixed(2)}x   p99 ${(a.p99 / b.p99).toFixed(2)}x`
    console.log(
      `\nGET ${PATH} (${apiBytes} bytes of JSON; the raw driver server sends ${rawBytes})`,
    )
    console.log(row('public API (next start)', api))
    console.log(row('public API, If-None-Match → 304', conditional))
    console.log(row('raw MongoDB driver (node:http)', driver))
    console.log('\nratios (latency: lower is better for the first term)')
    console.log(ratio('public API / raw driver', api, driver))
    console.log(ratio('public API 304 / raw driver', conditional, driver))
    console.log(ratio('public API 304 / public API 200', conditional, api))
    await stopAll()
    fs.rmSync(work, { recursive: true, force: true })
  } catch (error) {
    console.error(`[bench] ${error.message}`)
    await stopAll()
    process.exit(1)
  }
}

async function waitFor(url) {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(url)).ok) return
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} did not answer`)
}

function wrk(url, extra = []) {
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
