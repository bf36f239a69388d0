import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { projectRoot } from '../../scripts/embedded-db.mjs'
import { ConfigError, DEV_SECRET, readConfig, resolveEnv, variableNames } from '@/config/env'
import { productionProblems } from '@/config/production'

const good = {
  NODE_ENV: 'production',
  DATABASE_URI: 'mongodb://db.internal:27017/trust',
  PAYLOAD_SECRET: 'a'.repeat(16) + 'b'.repeat(16),
  NEXT_PUBLIC_SERVER_URL: 'https://trust.example.com',
  SMTP_HOST: 'smtp.example.com',
  EMAIL_FROM_ADDRESS: 'notices@example.com',
  ADMIN_EMAIL: 'owner@clicki.example',
  ADMIN_PASSWORD: 'a long sentence nobody guesses',
}

describe('configuration (src/config/env.ts)', () => {
  it('.env.example documents exactly the variables the config module declares', () => {
    const example = fs.readFileSync(path.join(projectRoot, '.env.example'), 'utf8')
    const documented = new Set(
      [...example.matchAll(/^#? ?([A-Z][A-Z0-9_]+)=/gm)].map((match) => match[1]),
    )
    expect([...documented].sort()).toEqual([...variableNames].sort())
  })

  it('a local run derives the public URL from PORT, so the admin trusts the address it serves', () => {
    expect(resolveEnv({ PORT: '4000' }).NEXT_PUBLIC_SERVER_URL).toBe('http://localhost:4000')
    expect(resolveEnv({}).NEXT_PUBLIC_SERVER_URL).toBe('http://localhost:3000')
    const preview = { NODE_ENV: 'production', LOCAL_PREVIEW: 'true', PORT: '4100' }
    expect(resolveEnv(preview).NEXT_PUBLIC_SERVER_URL).toBe('http://127.0.0.1:4100')
    expect(
      resolveEnv({ PORT: '4000', NEXT_PUBLIC_SERVER_URL: 'https://x.example' })
        .NEXT_PUBLIC_SERVER_URL,
    ).toBe('https://x.example')
  })

  it('production fills in nothing: no development secret, no example admin', () => {
    const resolved = resolveEnv({ NODE_ENV: 'production' })
    expect(resolved.PAYLOAD_SECRET).toBeUndefined()
    expect(resolved.ADMIN_PASSWORD).toBeUndefined()
    expect(resolved.NEXT_PUBLIC_SERVER_URL).toBeUndefined()
    expect(resolveEnv({}).PAYLOAD_SECRET).toBe(DEV_SECRET)
  })

  it('types every value: numbers, flags and addresses, with a message naming the variable', () => {
    const config = readConfig({ PORT: '4000', SMTP_SECURE: 'true', TRUSTED_PROXY_HOPS: '1' })
    expect(config.PORT).toBe(4000)
    expect(config.SMTP_SECURE).toBe(true)
    expect(config.TRUSTED_PROXY_HOPS).toBe(1)
    expect(() => readConfig({ PORT: '70000' })).toThrow(ConfigError)
    const error = (() => {
      try {
        readConfig({ PORT: 'abc', DATABASE_URI: 'postgres://x', ADMIN_EMAIL: 'nobody' })
      } catch (thrown) {
        return thrown as ConfigError
      }
    })()
    expect(error?.problems).toEqual([
      expect.stringContaining('DATABASE_URI must start with mongodb://'),
      expect.stringContaining('ADMIN_EMAIL must be an email address'),
      expect.stringContaining('NEXT_PUBLIC_SERVER_URL'),
      expect.stringContaining('PORT must be a whole number from 1 to 65535 (got "abc")'),
    ])
  })

  it('production accepts a complete configuration and lists every problem of an incomplete one', () => {
    expect(productionProblems(good, { builtServerUrl: 'https://trust.example.com' })).toEqual([])
    const problems = productionProblems(
      {
        ...good,
        PAYLOAD_SECRET: DEV_SECRET,
        NEXT_PUBLIC_SERVER_URL: 'http://trust.example.com',
        ADMIN_PASSWORD: 'owner@clicki.example!',
        SMTP_HOST: '',
      },
      { builtServerUrl: 'http://localhost:3000' },
    )
    expect(problems).toEqual([
      expect.stringContaining('SMTP_HOST is not set'),
      expect.stringContaining('PAYLOAD_SECRET is the public development value'),
      expect.stringContaining('must use https://'),
      expect.stringContaining(
        'ADMIN_PASSWORD is too weak: The password must not contain the email',
      ),
      expect.stringContaining('but this build was made for http://localhost:3000'),
    ])
    // http is fine on loopback (a server behind a proxy on the same host), and locally nothing is required
    expect(
      productionProblems({ ...good, NEXT_PUBLIC_SERVER_URL: 'http://127.0.0.1:3000' }),
    ).toEqual([])
    expect(productionProblems({})).toEqual([])
  })
})
