import { spawn } from 'node:child_process'
import { describe, expect, inject, it } from 'vitest'
import { freePort, projectRoot } from '../../scripts/embedded-db.mjs'

// Notices are a legal duty: a production server without an SMTP server must not start, or
// notices would be recorded although no customer could receive them.

/** Runs `npm start` against the test database and build; resolves with its exit code and output. */
async function npmStart(env: Record<string, string>) {
  const port = await freePort()
  const child = spawn('npm', ['start'], {
    cwd: projectRoot,
    env: {
      ...process.env,
      DATABASE_URI: inject('databaseUri'),
      NEXT_DIST_DIR: process.env.E2E_DIST_DIR || '.next-test',
      PORT: String(port),
      NODE_ENV: 'production',
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

describe('npm start', () => {
  it('refuses to run without SMTP settings, saying what to set', async () => {
    const { code, output } = await npmStart({ SMTP_HOST: '' })
    expect(code, output).not.toBe(0)
    expect(output).toContain('Refusing to start: SMTP_HOST is not set')
    expect(output).toContain('npm run preview')
    // and it did not fall back to Mailpit, whose launcher says "[mail] …"
    expect(output).not.toContain('[mail]')
  }, 120_000)
})
