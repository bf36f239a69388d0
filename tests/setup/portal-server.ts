// For browser tests: a test database with the seed, a production build (`next build` into
// .next-test/, or E2E_DIST_DIR) and `next start` on a free loopback port (scripts/portal.mjs).
// Everything is stopped afterwards.
import type { TestProject } from 'vitest/node'
import { startPortal } from '../../scripts/portal.mjs'
import { startTestDatabase, startTestMail } from './test-database'

export default async function setup(project: TestProject) {
  const [database, mail] = await Promise.all([
    startTestDatabase(project.name),
    startTestMail(project.name),
  ])
  try {
    const portal = await startPortal({
      env: {
        ...process.env,
        DATABASE_URI: database.uri,
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(mail.smtpPort),
        SMTP_USER: '',
        SMTP_SECURE: 'false',
        PAYLOAD_LOG_LEVEL: process.env.PAYLOAD_LOG_LEVEL ?? 'error',
      },
      distDir: process.env.E2E_DIST_DIR || '.next-test',
      build: !process.env.E2E_SKIP_BUILD,
    })

    project.provide('databaseUri', database.uri)
    project.provide('portalUrl', portal.url)
    project.provide('smtpPort', mail.smtpPort)
    project.provide('mailpitUrl', mail.apiUrl)

    return async () => {
      await portal.stop()
      await Promise.all([database.stop(), mail.stop()])
    }
  } catch (error) {
    // stop what was started, or the test run cannot exit
    await Promise.all([database.stop(), mail.stop()])
    throw error
  }
}
