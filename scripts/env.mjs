// Loads configuration the same way for every script: the process environment wins (even when set
// to an empty string), then .env, then the development defaults documented in .env.example.
// An empty value in a file counts as unset.
import fs from 'node:fs'
import path from 'node:path'
import { parseEnv } from 'node:util'
import { projectRoot } from './embedded-db.mjs'

export const DEV_SECRET = 'dev-only-secret-change-me-in-production'

export function loadProjectEnv() {
  const sources = []
  for (const name of ['.env', '.env.example']) {
    const file = path.join(projectRoot, name)
    if (!fs.existsSync(file)) continue
    const values = parseEnv(fs.readFileSync(file, 'utf8'))
    for (const [key, value] of Object.entries(values)) {
      if (process.env[key] === undefined && value !== '') {
        process.env[key] = value
        sources.push(`${key} from ${name}`)
      }
    }
  }
  return sources
}
