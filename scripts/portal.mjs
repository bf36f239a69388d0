// The one way to start the production portal for the browser tests (tests/setup/portal-server.ts)
// and the benchmarks (scripts/bench-lib.mjs): seed the database, build (optional), `next start` on
// a loopback port, wait until it answers, and stop it. Each caller brings its database and env.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { freePort, projectRoot } from './embedded-db.mjs'
import { runSeed } from './seed-runner.mjs'

const NEXT = 'node_modules/next/dist/bin/next'

/**
 * Runs `node <args>` in the project, keeping its output for the error message.
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} env
 * @param {string} label
 * @param {(chunk: string) => void} [log]
 * @returns {Promise<void>}
 */
function run(args, env, label, log) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: projectRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    const keep = (/** @type {Buffer} */ chunk) => {
      output += chunk
      log?.(String(chunk))
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${label} failed (exit ${code}):\n${output.slice(-4000)}`)),
    )
  })
}

/**
 * Polls `url` until it answers with anything but a 5xx; fails early if the server exits.
 * @param {string} url
 * @param {import('node:child_process').ChildProcess} server
 * @param {() => string} output
 * @param {number} timeoutMs
 */
async function waitUntilAnswering(url, server, output, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited:\n${output().slice(-4000)}`)
    try {
      if ((await fetch(url)).status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`next start did not answer at ${url}:\n${output().slice(-4000)}`)
}

/** Where a build records the address it was made for (as `npm run build` does, scripts/with-db.mjs). */
const buildRecord = (/** @type {string} */ distDir) =>
  path.join(projectRoot, distDir, 'trust-center-build.json')

/**
 * The port of the build in `distDir`, if it records one. A build serves only the address it was
 * made for (src/config/production.ts): reusing one means reusing its port.
 * @param {string} distDir
 * @returns {number | undefined}
 */
export function builtPort(distDir) {
  try {
    return Number(new URL(JSON.parse(fs.readFileSync(buildRecord(distDir), 'utf8')).serverUrl).port)
  } catch {
    return undefined
  }
}

/**
 * @typedef {object} Portal
 * @property {string} url the portal's address, http://127.0.0.1:PORT
 * @property {number} port
 * @property {NodeJS.ProcessEnv} env the environment the seed, the build and the server ran with
 * @property {() => string} output what `next start` printed so far
 * @property {() => Promise<void>} stop stops `next start` (the database is the caller's)
 * @property {number | undefined} pid the `next start` process (a fault drill kills it)
 */

/**
 * Seeds the database named by `env.DATABASE_URI`, builds into `distDir` when `build` is set, and
 * serves the build with `next start` on 127.0.0.1 (a free port unless `port` is given).
 * @param {object} options
 * @param {NodeJS.ProcessEnv} options.env DATABASE_URI and whatever else the caller needs
 * @param {string} options.distDir the build folder (NEXT_DIST_DIR), e.g. .next-test
 * @param {boolean} [options.build] run `next build` first (false reuses the folder's build)
 * @param {boolean} [options.fresh] seed and clear the data cache first (false: a second server on
 *   the same database and build, as a second instance would be)
 * @param {number} [options.port]
 * @param {string} [options.serverUrl] the public address, when it is not this server's own (a
 *   second server behind the same address, on the first one's build)
 * @param {string} [options.readyPath] the page that must answer before the portal counts as up
 * @param {(chunk: string) => void} [options.log] sees the build's and the server's output live
 * @returns {Promise<Portal>}
 */
export async function startPortal({
  env,
  distDir,
  build = true,
  fresh = true,
  port,
  serverUrl,
  readyPath = '/',
  log,
}) {
  const record = buildRecord(distDir)
  const listenPort =
    port ?? (build || serverUrl ? undefined : builtPort(distDir)) ?? (await freePort())
  const url = `http://127.0.0.1:${listenPort}`
  const publicUrl = serverUrl ?? url
  /** @type {NodeJS.ProcessEnv} */
  const portalEnv = {
    ...env,
    NEXT_DIST_DIR: distDir,
    NEXT_PUBLIC_SERVER_URL: publicUrl,
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
    PORT: String(listenPort),
  }

  if (fresh) {
    const seeded = await runSeed({ env: portalEnv, output: 'capture' })
    if (seeded.code !== 0) {
      throw new Error(`seed failed (exit ${seeded.code}):\n${seeded.log.slice(-4000)}`)
    }
  }
  // Next keeps its data cache in the build folder; a previous run's content (another database)
  // must not leak into this one: not into the pages the build prerenders (with the cache handler
  // of src/security, the build reads the entries the last server wrote), nor into the server.
  // A second server on the same build (`fresh: false`) keeps the first one's.
  const clearDataCache = () =>
    fs.rmSync(path.join(projectRoot, distDir, 'cache', 'fetch-cache'), {
      recursive: true,
      force: true,
    })
  if (fresh) clearDataCache()
  if (build) {
    await run([NEXT, 'build'], portalEnv, 'next build', log)
    fs.writeFileSync(record, JSON.stringify({ serverUrl: publicUrl, builtAt: new Date() }))
  }
  if (fresh) clearDataCache()
  let output = ''
  const server = spawn(
    process.execPath,
    [NEXT, 'start', '-H', '127.0.0.1', '-p', String(listenPort)],
    { cwd: projectRoot, env: portalEnv, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  const keep = (/** @type {Buffer} */ chunk) => {
    output += chunk
    log?.(String(chunk))
  }
  server.stdout.on('data', keep)
  server.stderr.on('data', keep)

  const stop = async () => {
    if (server.exitCode !== null || server.signalCode !== null) return
    const exited = new Promise((resolve) => server.once('exit', resolve))
    server.kill('SIGTERM')
    await exited
  }
  try {
    await waitUntilAnswering(`${url}${readyPath}`, server, () => output, 60_000)
  } catch (error) {
    await stop()
    throw error
  }
  return { url, port: listenPort, env: portalEnv, output: () => output, stop, pid: server.pid }
}
