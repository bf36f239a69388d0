#!/usr/bin/env node
// `npm run bench`: how fast the production portal serves /subprocessors compared with nginx serving
// the same HTML from a file, and how many compressed bytes each public page sends.
// Everything runs on loopback: a throwaway embedded database with the seed, a production build
// in .next-bench/, `next start`, nginx and wrk (Debian packages, installed when missing).
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
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

// The server closes idle keep-alive sockets while wrk runs; fetch may pick one up: retry once.
const get = (url, init) => fetch(url, init).catch(() => fetch(url, init))

async function compressedBytes(url) {
  const response = await get(url, { headers: { 'accept-encoding': 'identity' } })
  const body = Buffer.from(await response.arrayBuffer())
  return {
    body,
    gzip: zlib.gzipSync(body, { level: 6 }).length,
    brotli: zlib.brotliCompressSync(body).length,
  }
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
  return {
    page: pagePath,
    html: html.gzip,
    css: await sum(css),
    js: await sum(js),
    jsFiles: js.length,
  }
}

await runBench(async () => {
  ensureDebianPackage('nginx')
  ensureDebianPackage('wrk')
  const { base, env, work } = await startPortal('bench-portal', '/subprocessors')

  // nginx's workers run as www-data: they must be able to reach the file (mkdtemp makes 0700 folders)
  const www = path.join(work, 'www')
  fs.mkdirSync(www, { mode: 0o755 })
  fs.chmodSync(work, 0o711)
  const htmlFile = path.join(www, 'subprocessors.html')
  fs.writeFileSync(
    htmlFile,
    Buffer.from(await (await fetch(`${base}/subprocessors`)).arrayBuffer()),
  )
  const nginxPort = await freePort()
  fs.writeFileSync(
    path.join(work, 'nginx.conf'),
    `daemon off; worker_processes 1; pid ${work}/nginx.pid; error_log ${work}/nginx-error.log;
events { worker_connections 1024; }
http { access_log off; default_type text/html;
  server { listen 127.0.0.1:${nginxPort}; root ${www}; location / { try_files /subprocessors.html =404; } } }\n`,
  )
  startProcess('nginx', ['-c', path.join(work, 'nginx.conf'), '-p', work], env)
  await waitFor(`http://127.0.0.1:${nginxPort}/subprocessors`)

  console.log(
    `[bench] wrk: 1 thread, ${CONNECTIONS} connections, ${DURATION} s each, after a warm-up`,
  )
  wrk(`${base}/subprocessors`)
  const portal = wrk(`${base}/subprocessors`)
  const nginx = wrk(`http://127.0.0.1:${nginxPort}/subprocessors`)
  const row = (name, r) =>
    `${name.padEnd(26)} ${r.rps.toFixed(0).padStart(8)} req/s   p50 ${r.p50.toFixed(2)} ms   p90 ${r.p90.toFixed(2)} ms   p99 ${r.p99.toFixed(2)} ms   non-2xx ${r.errors}`
  console.log(`\n/subprocessors (${fs.statSync(htmlFile).size} bytes of HTML)`)
  console.log(row('portal (next start)', portal))
  console.log(row('nginx, same HTML as file', nginx))
  console.log(
    `ratio portal/nginx: throughput ${(portal.rps / nginx.rps).toFixed(2)}x, p50 latency ${(portal.p50 / nginx.p50).toFixed(1)}x, p99 latency ${(portal.p99 / nginx.p99).toFixed(1)}x`,
  )

  const sitemap = await (await get(`${base}/sitemap.xml`)).text()
  const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname)
  console.log('\nbytes each public page sends (gzip level 6; JS and CSS files the HTML references)')
  console.log(
    `${'page'.padEnd(44)} ${'HTML'.padStart(7)} ${'CSS'.padStart(7)} ${'JS'.padStart(7)}  JS files`,
  )
  for (const p of pages.length ? pages : ['/', '/subprocessors']) {
    const w = await pageWeight(base, p)
    console.log(
      `${w.page.padEnd(44)} ${String(w.html).padStart(7)} ${String(w.css).padStart(7)} ${String(w.js).padStart(7)}  ${w.jsFiles}`,
    )
  }
})
