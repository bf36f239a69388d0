// Runs the seed (src/seed/cli.ts) in its own Node process with tsx, Payload's TypeScript loader.
import { spawn } from 'node:child_process'
import { projectRoot } from './embedded-db.mjs'

/**
 * Node flags for a script that loads the Payload config. Lexical's packages resolve, under Node's
 * `node` export condition, to an entry that picks its dev or prod build with a top-level
 * `await import()`. Several of those evaluating at once now and then deadlock Node 20's module
 * loader: the process stops before running anything, with exit 13 ("unsettled top-level await").
 * Seen here on 4 of 12 seed runs under load (and with tsx 4.23 or Vite's module runner instead of
 * tsx, so not the loader). Lexical's own `development` / `production` conditions name the build
 * directly, with no top-level await: 16 of 16 runs under the same load passed.
 */
export const scriptNodeFlags = (env = process.env) => [
  `--conditions=${env.NODE_ENV === 'production' ? 'production' : 'development'}`,
  '--import',
  'tsx/esm',
]

export async function runSeed({ env = process.env, output = 'inherit' } = {}) {
  let log = ''
  const code = await new Promise((resolve) => {
    const child = spawn(process.execPath, [...scriptNodeFlags(env), 'src/seed/cli.ts'], {
      cwd: projectRoot,
      env,
      stdio: output === 'inherit' ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    })
    child.stdout?.on('data', (chunk) => (log += chunk))
    child.stderr?.on('data', (chunk) => (log += chunk))
    child.once('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)))
  })
  return { code, log }
}
