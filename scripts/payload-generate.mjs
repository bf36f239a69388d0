#!/usr/bin/env node
// Regenerates src/payload-types.ts or app/(payload)/admin/importMap.js with Payload's CLI.
// The CLI sometimes exits 0 having written nothing (payloadcms/payload#9378): we check the file
// changed (or its content is current) and retry.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { projectRoot } from './embedded-db.mjs'

const targets = {
  types: { command: 'generate:types', file: 'src/payload-types.ts' },
  importmap: { command: 'generate:importmap', file: 'app/(payload)/admin/importMap.js' },
}
const target = targets[process.argv[2]]
if (!target) {
  console.error(`usage: payload-generate.mjs ${Object.keys(targets).join('|')}`)
  process.exit(2)
}
const file = path.join(projectRoot, target.file)
const stamp = () => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0)

for (let attempt = 1; attempt <= 4; attempt++) {
  const before = stamp()
  const run = spawnSync(
    process.execPath,
    ['scripts/with-db.mjs', '--', process.execPath, 'node_modules/payload/bin.js', target.command],
    { cwd: projectRoot, encoding: 'utf8' },
  )
  const output = `${run.stdout}${run.stderr}`
  if (run.status !== 0) {
    process.stderr.write(output)
    process.exit(run.status ?? 1)
  }
  if (stamp() > before || /No new imports found|Types written|Writing/i.test(output)) {
    process.stdout.write(output)
    console.log(`${target.file} is up to date`)
    process.exit(0)
  }
  console.error(`payload ${target.command} exited without output; retrying (${attempt}/4)`)
}
console.error(`payload ${target.command} did nothing after 4 attempts`)
process.exit(1)
