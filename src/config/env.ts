// Every environment variable the project reads, declared once: its type, its value for local runs
// and whether production needs it. The app (payload.config.ts, instrumentation.ts and the modules
// they load), the launchers in scripts/ and the seed all read their settings here; .env.example
// documents the same list (tests/int/config.int.spec.ts keeps the two in step).
//
// Three ways to run:
// - local (`npm run dev`, the seed, the scripts, the tests): unset variables get the local value
//   below, so a fresh clone runs with no setup;
// - preview (`npm run preview`: a production build on 127.0.0.1 with throwaway servers,
//   LOCAL_PREVIEW=true): the same local values, and the admin says it is a preview;
// - production (`npm start`, or any `next start` with NODE_ENV=production): nothing is filled in,
//   and the server refuses to start while `productionProblems` finds anything.
//
// zod (a maintained library) does the parsing; the production rules are in ./production.ts.
import fs from 'node:fs'
import path from 'node:path'
import { parseEnv } from 'node:util'
import { z } from 'zod'

/** The development secret: fine on a laptop, refused in production. */
export const DEV_SECRET = 'dev-only-secret-change-me-in-production'
/** The first admin of a local run (`.env.example`); refused in production. */
export const EXAMPLE_ADMIN = { email: 'admin@example.com', password: 'change-me-please' }
export const MIN_SECRET_LENGTH = 32

type Env = Record<string, string | undefined>

const text = z.string().trim().min(1)
const integer = (min: number, max: number) => {
  const error = `must be a whole number from ${min} to ${max}`
  return z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error })
}
const port = integer(1, 65535)
const flag = z
  .enum(['true', 'false'], { error: 'must be true or false' })
  .transform((value) => value === 'true')
const webOrigin = z
  .url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' })
  .refine((value) => !URL.canParse(value) || ['', '/'].includes(new URL(value).pathname), {
    error: 'must be an origin only, such as https://trust.example.com (no path)',
  })
  .transform((value) => new URL(value).origin)
