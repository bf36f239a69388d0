// The whole local topology, as production runs it (docker-compose.yml describes the same):
// the database, Redis and a mail server; several `next start` instances of one build with the
// jobs queue switched off, sharing their cache through Redis; one worker for the queue; Varnish in
// front, balancing over the instances and purged by them. `npm run start:cluster` (scripts/start-cluster.mjs) runs it until
// Ctrl-C; the edge tests, the fault drills and `npm run bench:edge` start it on throwaway folders.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { freePort, projectRoot, startEmbeddedDatabase, stopChild } from './embedded-db.mjs'
import { startMailpit } from './mailpit.mjs'
import { startPortal } from './portal.mjs'
import { startRedis } from './redis.mjs'
import { scriptNodeFlags } from './seed-runner.mjs'
import { startVarnish } from './varnish.mjs'

/** What a build depends on: newer than its record, and the build is redone. */
const BUILD_INPUTS = [
  'app',
  'src',
  'collections',
  'payload.config.ts',
  'next.config.mjs',
  'proxy.ts',
  'instrumentation.ts',
  'package-lock.json',
]

function newestChange(entry) {
  const full = path.join(projectRoot, entry)
  if (!fs.existsSync(full)) return 0
  const stat = fs.statSync(full)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const child of fs.readdirSync(full))
    newest = Math.max(newest, newestChange(path.join(entry, child)))
  return newest
}

/** True when `distDir` holds a build for `serverUrl` made after the last change to its sources. */
export function buildIsCurrent(distDir, serverUrl) {
  try {
    const record = JSON.parse(
      fs.readFileSync(path.join(projectRoot, distDir, 'trust-center-build.json'), 'utf8'),
    )
    if (record.serverUrl !== serverUrl) return false
    const builtAt = Date.parse(record.builtAt)
    return BUILD_INPUTS.every((entry) => newestChange(entry) < builtAt)
  } catch {
    return false
  }
}

/**
 * The jobs worker (scripts/worker.ts, what `npm run worker` runs) with the instances' settings.
 * It finishes or hands back its work when stopped: it gets 30 s before SIGKILL.
 */
