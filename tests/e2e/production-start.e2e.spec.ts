import { spawn } from 'node:child_process'
import { describe, expect, inject, it } from 'vitest'
import { freePort, projectRoot } from '../../scripts/embedded-db.mjs'
import { variableNames } from '@/config/env'
import { testEnv } from '../setup/test-database'

// `npm start` is production: it fills in nothing from .env.example and refuses to start, with one
// message listing every problem, rather than run with a public secret, a known admin password,
// no mail server or a build made for another address.

/** Runs `npm start` with exactly `env` (every other project variable unset, whatever .env says). */
async function npmStart(env: Record<string, string>) {
  const unset = Object.fromEntries(variableNames.map((name) => [name, '']))
  const child = spawn('npm', ['start'], {
    cwd: projectRoot,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production' as const,
      ...unset,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const timer = setTimeout(() => child.kill('SIGTERM'), 90_000)
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
  clearTimeout(timer)
  return { code, output }
}

/** A configuration production accepts, against the test database and build. */
async function goodConfiguration(port: number) {
  return {
    ...testEnv,
    DATABASE_URI: inject('databaseUri'),
    NEXT_DIST_DIR: process.env.E2E_DIST_DIR || '.next-test',
    NEXT_PUBLIC_SERVER_URL: inject('portalUrl'),
    PORT: String(port),
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(inject('smtpPort')),
  }
}

describe('npm start', () => {
  it('with nothing configured, lists every missing setting and starts no server', async () => {
    const { code, output } = await npmStart({})
    expect(code, output).not.toBe(0)
    expect(output).toContain('Refusing to start')
    for (const name of [
      'DATABASE_URI',
      'PAYLOAD_SECRET',
      'NEXT_PUBLIC_SERVER_URL',
      'SMTP_HOST',
      'EMAIL_FROM_ADDRESS',
    ])
      expect(output).toContain(`${name} is not set`)
    expect(output).toContain('npm run preview')
    // it did not fall back to the embedded database or Mailpit, nor seed an admin
    expect(output).not.toMatch(/\[(db|mail|seed)\]/)
  }, 120_000)

  it('refuses the development secret, a short one, the example admin and a weak password', async () => {
    const base = await goodConfiguration(await freePort())
    const example = await npmStart({
      ...base,
      PAYLOAD_SECRET: 'dev-only-secret-change-me-in-production',
      ADMIN_EMAIL: 'admin@example.com',
      ADMIN_PASSWORD: 'change-me-please',
    })
    expect(example.code, example.output).not.toBe(0)
    expect(example.output).toContain('PAYLOAD_SECRET is the public development value')
    expect(example.output).toContain('ADMIN_PASSWORD is the example')
    expect(example.output).toContain('ADMIN_EMAIL is the example')

    const weak = await npmStart({
      ...base,
      PAYLOAD_SECRET: 'x'.repeat(31),
      ADMIN_PASSWORD: 'password1234',
    })
    expect(weak.code, weak.output).not.toBe(0)
    expect(weak.output).toContain('PAYLOAD_SECRET has 31 characters; use at least 32')
    expect(weak.output).toContain('ADMIN_PASSWORD is too weak')
    expect(weak.output).not.toMatch(/\[seed\]/)
  }, 240_000)

  it('refuses a public address other than the one the build was made for', async () => {
    const { code, output } = await npmStart({
      ...(await goodConfiguration(await freePort())),
      NEXT_PUBLIC_SERVER_URL: 'https://trust.example.com',
    })
    expect(code, output).not.toBe(0)
    expect(output).toContain(
      `NEXT_PUBLIC_SERVER_URL is https://trust.example.com, but this build was made for ${inject('portalUrl')}`,
    )
  }, 120_000)

  it('starts with a complete configuration', async () => {
    const port = await freePort()
    const child = spawn('npm', ['start'], {
      cwd: projectRoot,
      env: { ...process.env, ...(await goodConfiguration(port)), DISABLE_JOBS_AUTORUN: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    try {
      let status = 0
      for (let i = 0; i < 240 && !status && child.exitCode === null; i++) {
        status = await fetch(`http://127.0.0.1:${port}/`)
          .then((r) => r.status)
          .catch(() => 0)
        if (!status) await new Promise((r) => setTimeout(r, 250))
      }
      expect(status, output).toBe(200)
    } finally {
      if (child.exitCode === null) process.kill(-child.pid!, 'SIGTERM')
    }
  }, 120_000)
})
