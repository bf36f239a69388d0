#!/usr/bin/env node
// `npm run start:cluster`: the production topology on this machine (scripts/cluster.mjs), with the
// local settings and data of `npm run dev` (.data/), the edge on PORT. Ctrl-C stops all of it.
import path from 'node:path'
import { ConfigError, exportedEnv, loadDotEnv } from '../src/config/env.ts'
import { assertStartable } from '../src/config/production.ts'
import { startCluster } from './cluster.mjs'
import { projectRoot } from './embedded-db.mjs'

loadDotEnv(projectRoot)
process.env.NODE_ENV = 'production'
process.env.LOCAL_PREVIEW = 'true'
let env
try {
  assertStartable(process.env)
  env = { ...process.env, ...exportedEnv(process.env) }
} catch (error) {
  if (!(error instanceof ConfigError)) throw error
  console.error(error.message)
  process.exit(1)
}

const dataDir = path.resolve(projectRoot, env.EMBEDDED_DB_DIR, '..')
const cluster = await startCluster({
  port: Number(env.PORT),
  dataDir,
  workDir: path.join(dataDir, 'varnish'),
  env,
  buildLog: (chunk) => process.stderr.write(chunk),
}).catch((error) => {
  console.error(`[cluster] ${error.message}`)
  process.exit(1)
})

console.error(`
[cluster] the trust center: ${cluster.url}  (admin: ${cluster.url}/admin)
          through Varnish to ${cluster.apps.map((app) => app.url).join(' and ')}
          sharing Redis ${cluster.redis.url}; one worker runs the jobs queue
          mail: ${cluster.mail.httpPort ? `http://127.0.0.1:${cluster.mail.httpPort}` : env.SMTP_HOST}
          Ctrl-C stops all of it.`)

let stopping = false
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'])
  process.on(signal, async () => {
    if (stopping) return
    stopping = true
    console.error('[cluster] stopping…')
    await cluster.stop()
    process.exit(0)
  })