function startWorker(env, log) {
  let output = ''
  const child = spawn(process.execPath, [...scriptNodeFlags(env), 'scripts/worker.ts'], {
    cwd: projectRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const keep = (chunk) => (output += chunk)
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  child.once('exit', (code, signal) => {
    if (code && !signal) log(`[cluster] the worker stopped (exit ${code}):\n${output.slice(-2000)}`)
  })
  return {
    output: () => output,
    stop: () => stopChild(child, 30_000),
  }
}

/**
 * Varnish counts an instance healthy after two good probes (deploy/varnish/default.vcl): until
 * then it has nowhere to send a request. The cluster is started once the edge answers.
 */
async function untilEdgeServes(edgeUrl, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const answer = await fetch(`${edgeUrl}/api/health`).catch(() => null)
    if (answer?.status === 200) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`the edge found no healthy instance within ${timeoutMs / 1000} s`)
}

/**
 * @typedef {object} Cluster
 * @property {string} url the edge's address (Varnish, 127.0.0.1:port)
 * @property {string} publicUrl the address the build and the instances are for (usually `url`)
 * @property {{ port: number, purgeUrl: string, stop: () => Promise<void> }} edge
 * @property {{ uri: string, port: number, pid?: number, stop: () => Promise<void> }} database
 * @property {{ smtpPort: number, httpPort: number, stop: () => Promise<void> }} mail
 * @property {Array<import('./portal.mjs').Portal>} apps the `next start` instances
 * @property {{ stop: () => Promise<void>, output: () => string } | null} worker the jobs queue's
 *   process (none with `worker: false`)
 * @property {{ url: string, stop: () => Promise<void> }} redis
 * @property {string} purgeToken
 * @property {NodeJS.ProcessEnv} appEnv the environment every instance runs with
 * @property {(index: number) => Promise<void>} restartApp starts instance `index` again on its port
 *   (the edge takes it back after its next two good health checks)
 * @property {() => Promise<void>} stop stops everything this call started, edge first
 */

/**
 * Starts the topology on 127.0.0.1, the edge on `port`. Folders: `dataDir` for the embedded
 * database, the mail server and Redis (unless DATABASE_URI / SMTP_HOST / REDIS_URL are set in
 * `env`), `workDir` for Varnish. `build`: 'auto' builds when `distDir` has no current build for this address.
 * `publicUrl`: the address the build is for, when it is not the edge's own (the tests reuse the
 * browser tests' build behind a second edge). `worker: false` leaves the queue to whoever already
 * works it on that database.
 * @param {{ port: number, dataDir: string, workDir: string, distDir?: string,
 *   build?: boolean | 'auto', publicUrl?: string, instances?: number, worker?: boolean,
 *   env?: NodeJS.ProcessEnv,
 *   log?: (message: string) => void, buildLog?: (chunk: string) => void }} options
 * @returns {Promise<Cluster>}
 */
export async function startCluster({
  port,
  dataDir,
  workDir,
  distDir = '.next-cluster',
  build = 'auto',
  publicUrl,
  instances = 2,
  worker: withWorker = true,
  env = process.env,
  log = console.error,
  buildLog,
}) {
  const stoppers = []
  const stop = async () => {
    for (const stopOne of stoppers.splice(0).reverse())
      await stopOne().catch((error) => log(`[cluster] stop: ${error.message}`))
  }
  try {
    // the address visitors use; another only when reusing a build made for it (the edge tests)
    const serverUrl = publicUrl ?? `http://127.0.0.1:${port}`
    const purgeToken = env.EDGE_PURGE_TOKEN || randomBytes(32).toString('base64url')

    const database = env.DATABASE_URI
      ? {
          uri: env.DATABASE_URI,
          port: Number(new URL(env.DATABASE_URI).port),
          stop: async () => {},
        }
      : await startEmbeddedDatabase({ dataDir: path.join(dataDir, 'ferretdb'), log })
    stoppers.push(() => database.stop())

    const mail = env.SMTP_HOST
      ? { smtpPort: Number(env.SMTP_PORT), httpPort: 0, stop: async () => {} }
      : await startMailpit({
          dataDir: path.join(dataDir, 'mailpit'),
          smtpPort: Number(env.MAILPIT_SMTP_PORT) || (await freePort()),
          httpPort: Number(env.MAILPIT_HTTP_PORT) || (await freePort()),
          log,
        })
    stoppers.push(() => mail.stop())

    const redis = env.REDIS_URL
      ? { url: env.REDIS_URL, stop: async () => {} }
      : await startRedis({ port: await freePort(), dataDir: path.join(dataDir, 'redis'), log })
    stoppers.push(() => redis.stop())

    /** @type {NodeJS.ProcessEnv} */
    const appEnv = {
      ...env,
      DATABASE_URI: database.uri,
      SMTP_HOST: env.SMTP_HOST || '127.0.0.1',
      SMTP_PORT: env.SMTP_HOST ? env.SMTP_PORT : String(mail.smtpPort),
      // a production build with the local settings, as `npm run preview`
      LOCAL_PREVIEW: env.NODE_ENV === 'production' && !env.LOCAL_PREVIEW ? 'false' : 'true',
      // the cache every instance and the worker share (src/cache/redisCache.mjs)
      REDIS_URL: redis.url,
      // the queue runs in the worker only
      DISABLE_JOBS_AUTORUN: 'true',
      // Varnish appends the visitor's address to X-Forwarded-For (docs/security.md)
      TRUSTED_PROXY_HOPS: '1',
      EDGE_PURGE_URL: `http://127.0.0.1:${port}/`,
      EDGE_PURGE_TOKEN: purgeToken,
    }

    const needsBuild = build === 'auto' ? !buildIsCurrent(distDir, serverUrl) : build
    if (needsBuild) log(`[cluster] building into ${distDir}/ (next build, a few minutes)…`)
    /** @type {Array<import('./portal.mjs').Portal>} */
    const apps = []
    const appPorts = await Promise.all(Array.from({ length: instances }, () => freePort()))
    const startApp = async (index) => {
      const app = await startPortal({
        env: appEnv,
        distDir,
        build: index === 0 && needsBuild && apps.length === 0,
        fresh: index === 0 && apps.length === 0,
        port: appPorts[index],
        serverUrl,
        readyPath: '/api/health',
        log: buildLog,
      })
      apps[index] = app
      return app
    }
    for (let i = 0; i < instances; i++) await startApp(i)
    stoppers.push(() => Promise.all(apps.map((app) => app.stop())))
    log(`[cluster] app instances on ${apps.map((app) => app.url).join(', ')}`)

    const worker = withWorker ? startWorker(appEnv, log) : null
    if (worker) stoppers.push(() => worker.stop())

    const edge = await startVarnish({
      port,
      backends: apps.map((app) => ({ host: '127.0.0.1', port: app.port })),
      purgeToken,
      workDir,
      log,
    })
    stoppers.push(() => edge.stop())
    await untilEdgeServes(`http://127.0.0.1:${port}`)

    return {
      url: `http://127.0.0.1:${port}`,
      publicUrl: serverUrl,
      edge,
      database,
      mail,
      apps,
      worker,
      redis,
      purgeToken,
      appEnv,
      restartApp: async (index) => {
        await startApp(index)
        await untilEdgeServes(`http://127.0.0.1:${port}`)
      },
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
}
