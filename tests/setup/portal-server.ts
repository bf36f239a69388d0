// For browser tests: a test database with the seed, a production build (`next build` into
// .next-test/, or E2E_DIST_DIR) and `next start` on a free loopback port. Everything is stopped afterwards.
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { freePort, projectRoot } from '../../scripts/embedded-db.mjs'
import { runSeed } from '../../scripts/seed-runner.mjs'
import { startTestDatabase, startTestMail } from './test-database'

function run(args: string[], env: NodeJS.ProcessEnv, label: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout!.on('data', (chunk) => (output += chunk))
    child.stderr!.on('data', (chunk) => (output += chunk))
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${label} failed (exit ${code}):\n${output.slice(-4000)}`)),
    )
  })
}

async function waitForServer(url: string, server: ChildProcess, output: () => string) {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited:\n${output()}`)
    try {
      const response = await fetch(url)
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`next start did not answer at ${url}:\n${output()}`)
}

export default async function setup(project: TestProject) {
  const [database, mail] = await Promise.all([startTestDatabase(project.name), startTestMail(project.name)])
  try {
    return await startPortal(project, database, mail)
  } catch (error) {
    // stop what was started, or the test run cannot exit
    await Promise.all([database.stop(), mail.stop()])
    throw error
  }
}

type Database = Awaited<ReturnType<typeof startTestDatabase>>
type Mail = Awaited<ReturnType<typeof startTestMail>>

async function startPortal(project: TestProject, database: Database, mail: Mail) {
  const port = await freePort()
  const portalUrl = `http://127.0.0.1:${port}`
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URI: database.uri,
    NEXT_DIST_DIR: process.env.E2E_DIST_DIR || '.next-test',
    NEXT_PUBLIC_SERVER_URL: portalUrl,
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production' as const,
    PORT: String(port),
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(mail.smtpPort),
    SMTP_USER: '',
    SMTP_SECURE: 'false',
    PAYLOAD_LOG_LEVEL: process.env.PAYLOAD_LOG_LEVEL ?? 'error',
  }

  const seeded = await runSeed({ env, output: 'capture' })
  if (seeded.code !== 0) throw new Error(`seed failed (exit ${seeded.code}):\n${seeded.log.slice(-4000)}`)
  if (!process.env.E2E_SKIP_BUILD) await run(['node_modules/next/dist/bin/next', 'build'], env, 'next build')

  // Next keeps its data cache in the build folder; a previous run's content must not leak into this one.
  fs.rmSync(path.join(projectRoot, env.NEXT_DIST_DIR!, 'cache', 'fetch-cache'), { recursive: true, force: true })
  let output = ''
  // Everything the server prints, also in a file: a test can read the lines logged while it ran.
  const serverLogPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'portal-server-')), 'server.log')
  const serverLog = fs.createWriteStream(serverLogPath)
  const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: projectRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  for (const stream of [server.stdout!, server.stderr!]) {
    stream.on('data', (chunk) => {
      output += chunk
      serverLog.write(chunk)
    })
  }
  await waitForServer(portalUrl, server, () => output)

  project.provide('databaseUri', database.uri)
  project.provide('portalUrl', portalUrl)
  project.provide('smtpPort', mail.smtpPort)
  project.provide('mailpitUrl', mail.apiUrl)
  project.provide('serverLogPath', serverLogPath)

  return async () => {
    if (server.exitCode === null) {
      const exited = new Promise((r) => server.once('exit', r))
      server.kill('SIGTERM')
      await exited
    }
    serverLog.end()
    fs.rmSync(path.dirname(serverLogPath), { recursive: true, force: true })
    await Promise.all([database.stop(), mail.stop()])
  }
}
