// Starts a throwaway FerretDB for the whole test run (or uses TEST_DATABASE_URI, dropped first),
// so tests never touch the development database.
import fs from 'node:fs'
import path from 'node:path'
import mongoose from 'mongoose'
import { projectRoot, startEmbeddedDatabase } from '../../scripts/embedded-db.mjs'
import { loadProjectEnv } from '../../scripts/env.mjs'

export default async function setup() {
  delete process.env.DATABASE_URI
  loadProjectEnv()
  delete process.env.DATABASE_URI // a developer's .env must never point tests at real data
  process.env.PAYLOAD_SECRET = 'test-secret-not-for-production'
  process.env.ADMIN_EMAIL = 'admin@tests.invalid'
  process.env.ADMIN_PASSWORD = 'correct horse battery staple'
  // expected failures (wrong passwords, refused input) would otherwise fill the output with stacks
  process.env.PAYLOAD_LOG_LEVEL ??= 'fatal'

  if (process.env.TEST_DATABASE_URI) {
    const connection = await mongoose.createConnection(process.env.TEST_DATABASE_URI).asPromise()
    await connection.dropDatabase()
    await connection.close()
    process.env.DATABASE_URI = process.env.TEST_DATABASE_URI
    return
  }

  const dataDir = path.join(projectRoot, '.data', `test-${process.pid}`)
  fs.rmSync(dataDir, { recursive: true, force: true })
  const database = await startEmbeddedDatabase({ dataDir, log: () => {} })
  process.env.DATABASE_URI = database.uri
  process.env.TEST_EMBEDDED_DB_DIR = dataDir

  return async () => {
    await database.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
