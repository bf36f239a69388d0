#!/usr/bin/env node
// Runs a command with its settings checked (src/config/env.ts) and, for local runs, the servers
// it needs: DATABASE_URI when set, else the embedded FerretDB, which it starts before the command
// and stops after it; with --mail, likewise a mail server: SMTP_HOST when set, else Mailpit.
// Runs under tsx (package.json), so that it reads the one TypeScript config module.
//
//   node --import tsx/esm scripts/with-db.mjs [--production | --preview] [--seed] [--mail] [--build] [--wait | --worker] [-- command args…]
//     --production  NODE_ENV=production: nothing is filled in, no server is started for you, and
//                   every problem of the configuration is listed before anything runs (`npm start`)
//     --preview     a production build on 127.0.0.1 with the local settings, the embedded database
//                   and Mailpit, built into .next-preview/ (`npm run preview`)
//     --seed        load the Clicki content and the first admin into an empty database (idempotent)
//     --mail        start Mailpit unless SMTP_HOST is set
//     --build       run `next build` before the command
//     --wait        keep the servers running until Ctrl-C (for `npm run db`)
//     --worker      run the jobs worker (scripts/worker.ts, with the Node flags for this mode:
//                   `npm run worker`); with NODE_ENV=production, the production rules apply
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { ConfigError, exportedEnv, loadDotEnv } from '../src/config/env.ts'
import { assertStartable } from '../src/config/production.ts'
import { EmbeddedDatabaseError, projectRoot, startEmbeddedDatabase } from './embedded-db.mjs'
import { startMailpit } from './mailpit.mjs'
import { runSeed, scriptNodeFlags } from './seed-runner.mjs'

const argv = process.argv.slice(2)
const dashDash = argv.indexOf('--')
const flags = new Set(dashDash === -1 ? argv : argv.slice(0, dashDash))
let command = dashDash === -1 ? [] : argv.slice(dashDash + 1)
const NEXT = 'node_modules/next/dist/bin/next'

loadDotEnv(projectRoot)
if (flags.has('--production')) process.env.NODE_ENV = 'production'
if (flags.has('--preview')) {
  process.env.NODE_ENV = 'production'
  process.env.LOCAL_PREVIEW = 'true'
  process.env.NEXT_DIST_DIR ||= '.next-preview'
}

/**
 * The public URL a build was made for, recorded by --build next to the build. (A bare
 * `next build` leaves no record; then instrumentation.ts, which sees the URL baked into the
 * build, makes the same check when the server starts.)
 */
const buildRecord = (env) =>
  path.join(projectRoot, env.NEXT_DIST_DIR || '.next', 'trust-center-build.json')
function builtServerUrl(env) {
  try {
    return JSON.parse(fs.readFileSync(buildRecord(env), 'utf8')).serverUrl
  } catch {
    return undefined
  }
}

try {
  if (flags.has('--production'))
    assertStartable(process.env, { builtServerUrl: builtServerUrl(process.env) })
  else assertStartable(process.env)
  // the children see exactly the settings checked here, local values filled in
  Object.assign(process.env, exportedEnv(process.env))
} catch (error) {
  if (!(error instanceof ConfigError)) throw error
  console.error(error.message)
  process.exit(1)
}

let database = { stop: async () => {} }
let mail = { stop: async () => {} }
let child = null
let stopping = false

async function shutdown(code) {
  if (stopping) return
  stopping = true
  await mail.stop().catch((error) => console.error('[mail] stop failed:', error.message))
  await database.stop().catch((error) => console.error('[db] stop failed:', error.message))
  process.exit(code)
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (child && child.exitCode === null) child.kill(signal)
    else void shutdown(130)
  })
}

function run(cmd, args, extraEnv = {}) {
  return new Promise((resolve) => {
    child = spawn(cmd, args, {
      stdio: 'inherit',
      env: { ...process.env, ...extraEnv },
      cwd: projectRoot,
    })
    child.once('exit', (code, signal) => {
      if (signal) console.error(`[run] ${path.basename(cmd)} was stopped by ${signal}`)
      resolve(code ?? 1)
    })
  })
}

async function seed() {
  const { code } = await runSeed()
  if (code !== 0)
    console.error(
      '[seed] failed (see above). Run `npm run seed` again: it resumes where it stopped.',
    )
  return code
}

try {
  if (!process.env.DATABASE_URI) {
    const dataDir = path.resolve(projectRoot, process.env.EMBEDDED_DB_DIR)
    database = await startEmbeddedDatabase({ dataDir })
    process.env.DATABASE_URI = database.uri
  }
  if (flags.has('--mail') && !process.env.SMTP_HOST) {
    mail = await startMailpit({
      dataDir: path.resolve(projectRoot, process.env.EMBEDDED_DB_DIR, '..', 'mailpit'),
      smtpPort: Number(process.env.MAILPIT_SMTP_PORT),
      httpPort: Number(process.env.MAILPIT_HTTP_PORT),
    })
    process.env.SMTP_HOST = '127.0.0.1'
    process.env.SMTP_PORT = String(mail.smtpPort)
  }
  if (flags.has('--seed')) {
    const code = await seed()
    if (code !== 0) await shutdown(code)
  }
  if (flags.has('--build')) {
    // The build prerenders pages through the data cache of the build folder: a previous server's
    // entries (perhaps of another database) must not end up in the new pages.
    fs.rmSync(path.join(projectRoot, process.env.NEXT_DIST_DIR, 'cache', 'fetch-cache'), {
      recursive: true,
      force: true,
    })
    const code = await run(process.execPath, [NEXT, 'build'])
    if (code !== 0) await shutdown(code)
    fs.writeFileSync(
      buildRecord(process.env),
      JSON.stringify({ serverUrl: process.env.NEXT_PUBLIC_SERVER_URL, builtAt: new Date() }),
    )
  }
  if (flags.has('--worker'))
    command = [process.execPath, ...scriptNodeFlags(process.env), 'scripts/worker.ts']
  if (command.length) {
    const code = await run(command[0], command.slice(1))
    await shutdown(code)
  } else if (flags.has('--wait')) {
    console.error(`[db] DATABASE_URI=${process.env.DATABASE_URI}  (Ctrl-C to stop)`)
    await new Promise(() => {})
  } else {
    await shutdown(0)
  }
} catch (error) {
  console.error(error instanceof EmbeddedDatabaseError ? error.message : error)
  await shutdown(1)
}
