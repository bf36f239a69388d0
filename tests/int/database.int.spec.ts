import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import mongoose from 'mongoose'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import { ferretdbSettings, serverKindOf } from '@/db/adapter'
import { projectRoot, startEmbeddedDatabase } from '../../scripts/embedded-db.mjs'
import { scriptNodeFlags } from '../../scripts/seed-runner.mjs'
import { quiet, rest, seededPayload } from '../helpers/payload'

let payload: Payload
const embedded = !process.env.TEST_DATABASE_URI

beforeAll(async () => {
  payload = await seededPayload()
})

describe('server detection', () => {
  const db = () => payload.db as MongooseAdapter

  it('asks the server what it is once connected, from buildInfo', async () => {
    expect(await serverKindOf(db())).toBe(embedded ? 'ferretdb' : 'mongodb')
  })

  it.runIf(embedded)('runs Payload with the FerretDB settings on FerretDB', () => {
    expect(db()).toMatchObject(ferretdbSettings)
    expect(db().useJoinAggregations).toBe(false)
    expect(db().disableIndexHints).toBe(true)
    expect(db().transactionOptions).toBeFalsy()
  })

  it.skipIf(embedded)('leaves a real MongoDB with the defaults', () => {
    expect(db().useJoinAggregations).toBe(true)
    expect(db().disableIndexHints).toBe(false)
  })

  it('imports the config without a database (no connection at import)', () => {
    const result = spawnSync(
      process.execPath,
      [...scriptNodeFlags(), '-e', "await import('./payload.config.ts'); console.log('loaded')"],
      {
        cwd: projectRoot,
        // nothing listens on port 9: a connection attempt at import would fail the import
        env: { ...process.env, DATABASE_URI: 'mongodb://127.0.0.1:9/unreachable' },
        encoding: 'utf8',
        timeout: 110_000,
      },
    )
    expect(result.stdout).toContain('loaded')
    expect(result.status).toBe(0)
  }, 120_000)
})

describe('sign-in and lockout (Payload counts failed logins with findAndModify)', () => {
  const email = 'lockout@tests.invalid'
  const password = 'the-right-password'
  const attempt = (pass: string) =>
    rest('POST', '/api/users/login', { body: { email, password: pass } })

  it('signs in after a failed attempt, locks after five, and unlocks', async () => {
    await payload.create({
      collection: 'users',
      data: { email, password, role: 'editor' },
      ...quiet,
    })

    expect((await attempt('wrong')).status).toBe(401)
    expect((await attempt(password)).status).toBe(200)
    const afterSuccess = await payload.find({
      collection: 'users',
      where: { email: { equals: email } },
      showHiddenFields: true,
    })
    expect(afterSuccess.docs[0].loginAttempts).toBe(0)

    // Five wrong passwords through the Local API: over HTTP the per-account rate limit answers
    // 429 from the 5th failure (tests/e2e/security-rate-limits.e2e.spec.ts), before Payload's lock.
    for (let i = 0; i < 5; i++)
      await expect(
        payload.login({ collection: 'users', data: { email, password: `wrong-${i}` } }),
      ).rejects.toThrow()
    const locked = await attempt(password)
    expect(locked.status).toBe(401)
    expect(JSON.stringify(locked.body)).toMatch(/locked/i)

    const admin = await rest('POST', '/api/users/login', {
      body: { email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD },
    })
    expect(admin.status).toBe(200)
    const unlock = await rest('POST', '/api/users/unlock', {
      token: admin.body.token,
      body: { email },
    })
    expect(unlock.status, JSON.stringify(unlock.body)).toBe(200)
    expect((await attempt(password)).status).toBe(200)
  })
})

describe('the embedded database', () => {
  it('keeps its data across a restart and stops the server it started', async () => {
    const dataDir = fs.mkdtempSync(path.join(projectRoot, '.data', 'lifecycle-'))
    try {
      const first = await startEmbeddedDatabase({ dataDir, log: () => {} })
      const connection = await mongoose.createConnection(first.uri).asPromise()
      await connection.db!.collection('probe').insertOne({ kept: 'across restarts' })
      await connection.close()
      await first.stop()
      expect(() => process.kill(first.pid!, 0)).toThrow()

      const second = await startEmbeddedDatabase({ dataDir, log: () => {} })
      const again = await mongoose.createConnection(second.uri).asPromise()
      expect(await again.db!.collection('probe').findOne({}, { projection: { _id: 0 } })).toEqual({
        kept: 'across restarts',
      })
      await again.close()
      await second.stop()
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true })
    }
  })

  it('without DATABASE_URI and without Go, exits with one message naming both fixes', () => {
    const emptyTools = fs.mkdtempSync(path.join(os.tmpdir(), 'no-tools-'))
    const env: NodeJS.ProcessEnv = {
      NODE_ENV: 'development',
      PATH: '/nonexistent',
      HOME: os.tmpdir(),
      DATABASE_URI: '',
      EMBEDDED_DB_TOOLS_DIR: emptyTools,
    }
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx/esm', 'scripts/with-db.mjs', '--', process.execPath, '-e', '0'],
      {
        cwd: projectRoot,
        env,
        encoding: 'utf8',
      },
    )
    fs.rmSync(emptyTools, { recursive: true, force: true })
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/set DATABASE_URI/)
    expect(run.stderr).toMatch(/install Go/)
  })
})
