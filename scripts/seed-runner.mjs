// Runs the seed (src/seed/cli.ts) in its own Node process with tsx, Payload's TypeScript loader.
import { spawn } from 'node:child_process'
import { projectRoot } from './embedded-db.mjs'

export async function runSeed({ env = process.env, output = 'inherit' } = {}) {
  let log = ''
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
  return { code, log }
}
