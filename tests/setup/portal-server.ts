// For browser tests: a test database with the seed, a production build (`next build` into
// .next-test/, or E2E_DIST_DIR) and `next start` on a free loopback port (scripts/portal.mjs).
// Everything is stopped afterwards.
//
// The build (about three minutes) runs in the background: Vitest runs every project's global setup
// before any test, and the integration tests (groupOrder 1 in vitest.config.ts) come first, so
// they run while it builds. Each browser test file waits until the server answers
// (tests/setup/portal-ready.ts), or fails with the build's error.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { freePort } from '../../scripts/embedded-db.mjs'
import { builtPort, startPortal } from '../../scripts/portal.mjs'
import { startTestDatabase, startTestMail, testUploadsDir } from './test-database'

export default async function setup(project: TestProject) {
  const [database, mail] = await Promise.all([
    startTestDatabase(project.name),
    startTestMail(project.name),
  ])
  // Everything the build and the server print, also in a file: a test can read the lines logged
  // while it ran (tests/e2e/admin.e2e.spec.ts fails on any error line).
  const serverLogPath = path.join(
    fs.mkdtempSync(path.join(os.tmpdir(), 'portal-server-')),
    'server.log',
  )
  const serverLog = fs.createWriteStream(serverLogPath)
  const uploads = testUploadsDir(project.name)
  // "building", then "ready" or "failed" with the error: what tests/setup/portal-ready.ts waits for
  const statusPath = path.join(path.dirname(serverLogPath), 'status')
  fs.writeFileSync(statusPath, 'building')
  const distDir = process.env.E2E_DIST_DIR || '.next-test'
  const build = !process.env.E2E_SKIP_BUILD
  // a reused build (E2E_SKIP_BUILD) serves only the address, so the port, it was made for
  const port = (!build && builtPort(distDir)) || (await freePort())
  const starting = startPortal({
    log: (chunk) => serverLog.write(chunk),
    port,
    env: {
      ...process.env,
      DATABASE_URI: database.uri,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(mail.smtpPort),
      SMTP_USER: '',
      SMTP_SECURE: 'false',
      UPLOADS_DIR: uploads.dir,
      // the jobs queue every 5 seconds instead of every minute: the tests of what the server
      // does by itself (tests/e2e/jobs.e2e.spec.ts) wait for it, and nothing depends on the minute
      JOBS_AUTORUN_CRON: '*/5 * * * * *',
      PAYLOAD_LOG_LEVEL: process.env.PAYLOAD_LOG_LEVEL ?? 'error',
      // The tests play the one trusted proxy in front of the server: each request names its
      // client in X-Forwarded-For (tests/helpers/subscriptions.ts newClient), so the tests'
      // rate limits, kept in the database, do not add up. A request without the header (the
      // browser's) counts as coming from 127.0.0.1. TRUSTED_PROXY_HOPS=0, the default, is
      // tested on a second server (tests/e2e/security-client-address.e2e.spec.ts).
      TRUSTED_PROXY_HOPS: '1',
    },
    distDir,
    build,
  }).then(
    (portal) => {
      fs.writeFileSync(statusPath, 'ready')
      return portal
    },
    (error: unknown) => {
      fs.writeFileSync(statusPath, `failed\n${error instanceof Error ? error.message : error}`)
      return null
    },
  )

  project.provide('databaseUri', database.uri)
  project.provide('portalUrl', `http://127.0.0.1:${port}`)
  project.provide('portalStatusPath', statusPath)
  project.provide('smtpPort', mail.smtpPort)
  project.provide('mailpitUrl', mail.apiUrl)
  project.provide('serverLogPath', serverLogPath)
  project.provide('uploadsDir', uploads.dir)

  return async () => {
    const portal = await starting
    await portal?.stop()
    serverLog.end()
    fs.rmSync(path.dirname(serverLogPath), { recursive: true, force: true })
    await Promise.all([database.stop(), mail.stop()])
    uploads.remove()
  }
}
