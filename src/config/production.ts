// The rules a production server must meet before it starts, checked by the `npm start` launcher
// (scripts/with-db.mjs) and by instrumentation.ts for any `next start`. They are ours, not zod's,
// because they compare variables with each other and with the build.
import { passwordProblem } from '../access/passwords'
import {
  ConfigError,
  DEV_SECRET,
  EXAMPLE_ADMIN,
  MIN_SECRET_LENGTH,
  modeOf,
  parse,
  requiredInProduction,
} from './env'

type Env = Record<string, string | undefined>

/**
 * Everything that stops a production server, in words an operator can act on. `builtServerUrl`
 * is the public URL the build was made with (Next.js bakes NEXT_PUBLIC_* into it).
 */
export function productionProblems(
  env: Env = process.env,
  { builtServerUrl }: { builtServerUrl?: string } = {},
): string[] {
  const mode = modeOf(env)
  const { config, problems } = parse(env, mode)
  if (mode === 'production') {
    for (const { name, why } of requiredInProduction)
      if (config[name] === undefined && !problems.some((p) => p.startsWith(`${name} `)))
        problems.push(`${name} is not set: ${why}`)
    const secret = config.PAYLOAD_SECRET
    if (secret === DEV_SECRET)
      problems.push('PAYLOAD_SECRET is the public development value from .env.example.')
    else if (secret && secret.length < MIN_SECRET_LENGTH)
      problems.push(
        `PAYLOAD_SECRET has ${secret.length} characters; use at least ${MIN_SECRET_LENGTH}.`,
      )
    const url = config.NEXT_PUBLIC_SERVER_URL
    if (url && new URL(url).protocol === 'http:' && !isLoopback(new URL(url).hostname))
      problems.push(
        `NEXT_PUBLIC_SERVER_URL is ${url}: a public server must use https:// (sign-in cookies and passwords would cross the network in clear).`,
      )
    if (config.ADMIN_PASSWORD !== undefined) {
      if (config.ADMIN_PASSWORD === EXAMPLE_ADMIN.password)
        problems.push('ADMIN_PASSWORD is the example from .env.example.')
      else {
        const weak = passwordProblem(config.ADMIN_PASSWORD, config.ADMIN_EMAIL)
        if (weak) problems.push(`ADMIN_PASSWORD is too weak: ${weak}`)
      }
    }
    const token = config.EDGE_PURGE_TOKEN
    if (config.EDGE_PURGE_URL && (!token || token.length < MIN_SECRET_LENGTH))
      problems.push(
        `EDGE_PURGE_TOKEN must be set, at least ${MIN_SECRET_LENGTH} characters, when EDGE_PURGE_URL is: anyone who can reach the edge could otherwise empty its cache.`,
      )
    const s3 = ['S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const
    if (config.S3_BUCKET && s3.some((name) => !config[name]))
      problems.push(
        `S3_BUCKET is set, so ${s3.filter((name) => !config[name]).join(', ')} must be too: confidential documents would otherwise have nowhere to go.`,
      )
    if (config.ADMIN_EMAIL === EXAMPLE_ADMIN.email)
      problems.push('ADMIN_EMAIL is the example from .env.example; use a real address.')
  }
  const url = config.NEXT_PUBLIC_SERVER_URL
  if (mode !== 'local' && builtServerUrl && url && new URL(builtServerUrl).origin !== url)
    problems.push(
      `NEXT_PUBLIC_SERVER_URL is ${url}, but this build was made for ${new URL(builtServerUrl).origin}. ` +
        'The admin would refuse every save (its sign-in only trusts the address it was built for). ' +
        'Build again with the same NEXT_PUBLIC_SERVER_URL: `npm run build`.',
    )
  return problems
}

const isLoopback = (host: string) =>
  host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host)

/** Throws one ConfigError listing every problem (types in any mode; the production rules). */
export function assertStartable(env: Env = process.env, built?: { builtServerUrl?: string }) {
  const problems = productionProblems(env, built)
  if (problems.length) throw new ConfigError(problems)
}

/**
 * The jobs worker (`npm run worker`, scripts/worker.ts): the server's rules, and, in production,
 * Redis. The worker exists for deployments of several instances; a change it puts into effect must
 * expire every instance's cache, which it does through Redis (src/cache/redisTags.mjs). Without
 * Redis it could only reach a server on its own machine, and every other instance would show the
 * old list for up to five minutes.
 */
export function assertWorkerStartable(env: Env = process.env) {
  const problems = productionProblems(env)
  if (modeOf(env) === 'production' && !env.REDIS_URL?.trim())
    problems.push(
      'REDIS_URL is not set: the worker expires every app instance’s cache through the Redis they share. Set it to the same Redis as the app instances (or drop the worker and let one instance run the jobs queue: DISABLE_JOBS_AUTORUN=false).',
    )
  if (problems.length) throw new ConfigError(problems)
}
