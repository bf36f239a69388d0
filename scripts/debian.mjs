// Debian packages the local topology and the benchmarks use (Varnish, Redis, nginx, wrk):
// installed with apt-get when missing and this process may (root), otherwise a clear refusal.
import { spawnSync } from 'node:child_process'

export const hasCommand = (command) =>
  spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0

/** Makes sure `command` exists, installing the Debian package(s) `pkg` once if it does not. */
export function ensureDebianPackage(command, pkg = command, { log = console.error } = {}) {
  if (hasCommand(command)) return
  if (process.getuid?.() !== 0)
    throw new Error(`${command} is missing: install it with \`sudo apt-get install ${pkg}\``)
  log(`[setup] installing ${pkg} (Debian package, once)…`)
  const install = spawnSync('sh', ['-c', `apt-get update -qq && apt-get install -y -qq ${pkg}`], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
  if (install.status !== 0 || !hasCommand(command))
    throw new Error(`could not install ${pkg}; install it with apt-get and run again`)
}
