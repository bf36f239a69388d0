// Runs in each browser-test worker before its file: waits until the e2e server, built in the
// background by tests/setup/portal-server.ts, answers, and fails the file with the build's error
// if it could not start.
import fs from 'node:fs'
import { inject } from 'vitest'

const statusPath = inject('portalStatusPath')
const deadline = Date.now() + 15 * 60_000
for (;;) {
  const status = fs.readFileSync(statusPath, 'utf8')
  if (status === 'ready') break
  if (status.startsWith('failed')) {
    throw new Error(`The e2e server did not start: ${status.slice('failed\n'.length)}`)
  }
  if (Date.now() > deadline) throw new Error('The e2e server was still building after 15 minutes')
  await new Promise((resolve) => setTimeout(resolve, 500))
}
