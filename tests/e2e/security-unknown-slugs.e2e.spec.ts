// Unknown addresses must not grow any cache: a visitor (or a crawler) asking for a million made-up
// slugs or past days would otherwise fill the server's disk. Unknown slugs are answered from the
// cached lists (src/data/changes.ts, policies.ts, subprocessors.ts, documents.ts); `asOf` days are
// cached per day on which the list changed; FAQ searches are answered from the cached FAQ. Counted on disk in the build folder the production server uses.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { projectRoot } from '../../scripts/embedded-db.mjs'
import { portalUrl } from '../helpers/portal'

const distDir = path.join(projectRoot, process.env.E2E_DIST_DIR || '.next-test')

/** Every file of Next's data cache and of its rendered-page cache. */
function cacheFiles(): number {
  let count = 0
  for (const folder of [path.join(distDir, 'cache'), path.join(distDir, 'server', 'app')]) {
    if (!fs.existsSync(folder)) continue
    count += fs.readdirSync(folder, { recursive: true }).length
  }
  return count
}

const visit = async (address: string) => {
  const response = await fetch(portalUrl(address))
  await response.arrayBuffer()
  return response.status
}

const made = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${prefix}-${process.pid}-${i}`)

describe('unknown addresses', () => {
  it('add no entry to any cache', async () => {
    // the first visit of each route may fill the lists it reads, once
    for (const address of [
      '/changes/warm-up',
      '/policies/warm-up',
      '/subprocessors/warm-up',
      '/documents/warm-up',
    ])
      expect(await visit(address)).toBe(404)
    expect(await visit('/subprocessors?asOf=2001-01-01')).toBe(200)
    expect(await visit('/faq?q=warm-up')).toBe(200)
    const before = cacheFiles()

    for (const slug of made('no-such-change', 15)) expect(await visit(`/changes/${slug}`)).toBe(404)
    for (const slug of made('no-such-policy', 15))
      expect(await visit(`/policies/${slug}`)).toBe(404)
    for (const slug of made('no-such-sub', 15))
      expect(await visit(`/subprocessors/${slug}`)).toBe(404)
    for (let year = 1990; year < 2005; year++)
      expect(await visit(`/subprocessors?asOf=${year}-06-15`)).toBe(200)
    for (const slug of made('no-such-document', 15))
      expect(await visit(`/documents/${slug}`)).toBe(404)
    for (const words of made('no such question', 15))
      expect(await visit(`/faq?q=${encodeURIComponent(words)}`)).toBe(200)

    expect(cacheFiles()).toBe(before)
  })
})
