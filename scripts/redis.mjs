// Redis for local runs and tests: Debian's `redis-server` (apt-get install redis-server; .ci/run
// installs it), started on 127.0.0.1 as the shared Next.js cache of several app instances
// (src/cache/redisCache.mjs). It holds a cache only: nothing is saved to disk (`--save ''`,
// no append-only file), so a restart starts empty, which the app copes with (see docs/architecture.md).
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { EmbeddedDatabaseError, freePort, stopChild } from './embedded-db.mjs'

export const REDIS_BINARY = 'redis-server'

/** Whether `redis-server` can be run here; otherwise a message saying how to get it. */
export function requireRedisServer() {
  if (spawnSync(REDIS_BINARY, ['--version'], { stdio: 'ignore' }).status === 0) return
  throw new EmbeddedDatabaseError(
    'Redis is needed here (the shared cache of several app instances), but `redis-server` was not found.\n' +
      '  Install it: `sudo apt-get install redis-server` (Debian/Ubuntu; `brew install redis` on macOS),\n' +
      '  or set REDIS_URL to a Redis server of your own.',
  )
}

/**
 * Whether a Redis server answers PING on 127.0.0.1:`port` (anything else there answers something
 * else, or nothing).
 * @param {number} port
 * @returns {Promise<boolean>}
 */
export function redisAnswers(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port })
    let reply = ''
    const done = (/** @type {boolean} */ answer) => {
      socket.destroy()
      resolve(answer)
    }
    socket.setTimeout(1_000, () => done(false))
    socket.once('error', () => done(false))
    socket.once('connect', () => socket.write('PING\r\n'))
    socket.on('data', (chunk) => {
      reply += chunk
      if (reply.includes('\r\n')) done(reply.startsWith('+PONG'))
    })
  })
}

/**
 * Starts `redis-server` on 127.0.0.1:`port` (a free port unless given), its log in `dataDir`.
 * A Redis already answering on that port (another command of this project) is reused as it is,
 * and then `stop` leaves it running. Returns its `url` (redis://127.0.0.1:PORT) and `stop`.
 * @param {object} [options]
 * @param {number} [options.port]
 * @param {string} [options.dataDir] where the log goes (and Redis's working directory)
 * @param {(line: string) => void} [options.log]
 */
export async function startRedis({ port, dataDir, log = console.error } = {}) {
  if (port && (await redisAnswers(port))) {
    log(`[redis] reusing the Redis already on 127.0.0.1:${port}`)
    return { url: `redis://127.0.0.1:${port}`, port, pid: undefined, stop: async () => {} }
  }
  requireRedisServer()
  const listenPort = port ?? (await freePort())
  const dir = dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'trust-center-redis-'))
  fs.mkdirSync(dir, { recursive: true })
  const logPath = path.join(dir, 'redis.log')
  const child = spawn(
    REDIS_BINARY,
    [
      '--bind',
      '127.0.0.1',
      '--port',
      String(listenPort),
      // a cache: nothing to keep across restarts
      '--save',
      '',
      '--appendonly',
      'no',
      '--dir',
      dir,
      '--logfile',
      logPath,
      '--daemonize',
      'no',
    ],
    { stdio: 'ignore' },
  )
  let exited = false
  child.once('exit', () => (exited = true))
  const deadline = Date.now() + 10_000
  while (!(await redisAnswers(listenPort))) {
    if (exited || Date.now() > deadline) {
      child.kill('SIGKILL')
      const tail = fs.existsSync(logPath) ? fs.readFileSync(logPath, 'utf8').slice(-2000) : ''
      throw new EmbeddedDatabaseError(`Redis did not start on port ${listenPort}:\n${tail}`)
    }
    await new Promise((r) => setTimeout(r, 50))
  }
  log(`[redis] Redis on 127.0.0.1:${listenPort} (a cache: nothing is saved to disk)`)
  return {
    url: `redis://127.0.0.1:${listenPort}`,
    port: listenPort,
    pid: child.pid,
    stop: () => stopChild(child),
  }
}
