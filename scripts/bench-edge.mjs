#!/usr/bin/env node
// `npm run bench:edge`: the cluster (scripts/cluster.mjs: two `next start` instances behind
// Varnish) against nginx serving the same bytes precompressed, on four public addresses; one app
// instance alone beside them; how long a publish takes to show through the edge and on every
// instance; what the first request after a purge costs. Figures go in the README's benchmarks.
// wrk and nginx are Debian packages (installed when missing); the build is .next-edge/, reused
// while the sources are unchanged (CLUSTER_TEST_PORT is the address it is built for).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { exportedEnv, loadLocalEnv } from '../src/config/env.ts'
import {
  CONNECTIONS,
  DURATION,
  ensureDebianPackage,
  runBench,
  startProcess,
  waitFor,
  wrk,
} from './bench-lib.mjs'
import { startCluster } from './cluster.mjs'
import { freePort, projectRoot } from './embedded-db.mjs'

const GZIP = ['-H', 'Accept-Encoding: gzip']
// A server closes idle keep-alive sockets while wrk runs; fetch may pick one up: retry once.
const get = (url, init) => fetch(url, init).catch(() => fetch(url, init))
const PUBLISHES = 20
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

await runBench(async () => {
  ensureDebianPackage('nginx')
  ensureDebianPackage('wrk')
  loadLocalEnv(projectRoot)
  const env = { ...process.env, ...exportedEnv(process.env), PAYLOAD_LOG_LEVEL: 'fatal' }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'trust-center-bench-edge-'))
  console.log('[bench] starting the cluster (building .next-edge/ if needed)…')
  const cluster = await startCluster({
    port: Number(env.CLUSTER_TEST_PORT),
    dataDir: path.join(work, 'data'),
    workDir: path.join(work, 'varnish'),
    distDir: '.next-edge',
    env,
    log: () => {},
  })
  try {
    const login = await fetch(`${cluster.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD }),
    })
    const { token } = await login.json()
    const admin = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
    const [policy] = (
      await (await fetch(`${cluster.url}/api/policies?limit=1&depth=0`, { headers: admin })).json()
    ).docs
    const targets = [
      { path: '/subprocessors', file: 'subprocessors.html', type: 'text/html' },
      { path: `/policies/${policy.slug}`, file: 'policy.html', type: 'text/html' },
      { path: '/changes/rss.xml', file: 'rss.xml', type: 'application/rss+xml' },
      { path: '/api/public/v1/subprocessors', file: 'api.json', type: 'application/json' },
    ]

    // nginx: the same bytes, precompressed (gzip_static), as a static host would serve them
    const www = path.join(work, 'www')
    fs.mkdirSync(www, { mode: 0o755 })
    fs.chmodSync(work, 0o711)
    for (const target of targets) {
      const body = Buffer.from(await (await get(`${cluster.url}${target.path}`)).arrayBuffer())
      fs.writeFileSync(path.join(www, target.file), body)
      fs.writeFileSync(path.join(www, `${target.file}.gz`), zlib.gzipSync(body, { level: 9 }))
      target.bytes = body.length
    }
    const nginxPort = await freePort()
    const locations = targets
      .map((t) => `location = ${t.path} { default_type ${t.type}; try_files /${t.file} =404; }`)
      .join('\n    ')
    fs.writeFileSync(
      path.join(work, 'nginx.conf'),
      `daemon off; worker_processes 1; pid ${work}/nginx.pid; error_log ${work}/nginx-error.log;
events { worker_connections 1024; }
http { access_log off; gzip_static on;
  server { listen 127.0.0.1:${nginxPort}; root ${www};
    ${locations}
  } }\n`,
    )
    startProcess('nginx', ['-c', path.join(work, 'nginx.conf'), '-p', work], env)
    await waitFor(`http://127.0.0.1:${nginxPort}${targets[0].path}`)

    console.log(
      `[bench] wrk: 1 thread, ${CONNECTIONS} connections, ${DURATION} s each, gzip, after a warm-up`,
    )
    const row = (name, r, base) =>
      `  ${name.padEnd(30)} ${r.rps.toFixed(0).padStart(8)} req/s   p50 ${r.p50.toFixed(2).padStart(6)} ms   p99 ${r.p99.toFixed(2).padStart(7)} ms   non-2xx ${r.errors}` +
      (base ? `   ${(r.rps / base.rps).toFixed(2)}× nginx` : '')
    const appAlone = cluster.apps[0].url
    for (const target of targets) {
      wrk(`${cluster.url}${target.path}`, GZIP) // warm-up: the edge holds it
      const edge = wrk(`${cluster.url}${target.path}`, GZIP)
      const nginx = wrk(`http://127.0.0.1:${nginxPort}${target.path}`, GZIP)
      const app = wrk(`${appAlone}${target.path}`, GZIP)
      console.log(`\n${target.path} (${target.bytes} bytes uncompressed)`)
      console.log(row('nginx, precompressed file', nginx))
      console.log(row('cluster (Varnish, 2 instances)', edge, nginx))
      console.log(row('one app instance, no edge', app, nginx))
    }

    // publish → visible through the edge and on every instance
    const address = `/policies/${policy.slug}`
    const places = [cluster.url, ...cluster.apps.map((a) => a.url)]
    const shows = async (base, title) =>
      (await (await get(`${base}${address}`)).text()).includes(title)
    const times = []
    for (let i = 0; i < PUBLISHES; i++) {
      for (const base of places) await (await get(`${base}${address}`)).arrayBuffer()
      const title = `${policy.title} · ${Date.now()}`
      const started = performance.now()
      const saved = await get(`${cluster.url}/api/policies/${policy.id}`, {
        method: 'PATCH',
        headers: admin,
        body: JSON.stringify({ title, _status: 'published' }),
      })
      if (!saved.ok) throw new Error(`publishing failed: ${saved.status} ${await saved.text()}`)
      const waiting = new Set(places)
      while (waiting.size && performance.now() - started < 30_000) {
        for (const base of [...waiting]) if (await shows(base, title)) waiting.delete(base)
        if (waiting.size) await sleep(5)
      }
      if (waiting.size) throw new Error(`not visible after 30 s at ${[...waiting].join(', ')}`)
      times.push(performance.now() - started)
    }
    await fetch(`${cluster.url}/api/policies/${policy.id}`, {
      method: 'PATCH',
      headers: admin,
      body: JSON.stringify({ title: policy.title, _status: 'published' }),
    })
    console.log(
      `\npublish → visible through the edge and on both instances (${PUBLISHES} publishes, from sending the save): median ${median(times).toFixed(0)} ms, worst ${Math.max(...times).toFixed(0)} ms`,
    )

    // the first request after a purge (a miss, filled from an instance) against a hit
    console.log('\nfirst request after purging everything (miss) and the next one (hit):')
    for (const target of targets) {
      const purge = await get(`${cluster.url}/`, {
        method: 'PURGE',
        headers: { 'xkey-purge': 'all', authorization: `Bearer ${cluster.purgeToken}` },
      })
      if (!purge.ok) throw new Error(`purge failed: ${purge.status}`)
      const timeOne = async () => {
        const t = performance.now()
        const r = await get(`${cluster.url}${target.path}`, {
          headers: { 'accept-encoding': 'gzip' },
        })
        await r.arrayBuffer()
        return { ms: performance.now() - t, cache: r.headers.get('x-cache') }
      }
      const miss = await timeOne()
      const hit = await timeOne()
      console.log(
        `  ${target.path.padEnd(34)} ${miss.cache} ${miss.ms.toFixed(1).padStart(7)} ms   ${hit.cache} ${hit.ms.toFixed(1).padStart(5)} ms`,
      )
    }
  } finally {
    await cluster.stop()
    fs.rmSync(work, { recursive: true, force: true })
  }
})
