#!/usr/bin/env node
// Installs the servers the project runs locally into .tools/ (reused when already there): the
// embedded database, the mail server, and the S3-compatible store the storage tests use.
import { EmbeddedDatabaseError, ensureFerretdbInstalled } from './embedded-db.mjs'
import { ensureMailpitInstalled } from './mailpit.mjs'
import { ensureVersitygwInstalled } from './versitygw.mjs'

try {
  console.log(`[tools] FerretDB: ${ensureFerretdbInstalled()}`)
  console.log(`[tools] Mailpit: ${ensureMailpitInstalled()}`)
  console.log(`[tools] versitygw: ${ensureVersitygwInstalled()}`)
} catch (error) {
  console.error(error instanceof EmbeddedDatabaseError ? error.message : error)
  process.exit(1)
}
