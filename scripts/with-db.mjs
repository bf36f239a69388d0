#!/usr/bin/env node
// Runs a command with a database: DATABASE_URI when set, else the embedded FerretDB, which it
// starts before the command and stops after it; with --mail, likewise a mail server: SMTP_HOST
// when set, else Mailpit.
//
//   node scripts/with-db.mjs [--seed] [--mail] [--wait] [-- command args…]
//     --seed  load the Clicki content and the first admin into an empty database (idempotent)
//     --mail  start Mailpit unless SMTP_HOST is set
//     --wait  keep the servers running until Ctrl-C (for `npm run db`)
import { spawn } from 'node:child_process'
import path from 'node:path'
import { EmbeddedDatabaseError, projectRoot, startEmbeddedDatabase } from './embedded-db.mjs'
import { DEV_SECRET, loadProjectEnv } from './env.mjs'
import { startMailpit } from './mailpit.mjs'
import { runSeed } from './seed-runner.mjs'

const argv = process.argv.slice(2)
const dashDash = argv.indexOf('--')
const flags = new Set(dashDash === -1 ? argv : argv.slice(0, dashDash))
const command = dashDash === -1 ? [] : argv.slice(dashDash + 1)

loadProjectEnv()
if (process.env.PAYLOAD_SECRET === DEV_SECRET && process.env.NODE_ENV === 'production') {
  console.error(
    '[env] warning: PAYLOAD_SECRET is the development default; set your own before deploying.',
  )
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
    const dataDir = path.resolve(projectRoot, process.env.EMBEDDED_DB_DIR || '.data/ferretdb')
    database = await startEmbeddedDatabase({ dataDir })
    process.env.DATABASE_URI = database.uri
  }
  if (flags.has('--mail') && !process.env.SMTP_HOST) {
    mail = await startMailpit({
      dataDir: path.resolve(
        projectRoot,
        process.env.EMBEDDED_DB_DIR || '.data/ferretdb',
        '..',
        'mailpit',
      ),
      smtpPort: Number(process.env.MAILPIT_SMTP_PORT || 1025),
      httpPort: Number(process.env.MAILPIT_HTTP_PORT || 8025),
    })
    process.env.SMTP_HOST = '127.0.0.1'
    process.env.SMTP_PORT = String(mail.smtpPort)
  }
  if (flags.has('--seed')) {
    const code = await seed()
    if (code !== 0) await shutdown(code)
  }
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
