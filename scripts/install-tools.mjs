#!/usr/bin/env node
// Installs the servers the project runs locally into .tools/ (reused when already there).
import { EmbeddedDatabaseError, ensureFerretdbInstalled } from './embedded-db.mjs'
import { ensureMailpitInstalled } from './mailpit.mjs'

try {
  console.log(`[tools] FerretDB: ${ensureFerretdbInstalled()}`)
  console.log(`[tools] Mailpit: ${ensureMailpitInstalled()}`)
} catch (error) {
  console.error(error instanceof EmbeddedDatabaseError ? error.message : error)
  process.exit(1)
}
