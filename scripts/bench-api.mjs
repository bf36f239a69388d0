#!/usr/bin/env node
// `npm run bench:api`: requests per second and latency of GET /api/public/v1/subprocessors on the
// production server, plain and revalidated with If-None-Match (304), against a minimal Node http
// server that reads the same published subprocessors with the raw MongoDB driver on every request.
// Everything runs on loopback: a throwaway embedded database with the seed, a production build in
// .next-bench/ (BENCH_SKIP_BUILD=1 reuses it), `next start`, and wrk (a Debian package).
import http from 'node:http'
import { fileURLToPath } from 'node:url'
import {
  CONNECTIONS,
  DURATION,
  ensureDebianPackage,
  runBench,
  startPortal,
  startProcess,
  waitFor,
  wrk,
} from './bench-lib.mjs'
import { freePort } from './embedded-db.mjs'

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
  await runBench(bench)
}

async function bench() {
  ensureDebianPackage('wrk')
  const { base, env, database } = await startPortal('bench-api', PATH)

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
  console.log(`\nGET ${PATH} (${apiBytes} bytes of JSON; the raw driver server sends ${rawBytes})`)
  console.log(row('public API (next start)', api))
  console.log(row('public API, If-None-Match → 304', conditional))
  console.log(row('raw MongoDB driver (node:http)', driver))
  console.log('\nratios (latency: lower is better for the first term)')
  console.log(ratio('public API / raw driver', api, driver))
  console.log(ratio('public API 304 / raw driver', conditional, driver))
  console.log(ratio('public API 304 / public API 200', conditional, api))
}
