// Regenerates src/payload-types.ts and app/(payload)/admin/importMap.js by calling Payload's own
// generators directly. Neither needs a database: importing the config opens no connection.
// `payload generate:*` sometimes exits 0 having done nothing (payloadcms/payload#9378).
import { generateImportMap } from 'payload'
import { generateTypes } from 'payload/node'
import { loadLocalEnv } from '../src/config/env'
import { projectRoot } from './embedded-db.mjs'

loadLocalEnv(projectRoot) // PAYLOAD_SECRET and friends, before the config reads them
const { default: config } = await import('../payload.config')

const target = process.argv[2]
const sanitized = await config
if (target === 'types' || target === 'all') await generateTypes(sanitized)
if (target === 'importmap' || target === 'all')
  await generateImportMap(sanitized, { force: true, log: true })
if (!['types', 'importmap', 'all'].includes(target)) {
  console.error('usage: generate.ts types|importmap|all')
  process.exit(2)
}
console.log(`[generate] done: ${target}`)
process.exit(0)
