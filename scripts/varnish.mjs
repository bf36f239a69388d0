// The edge for local runs, tests and benchmarks: Debian's Varnish with the xkey vmod
// (varnish-modules), loading deploy/varnish/default.vcl rendered for the given app instances,
// on 127.0.0.1. The same VCL serves production (docker-compose.yml renders it the same way).
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { canConnect, projectRoot, stopChild } from './embedded-db.mjs'
import { ensureDebianPackage } from './debian.mjs'

const RENDERER = path.join(projectRoot, 'deploy', 'varnish', 'render-vcl.sh')

/**
 * The VCL for `backends` (`{ host, port }` each) and the purge token, rendered by
 * deploy/varnish/render-vcl.sh, the renderer the Varnish container uses too.
 */
export function renderVcl({ backends, purgeToken, purgeNetworks = [] }) {
  if (!backends.length) throw new Error('the edge needs at least one app instance')
  const rendered = spawnSync('sh', [RENDERER], {
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      VARNISH_BACKENDS: backends.map(({ host, port }) => `${host}:${port}`).join(' '),
      EDGE_PURGE_TOKEN: purgeToken,
      VARNISH_PURGE_NETWORKS: purgeNetworks.join(' '),
    },
  })
  if (rendered.status !== 0) throw new Error(`rendering the VCL failed: ${rendered.stderr.trim()}`)
  return rendered.stdout
}

/**
 * Starts Varnish on 127.0.0.1:`port` in front of `backends`. Returns the address to purge at and
 * a `stop`. `workDir` (git-ignored or temporary) holds the rendered VCL and Varnish's own files.
 */
export async function startVarnish({
  port,
  backends,
  purgeToken,
  workDir,
  memory = '256m',
  log = console.error,
}) {
  ensureDebianPackage('varnishd', 'varnish varnish-modules', { log })
  if (await canConnect(port)) throw new Error(`port ${port} is in use: choose another PORT`)
  fs.mkdirSync(workDir, { recursive: true })
  const vclFile = path.join(workDir, 'default.vcl')
  fs.writeFileSync(vclFile, renderVcl({ backends, purgeToken }), { mode: 0o600 })
  const logFile = fs.openSync(path.join(workDir, 'varnish.log'), 'a')
  const child = spawn(
    'varnishd',
    [
      '-F', // in the foreground, as our child: it stops with us
      '-j',
      'none', // no privilege separation jail: runs as whoever started it
      '-n',
      path.join(workDir, 'instance'),
      '-a',
      `127.0.0.1:${port}`,
      '-T',
      'none', // no management port
      '-f',
      vclFile,
      '-s',
      `malloc,${memory}`,
      '-p',
      'vcc_allow_inline_c=off',
    ],
    { stdio: ['ignore', logFile, logFile] },
  )
  for (let i = 0; i < 100 && child.exitCode === null; i++) {
    if (await canConnect(port)) break
    await new Promise((r) => setTimeout(r, 100))
  }
  if (child.exitCode !== null || !(await canConnect(port))) {
    child.kill('SIGKILL')
    const output = fs.readFileSync(path.join(workDir, 'varnish.log'), 'utf8')
    throw new Error(`Varnish did not start on 127.0.0.1:${port}:\n${output.slice(-3000)}`)
  }
  log(`[edge] Varnish on 127.0.0.1:${port} in front of ${backends.map((b) => b.port).join(', ')}`)
  return {
    port,
    purgeUrl: `http://127.0.0.1:${port}/`,
    stop: () => stopChild(child),
  }
}
