// An S3-compatible store for local runs and tests: versitygw (the Versity S3 Gateway) with its
// POSIX backend, installed once with `go install` into .tools/ (git-ignored) and started on
// 127.0.0.1. Each bucket is a folder of `dataDir`, each object a file in it. The app's S3 path
// (src/storage, @payloadcms/storage-s3) runs against it exactly as against a real store.
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3'
import {
  EmbeddedDatabaseError,
  canConnect,
  freePort,
  requireGo,
  stopChild,
  toolsDir,
} from './embedded-db.mjs'

export const VERSITYGW_VERSION = 'v1.8.0'
const MODULE = 'github.com/versity/versitygw'
export const versitygwBinary = path.join(toolsDir, 'bin', 'versitygw')

// `versitygw --version` says "git" when built by `go install`; the module version is in the binary
function installedVersion() {
  if (!fs.existsSync(versitygwBinary)) return null
  const out = spawnSync('go', ['version', '-m', versitygwBinary], { encoding: 'utf8' })
  if (out.status !== 0)
    return fs.existsSync(`${versitygwBinary}.version`)
      ? fs.readFileSync(`${versitygwBinary}.version`, 'utf8').trim()
      : null
  return new RegExp(`^\\s*mod\\s+${MODULE}\\s+(\\S+)`, 'm').exec(out.stdout)?.[1] ?? null
}

export function ensureVersitygwInstalled({ log = console.error } = {}) {
  if (installedVersion() === VERSITYGW_VERSION) return versitygwBinary
  requireGo({
    missing: 'An S3-compatible store is needed here (the tests of the S3 storage path),',
    configure: 'set S3_BUCKET, S3_ENDPOINT and the S3 keys to a store of your own',
    install: `install versitygw ${VERSITYGW_VERSION}`,
  })
  log(`[s3] installing versitygw ${VERSITYGW_VERSION} into .tools/ (once; about two minutes)…`)
  fs.mkdirSync(path.dirname(versitygwBinary), { recursive: true })
  const install = spawnSync('go', ['install', `${MODULE}/cmd/versitygw@${VERSITYGW_VERSION}`], {
    stdio: 'inherit',
    env: { ...process.env, GOBIN: path.dirname(versitygwBinary), CGO_ENABLED: '0' },
  })
  if (install.status !== 0)
    throw new EmbeddedDatabaseError(`Installing versitygw ${VERSITYGW_VERSION} failed (see above).`)
  fs.writeFileSync(`${versitygwBinary}.version`, `${VERSITYGW_VERSION}\n`)
  return versitygwBinary
}

/**
 * Starts versitygw on 127.0.0.1:`port` (a free port unless given), storing buckets in
 * `dataDir`/buckets (a temporary folder, removed by `stop`, unless given), and creates `bucket`.
 * The root account's keys are random unless given; they reach the gateway through its environment,
 * never its command line. Returns the store's address, the bucket, the keys, `env` (the S3_*
 * variables that point the app at it) and `stop`.
 * @param {object} [options]
 * @param {number} [options.port]
 * @param {string} [options.dataDir]
 * @param {string} [options.bucket]
 * @param {string} [options.accessKeyId]
 * @param {string} [options.secretAccessKey]
 * @param {string} [options.region]
 * @param {(line: string) => void} [options.log]
 */
export async function startVersitygw({
  port,
  dataDir,
  bucket = 'trust-center',
  accessKeyId = `local-${randomBytes(6).toString('hex')}`,
  secretAccessKey = randomBytes(24).toString('hex'),
  region = 'us-east-1',
  log = console.error,
} = {}) {
  const binary = ensureVersitygwInstalled({ log })
  const dir = dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'trust-center-s3-'))
  const root = path.join(dir, 'buckets')
  fs.mkdirSync(root, { recursive: true })
  const listenPort = port ?? (await freePort())
  const logPath = path.join(dir, 'versitygw.log')

  /** @param {string[]} backendArgs */
  const launch = async (backendArgs) => {
    const logFile = fs.openSync(logPath, 'a')
    const child = spawn(
      binary,
      ['--port', `127.0.0.1:${listenPort}`, '--region', region, '--quiet', 'posix', ...backendArgs],
      {
        stdio: ['ignore', logFile, logFile],
        env: { ...process.env, ROOT_ACCESS_KEY: accessKeyId, ROOT_SECRET_KEY: secretAccessKey },
      },
    )
    fs.closeSync(logFile)
    let exited = false
    child.once('exit', () => (exited = true))
    const deadline = Date.now() + 20_000
    while (!(await canConnect(listenPort))) {
      if (exited || Date.now() > deadline) {
        child.kill('SIGKILL')
        return { child: null, log: fs.readFileSync(logPath, 'utf8').slice(-2000) }
      }
      await new Promise((r) => setTimeout(r, 50))
    }
    return { child, log: '' }
  }

  // Object metadata (content type, ETag) is kept in extended attributes; on a file system without
  // them (some container overlays), in a folder beside the buckets instead.
  let started = await launch([root])
  if (!started.child && /xattr/i.test(started.log)) {
    log('[s3] this file system has no extended attributes: keeping object metadata beside them')
    const sidecar = path.join(dir, 'metadata')
    fs.mkdirSync(sidecar, { recursive: true })
    started = await launch(['--sidecar', sidecar, root])
  }
  const child = started.child
  if (!child)
    throw new EmbeddedDatabaseError(
      `versitygw did not start on port ${listenPort}:\n${started.log}`,
    )

  const url = `http://127.0.0.1:${listenPort}`
  const stop = async () => {
    await stopChild(child)
    if (!dataDir) fs.rmSync(dir, { recursive: true, force: true })
  }
  const client = new S3Client({
    endpoint: url,
    region,
    forcePathStyle: true,
    credentials: { accessKeyId, secretAccessKey },
  })
  try {
    await client.send(new CreateBucketCommand({ Bucket: bucket }))
  } catch (error) {
    // a dataDir kept from an earlier run already holds it
    if (/** @type {Error} */ (error).name !== 'BucketAlreadyOwnedByYou') {
      await stop()
      throw error
    }
  } finally {
    client.destroy()
  }
  log(`[s3] versitygw ${VERSITYGW_VERSION} on ${url}, bucket "${bucket}" in ${root}`)
  return {
    url,
    port: listenPort,
    bucket,
    region,
    accessKeyId,
    secretAccessKey,
    /** the app's settings for this store (src/config/env.ts) */
    env: {
      S3_BUCKET: bucket,
      S3_ENDPOINT: url,
      S3_REGION: region,
      S3_ACCESS_KEY_ID: accessKeyId,
      S3_SECRET_ACCESS_KEY: secretAccessKey,
      S3_FORCE_PATH_STYLE: 'true',
    },
    /** where the bucket's objects are, as files */
    bucketDir: path.join(root, bucket),
    pid: child.pid,
    stop,
  }
}