const mongoUri = text.regex(/^mongodb(\+srv)?:\/\//, 'must start with mongodb:// or mongodb+srv://')
const email = z.email({ error: 'must be an email address' })
const redisUrl = z.url({
  protocol: /^rediss?$/,
  error: 'must be a redis:// or rediss:// address, such as redis://127.0.0.1:6379',
})
const allHttpUrls = (list: string) =>
  list
    .split(/[\s,]+/)
    .filter(Boolean)
    .every((url) => URL.canParse(url) && /^https?:$/.test(new URL(url).protocol))

/**
 * Each variable: its type (zod), the value a local run or preview gets when it is unset, and
 * whether production needs it. `local` may derive from the other variables (the public URL from
 * PORT). Variables only the tests and benchmarks read are declared too, so that .env.example can
 * be checked against one list.
 */
const variables = {
  // ── the app ──
  DATABASE_URI: {
    type: mongoUri,
    requiredInProduction: 'the MongoDB connection string of the portal’s database.',
  },
  PAYLOAD_SECRET: {
    type: text,
    local: DEV_SECRET,
    requiredInProduction: `a random value of at least ${MIN_SECRET_LENGTH} characters (openssl rand -hex 32).`,
  },
  ADMIN_EMAIL: { type: email, local: EXAMPLE_ADMIN.email },
  ADMIN_PASSWORD: { type: text, local: EXAMPLE_ADMIN.password },
  NEXT_PUBLIC_SERVER_URL: {
    type: webOrigin,
    local: (env: Env, mode: Mode) =>
      `http://${mode === 'preview' ? '127.0.0.1' : 'localhost'}:${env.PORT || '3000'}`,
    requiredInProduction: 'the public address, such as https://trust.example.com.',
  },
  PORT: { type: port, default: '3000' },
  TRUSTED_PROXY_HOPS: { type: integer(0, 10), default: '0' },
  PAYLOAD_LOG_LEVEL: {
    type: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'], {
      error: 'must be one of trace, debug, info, warn, error, fatal, silent',
    }),
    default: 'info',
  },
  DISABLE_JOBS_AUTORUN: { type: flag, default: 'false' },
  JOBS_AUTORUN_CRON: {
    type: text.regex(
      /^\S+( \S+){4,5}$/,
      'must be a cron expression of 5 fields (6 with seconds first)',
    ),
    default: '* * * * *',
  },
  JOBS_QUEUE_MAX_AGE_SECONDS: { type: integer(60, 7 * 24 * 3600), default: '600' },
  LOCAL_PREVIEW: { type: flag, default: 'false' },
  NEXT_DIST_DIR: { type: text, default: '.next' },
  NEXT_OUTPUT_STANDALONE: { type: flag, default: 'false' },
  // ── the edge (deploy/varnish, docs/operations.md) ──
  EDGE_PURGE_URL: {
    type: text.refine(allHttpUrls, { error: 'must be http(s):// addresses separated by commas' }),
  },
  EDGE_PURGE_TOKEN: { type: text },
  // ── tracing (instrumentation.ts) ──
  OTEL_EXPORTER_OTLP_ENDPOINT: {
    type: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' }),
  },
  OTEL_SERVICE_NAME: { type: text, default: 'trust-center' },
  // ── several app instances (src/cache/redisCache.mjs, docs/operations.md) ──
  REDIS_URL: { type: redisUrl },
  // ── uploaded files (src/storage, docs/documents.md) ──
  UPLOADS_DIR: { type: text, default: '.data/uploads' },
  S3_BUCKET: { type: text },
  S3_ENDPOINT: {
    type: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' }),
  },
  S3_REGION: { type: text, default: 'us-east-1' },
  S3_ACCESS_KEY_ID: { type: text },
  S3_SECRET_ACCESS_KEY: { type: text },
  S3_FORCE_PATH_STYLE: { type: flag, default: 'false' },
  S3_OBJECT_ACL: {
    type: z.enum(['private', 'none'], { error: 'must be private or none' }),
    default: 'private',
  },
  // ── mail ──
  SMTP_HOST: {
    type: text,
    requiredInProduction:
      'change notices are a legal duty; without a mail server they could reach nobody.',
  },
  SMTP_PORT: { type: port, default: '587' },
  SMTP_USER: { type: text },
  SMTP_PASSWORD: { type: text },
  SMTP_SECURE: { type: flag, default: 'false' },
  SMTP_MAX_CONNECTIONS: { type: integer(1, 100), default: '8' },
  EMAIL_FROM_ADDRESS: {
    type: email,
    local: 'notices@example.com',
    requiredInProduction: 'the sender of change notices, an address of your own domain.',
  },
  EMAIL_FROM_NAME: { type: text, default: 'Trust center notices' },
  // ── webhooks (src/webhooks, docs/webhooks.md) ──
  WEBHOOK_TIMEOUT_SECONDS: { type: integer(1, 30), default: '10' },
  // ── embedded servers for local runs ──
  EMBEDDED_DB_DIR: { type: text, default: '.data/ferretdb' },
  EMBEDDED_DB_TOOLS_DIR: { type: text, default: '.tools' },
  MAILPIT_SMTP_PORT: { type: port, default: '1025' },
  MAILPIT_HTTP_PORT: { type: port, default: '8025' },
  // ── tests and benchmarks ──
  TEST_DATABASE_URI: { type: mongoUri },
  TEST_LOG_LEVEL: { type: text },
  CHROMIUM_PATH: { type: text },
  E2E_DIST_DIR: { type: text },
  E2E_SKIP_BUILD: { type: text },
  FUZZ_SEED: { type: integer(0, Number.MAX_SAFE_INTEGER) },
  CLUSTER_TEST_PORT: { type: port, default: '3480' },
  BENCH_SECONDS: { type: integer(1, 3600) },
  BENCH_CONNECTIONS: { type: integer(1, 10_000) },
  BENCH_SKIP_BUILD: { type: text },
  BENCH_VERBOSE: { type: text },
  BENCH_SUBSCRIBERS: { type: integer(1, 10_000_000) },
  BENCH_ENTRIES: { type: integer(1, 10_000_000) },
} satisfies Record<
  string,
  {
    type: z.ZodType
    local?: string | ((env: Env, mode: Mode) => string)
    default?: string
    /** why production needs it, in the words of the refusal */
    requiredInProduction?: string
  }
>

type Variables = typeof variables
export type VariableName = keyof Variables
export const variableNames = Object.keys(variables) as VariableName[]

/** The variables production cannot run without, each with why, in declaration order. */
export const requiredInProduction = Object.entries(variables).flatMap(([name, spec]) =>
  'requiredInProduction' in spec
    ? [{ name: name as VariableName, why: spec.requiredInProduction }]
    : [],
)

