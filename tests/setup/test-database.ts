// A throwaway database for one Vitest project: a fresh embedded FerretDB, or TEST_DATABASE_URI
// (dropped first). Tests never touch the development database.
import fs from 'node:fs'
import path from 'node:path'
import mongoose from 'mongoose'
import { freePort, projectRoot, startEmbeddedDatabase } from '../../scripts/embedded-db.mjs'
import { startMailpit } from '../../scripts/mailpit.mjs'
import { loadLocalEnv } from '../../src/config/env'

// Good enough for production's checks (src/config/production.ts): the browser tests serve a real
// production build, which refuses weak settings.
export const testEnv = {
  PAYLOAD_SECRET: 'tests-only-secret-never-use-in-production',
  EMAIL_FROM_ADDRESS: 'notices@tests.invalid',
  ADMIN_EMAIL: 'admin@tests.invalid',
  ADMIN_PASSWORD: 'correct horse battery staple',
}

export async function startTestDatabase(
  name: string,
): Promise<{ uri: string; stop: () => Promise<void> }> {
  delete process.env.DATABASE_URI
  loadLocalEnv(projectRoot)
  delete process.env.DATABASE_URI // a developer's .env must never point tests at real data
  Object.assign(process.env, testEnv)

  if (process.env.TEST_DATABASE_URI) {
    const uri = process.env.TEST_DATABASE_URI.replace(
      /\/([^/?]*)(\?|$)/,
      (_, db, rest) => `/${db || 'trust-center'}-${name}${rest}`,
    )
    const connection = await mongoose.createConnection(uri).asPromise()
    await connection.dropDatabase()
    await connection.close()
    return { uri, stop: async () => {} }
  }

  const dataDir = path.join(projectRoot, '.data', `test-${name}-${process.pid}`)
  fs.rmSync(dataDir, { recursive: true, force: true })
  const database = await startEmbeddedDatabase({ dataDir, log: () => {} })
  return {
    uri: database.uri,
    stop: async () => {
      await database.stop()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/**
 * A throwaway Mailpit (unlimited inbox) on free loopback ports; tests read it over its HTTP API.
 * It refuses (550) every recipient whose address has a "+", as a real server refuses an unknown
 * mailbox (tests/int/evidence-ledger.int.spec.ts); no other test uses one.
 */
export async function startTestMail(
  name: string,
): Promise<{ smtpPort: number; apiUrl: string; stop: () => Promise<void> }> {
  const dataDir = path.join(projectRoot, '.data', `test-mail-${name}-${process.pid}`)
  fs.rmSync(dataDir, { recursive: true, force: true })
  const mail = await startMailpit({
    dataDir,
    smtpPort: await freePort(),
    httpPort: await freePort(),
    maxMessages: 0,
    extraArgs: ['--smtp-allowed-recipients=^[^+]*$'],
    log: () => {},
  })
  return {
    smtpPort: mail.smtpPort,
    apiUrl: `http://127.0.0.1:${mail.httpPort}`,
    stop: async () => {
      await mail.stop()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/**
 * A throwaway UPLOADS_DIR for one Vitest project: uploads made by the tests never land in the
 * development folder (.data/uploads), and are removed afterwards.
 */
export function testUploadsDir(name: string): { dir: string; remove: () => void } {
  const dir = path.join(projectRoot, '.data', `test-uploads-${name}-${process.pid}`)
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) }
}
