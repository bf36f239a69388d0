#!/usr/bin/env node
// `npm run bench`: how fast the production portal serves /subprocessors compared with nginx serving
// the same HTML from a file, and how many compressed bytes each public page sends.
// Everything runs on loopback: a throwaway embedded database with the seed, a production build
// in .next-bench/, `next start`, nginx and wrk (Debian packages, installed when missing).
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { freePort, projectRoot, startEmbeddedDatabase } from './embedded-db.mjs'
import { loadProjectEnv } from './env.mjs'

const DURATION = process.env.BENCH_SECONDS || '10'
const CONNECTIONS = process.env.BENCH_CONNECTIONS || '16'
const stoppers = []
const stopAll = async () => {
  for (const stop of stoppers.reverse()) await stop().catch(() => {})
}
process.on('SIGINT', () => void stopAll().then(() => process.exit(130)))

function ensureDebianPackage(command, pkg) {
  if (spawnSync('sh', ['-c', `command -v ${command}`]).status === 0) return
  console.log(`[bench] installing ${pkg} (Debian package)…`)
  const install = spawnSync('sh', ['-c', `apt-get update -qq && apt-get install -y -qq ${pkg}`], { stdio: 'inherit' })
  if (install.status !== 0) throw new Error(`could not install ${pkg}; install it with apt-get and run again`)
}

function runOrFail(args, env, label) {
  const result = spawnSync(process.execPath, args, { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'inherit'] })
  if (result.status !== 0) throw new Error(`${label} failed`)
}

function startProcess(command, args, env) {
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

async function waitFor(url) {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(url)).ok) return
    } catch {}
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`${url} did not answer`)
}

function wrk(url) {
  const out = spawnSync('wrk', ['-t1', `-c${CONNECTIONS}`, `-d${DURATION}s`, '--latency', url], { encoding: 'utf8' })
  if (out.status !== 0) throw new Error(`wrk failed: ${out.stderr}`)
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out.stdout)[1])
  const toMs = (value, unit) => Number(value) * { us: 0.001, ms: 1, s: 1000 }[unit]
  const pct = {}
  for (const [, p, v, u] of out.stdout.matchAll(/^\s+(50|75|90|99)%\s+([\d.]+)(us|ms|s)/gm)) pct[p] = toMs(v, u)
  const errors = /Non-2xx or 3xx responses: (\d+)/.exec(out.stdout)?.[1] ?? '0'
  return { rps, p50: pct['50'], p90: pct['90'], p99: pct['99'], errors: Number(errors) }
}

async function compressedBytes(url) {
  const response = await fetch(url, { headers: { 'accept-encoding': 'identity' } })
  const body = Buffer.from(await response.arrayBuffer())
  return { body, gzip: zlib.gzipSync(body, { level: 6 }).length, brotli: zlib.brotliCompressSync(body).length }
}

async function pageWeight(base, pagePath) {
  const html = await compressedBytes(new URL(pagePath, base))
  const text = html.body.toString('utf8')
  const assets = (pattern) => [...new Set([...text.matchAll(pattern)].map((m) => m[1]))]
  const css = assets(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)
  const js = assets(/<script[^>]+src="([^"]+)"/g)
  const sum = async (urls) => {
    let total = 0
    for (const u of urls) total += (await compressedBytes(new URL(u, base))).gzip
    return total
  }
  return { page: pagePath, html: html.gzip, css: await sum(css), js: await sum(js), jsFiles: js.length }
}

try {
  loadProjectEnv()
  ensureDebianPackage('nginx', 'nginx')
  ensureDebianPackage('wrk', 'wrk')

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'trust-center-bench-'))
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
  }
  console.log('[bench] seeding and building (next build)…')
  runOrFail(['--import', 'tsx/esm', 'src/seed/cli.ts'], env, 'seed')
  if (!process.env.BENCH_SKIP_BUILD) runOrFail(['node_modules/next/dist/bin/next', 'build'], env, 'next build')
  startProcess(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(port)], env)
  await waitFor(`${base}/subprocessors`)

  const htmlFile = path.join(work, 'subprocessors.html')
  fs.writeFileSync(htmlFile, Buffer.from(await (await fetch(`${base}/subprocessors`)).arrayBuffer()))
  const nginxPort = await freePort()
  fs.writeFileSync(
    path.join(work, 'nginx.conf'),
    `daemon off; worker_processes 1; pid ${work}/nginx.pid; error_log ${work}/nginx-error.log;
events { worker_connections 1024; }
http { access_log off; default_type text/html;
  server { listen 127.0.0.1:${nginxPort}; root ${work}; location / { try_files /subprocessors.html =404; } } }\n`,
  )
  startProcess('nginx', ['-c', path.join(work, 'nginx.conf'), '-p', work], env)
  await waitFor(`http://127.0.0.1:${nginxPort}/subprocessors`)

  console.log(`[bench] wrk: 1 thread, ${CONNECTIONS} connections, ${DURATION} s each, after a warm-up`)
  wrk(`${base}/subprocessors`)
  const portal = wrk(`${base}/subprocessors`)
  const nginx = wrk(`http://127.0.0.1:${nginxPort}/subprocessors`)
  const row = (name, r) =>
    `${name.padEnd(26)} ${r.rps.toFixed(0).padStart(8)} req/s   p50 ${r.p50.toFixed(2)} ms   p90 ${r.p90.toFixed(2)} ms   p99 ${r.p99.toFixed(2)} ms   non-2xx ${r.errors}`
  console.log(`\n/subprocessors (${fs.statSync(htmlFile).size} bytes of HTML)`)
  console.log(row('portal (next start)', portal))
  console.log(row('nginx, same HTML as file', nginx))
  console.log(`ratio portal/nginx: throughput ${(portal.rps / nginx.rps).toFixed(2)}x, p50 latency ${(portal.p50 / nginx.p50).toFixed(1)}x, p99 latency ${(portal.p99 / nginx.p99).toFixed(1)}x`)

  const sitemap = await (await fetch(`${base}/sitemap.xml`)).text()
  const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname)
  console.log('\nbytes each public page sends (gzip level 6; JS and CSS files the HTML references)')
  console.log(`${'page'.padEnd(44)} ${'HTML'.padStart(7)} ${'CSS'.padStart(7)} ${'JS'.padStart(7)}  JS files`)
  for (const p of pages.length ? pages : ['/', '/subprocessors']) {
    const w = await pageWeight(base, p)
    console.log(`${w.page.padEnd(44)} ${String(w.html).padStart(7)} ${String(w.css).padStart(7)} ${String(w.js).padStart(7)}  ${w.jsFiles}`)
  }
  await stopAll()
  fs.rmSync(work, { recursive: true, force: true })
} catch (error) {
  console.error(`[bench] ${error.message}`)
  await stopAll()
  process.exit(1)
}