/** The settings, typed: numbers are numbers, flags booleans; unset optional ones are undefined. */
export type Config = {
  [K in VariableName]: Variables[K] extends { default: string } | { local: unknown }
    ? z.output<Variables[K]['type']>
    : z.output<Variables[K]['type']> | undefined
} & { mode: Mode }

export type Mode = 'local' | 'preview' | 'production'

/**
 * Which way the process runs. `next build` sets NODE_ENV=production too, but a build only bakes
 * in the public URL; the server that serves it is checked when it starts.
 */
export function modeOf(env: Env = process.env): Mode {
  if (env.NODE_ENV !== 'production' || env.NEXT_PHASE === 'phase-production-build') return 'local'
  return env.LOCAL_PREVIEW === 'true' ? 'preview' : 'production'
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Refusing to start: the configuration has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n` +
        problems.map((problem) => `  - ${problem}`).join('\n') +
        '\nSet them in the environment or in .env (every variable is described in .env.example). ' +
        'To try the production build on this machine instead, run `npm run preview`.',
    )
    this.name = 'ConfigError'
  }
}

/** The raw values with the local ones filled in (not in production); an empty value is unset. */
export function resolveEnv(env: Env = process.env, mode: Mode = modeOf(env)): Env {
  const resolved: Env = {}
  for (const name of variableNames) {
    const value = env[name]?.trim()
    if (value) resolved[name] = value
  }
  for (const name of variableNames) {
    if (resolved[name] !== undefined) continue
    const spec = variables[name] as {
      local?: string | ((env: Env, mode: Mode) => string)
      default?: string
    }
    if (spec.default !== undefined) resolved[name] = spec.default
    else if (spec.local !== undefined && mode !== 'production')
      resolved[name] =
        typeof spec.local === 'function' ? spec.local({ ...env, ...resolved }, mode) : spec.local
  }
  return resolved
}

/** Parses every variable; a value of the wrong type is a problem in any mode. */
export function parse(env: Env, mode: Mode): { config: Config; problems: string[] } {
  const resolved = resolveEnv(env, mode)
  const problems: string[] = []
  const config: Record<string, unknown> = { mode }
  for (const name of variableNames) {
    const value = resolved[name]
    if (value === undefined) continue
    const result = (variables[name].type as z.ZodType).safeParse(value)
    if (result.success) config[name] = result.data
    else
      problems.push(
        `${name} ${result.error.issues[0]?.message ?? 'is not valid'} (got "${value}").`,
      )
  }
  return { config: config as Config, problems }
}

/**
 * The settings of this process, parsed once. Values of the wrong type throw a ConfigError. In
 * production nothing is filled in; whether that is enough to serve is `assertStartable`'s call.
 */
export function readConfig(env: Env = process.env): Config {
  const { config, problems } = parse(env, modeOf(env))
  if (problems.length) throw new ConfigError(problems)
  return config
}

let cached: { env: Env; snapshot: string; config: Config } | undefined
/** readConfig(process.env), cached until the environment changes (the tests set variables). */
export function serverConfig(): Config {
  const snapshot = variableNames.map((name) => process.env[name] ?? '').join('\u0000')
  if (cached?.snapshot !== snapshot)
    cached = { env: process.env, snapshot, config: readConfig(process.env) }
  return cached.config
}

/**
 * Loads `.env` from the project into `env` for the launchers and scripts (Next.js loads it
 * itself). The process environment wins, even when a variable is set to an empty string.
 * `.env.example` is documentation only: its values are the local defaults above.
 */
export function loadDotEnv(projectRoot: string, env: NodeJS.ProcessEnv = process.env): string[] {
  const file = path.join(projectRoot, '.env')
  if (!fs.existsSync(file)) return []
  const loaded: string[] = []
  for (const [key, value] of Object.entries(parseEnv(fs.readFileSync(file, 'utf8')))) {
    if (env[key] === undefined && value !== '') {
      env[key] = value
      loaded.push(key)
    }
  }
  return loaded
}

/** The resolved values as strings, for a launcher to hand to the processes it starts. */
export function exportedEnv(env: Env = process.env): Record<string, string> {
  const resolved = resolveEnv(env)
  return Object.fromEntries(
    Object.entries(resolved).filter((entry): entry is [string, string] => entry[1] !== undefined),
  )
}

/** For scripts and the tests: `.env`, then the local values, into process.env. */
export function loadLocalEnv(projectRoot: string): void {
  loadDotEnv(projectRoot)
  Object.assign(process.env, exportedEnv(process.env))
}
