// The development mail server: Mailpit (SMTP with a web UI and an HTTP API), installed once with
// `go install` into .tools/ (git-ignored) and started on 127.0.0.1. Used when SMTP_HOST is unset.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {
  EmbeddedDatabaseError,
  canConnect,
  projectRoot,
  requireGo,
  toolsDir,
  stopChild,
} from './embedded-db.mjs'

export const MAILPIT_VERSION = 'v1.33.1'
const MODULE = 'github.com/axllent/mailpit'
export const mailpitBinary = path.join(toolsDir, 'bin', 'mailpit')

function installedVersion() {
  if (!fs.existsSync(mailpitBinary)) return null
  const out = spawnSync('go', ['version', '-m', mailpitBinary], { encoding: 'utf8' })
  if (out.status !== 0)
    return fs.existsSync(`${mailpitBinary}.version`)
      ? fs.readFileSync(`${mailpitBinary}.version`, 'utf8').trim()
      : null
  return new RegExp(`^\\s*mod\\s+${MODULE}\\s+(\\S+)`, 'm').exec(out.stdout)?.[1] ?? null
}

export function ensureMailpitInstalled({ log = console.error } = {}) {
  if (installedVersion() === MAILPIT_VERSION) return mailpitBinary
  requireGo({
    missing: 'No mail server is configured (SMTP_HOST is empty), so Mailpit must be installed,',
    configure: 'set SMTP_HOST (and SMTP_PORT, SMTP_USER, SMTP_PASSWORD) to your mail server',
    install: `install Mailpit ${MAILPIT_VERSION}`,
  })
  log(`[mail] installing Mailpit ${MAILPIT_VERSION} into .tools/ (once; about a minute)…`)
  fs.mkdirSync(path.dirname(mailpitBinary), { recursive: true })
  const install = spawnSync('go', ['install', `${MODULE}@${MAILPIT_VERSION}`], {
    stdio: 'inherit',
    env: { ...process.env, GOBIN: path.dirname(mailpitBinary), CGO_ENABLED: '0' },
  })
  if (install.status !== 0)
    throw new EmbeddedDatabaseError(`Installing Mailpit ${MAILPIT_VERSION} failed (see above).`)
  fs.writeFileSync(`${mailpitBinary}.version`, `${MAILPIT_VERSION}\n`)
  return mailpitBinary
}

/**
 * Starts Mailpit with its messages in `dataDir`. Returns the SMTP and HTTP ports and a `stop`.
 * An SMTP or HTTP port already in use (another Mailpit of this project) is reused as it is.
 */
export async function startMailpit({
  dataDir,
  smtpPort,
  httpPort,
  maxMessages = 5000,
  extraArgs = /** @type {string[]} */ ([]),
  log = console.error,
}) {
  if ((await canConnect(smtpPort)) && (await canConnect(httpPort))) {
    log(`[mail] reusing the mail server already on 127.0.0.1:${smtpPort} (web ${httpPort})`)
    return { smtpPort, httpPort, stop: async () => {} }
  }
  const binary = ensureMailpitInstalled({ log })
  fs.mkdirSync(dataDir, { recursive: true })
  const logFile = fs.openSync(path.join(dataDir, 'mailpit.log'), 'a')
  const child = spawn(
    binary,
    [
      `--smtp=127.0.0.1:${smtpPort}`,
      `--listen=127.0.0.1:${httpPort}`,
      `--database=${path.join(dataDir, 'mailpit.db')}`,
      `--max=${maxMessages}`,
      '--smtp-auth-accept-any',
      '--smtp-auth-allow-insecure',
      '--smtp-disable-rdns',
      '--disable-version-check',
      '--smtp-max-recipients=1000',
      ...extraArgs,
    ],
    { stdio: ['ignore', logFile, logFile] },
  )
  fs.closeSync(logFile)
  let exited = false
  child.once('exit', () => (exited = true))
  const deadline = Date.now() + 20_000
  while (!((await canConnect(smtpPort)) && (await canConnect(httpPort)))) {
    if (exited || Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new EmbeddedDatabaseError(
        `Mailpit did not start; see ${path.join(dataDir, 'mailpit.log')}`,
      )
    }
    await new Promise((r) => setTimeout(r, 50))
  }
  log(
    `[mail] Mailpit ${MAILPIT_VERSION}: SMTP 127.0.0.1:${smtpPort}, inbox http://127.0.0.1:${httpPort}`,
  )
  return {
    smtpPort,
    httpPort,
    pid: child.pid,
    stop: () => stopChild(child),
  }
}

export { projectRoot }
