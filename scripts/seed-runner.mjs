// Runs the seed (src/seed/cli.ts) in its own Node process with tsx, Payload's TypeScript loader.
// Seen here: now and then such a process exits with code 13, "unsettled top-level await", before
// doing anything (the loader's worker thread and Payload's top-level await in the config). The
// seed is idempotent, so that exit is simply retried.
import { spawn } from 'node:child_process'
import { projectRoot } from './embedded-db.mjs'

const UNSETTLED_TOP_LEVEL_AWAIT = 13

export async function runSeed({ env = process.env, output = 'inherit', attempts = 3 } = {}) {
  let log = ''
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const code = await new Promise((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx/esm', 'src/seed/cli.ts'], {
        cwd: projectRoot,
        env,
        stdio: output === 'inherit' ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      })
      child.stdout?.on('data', (chunk) => (log += chunk))
      child.stderr?.on('data', (chunk) => (log += chunk))
      child.once('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)))
    })
    if (code !== UNSETTLED_TOP_LEVEL_AWAIT) return { code, log }
    console.error(`[seed] the seed process stopped before starting (exit 13); retrying (${attempt}/${attempts})`)
  }
  return { code: UNSETTLED_TOP_LEVEL_AWAIT, log }
}
