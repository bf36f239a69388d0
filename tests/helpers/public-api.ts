// The public API of the running portal, as the browser tests read it.
import type { OpenApiDocument } from '@/public-api/openapi'
import { createContract } from './openapi'
import { get } from './portal'

export const API = '/api/public/v1'

export type Contract = ReturnType<typeof createContract>

/** The OpenAPI document the portal serves: it is the contract, and must be what the code says. */
export async function servedContract(): Promise<Contract> {
  return createContract((await get(`${API}/openapi.json`)).body as OpenApiDocument)
}

/** An entry that exists for each `{slug}` path: the Contact policy, Stripe, or `changeSlug`. */
export const sampleSlug = (path: string, changeSlug?: string) =>
  path.includes('/policies') ? 'contact' : path.includes('/changes') ? changeSlug : 'stripe'

/**
 * Next keeps its data cache in the build folder across runs, and each run seeds a new database:
 * an entry older than its revalidation time is served once more while it refreshes. Reads every
 * endpoint until two answers agree, so the tests start from this database's content.
 */
export async function settleEndpoints(contract: Contract, changeSlug?: string) {
  for (const path of Object.keys(contract.doc.paths)) {
    const slug = sampleSlug(path, changeSlug)
    if (path.includes('{slug}') && !slug) continue
    const concrete = path.replace('{slug}', slug ?? '')
    let previous = ''
    for (let attempt = 0; attempt < 20; attempt++) {
      const etag = (await get(concrete)).headers.get('etag') ?? ''
      if (etag === previous) break
      previous = etag
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
}
