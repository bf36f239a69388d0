import config from '@payload-config'
import { getPayload } from 'payload'
import { cache } from 'react'

export const getPayloadClient = cache(() => getPayload({ config }))

/** Public reads go through access control: visitors see only what anonymous users may read. */
export const getTrustCenter = cache(async () => {
  const payload = await getPayloadClient()
  return payload.findGlobal({ slug: 'trust-center', overrideAccess: false, depth: 0 })
})

export const listPublishedPolicies = cache(async () => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'policies',
    overrideAccess: false,
    sort: 'order',
    limit: 100,
    depth: 0,
    select: { title: true, slug: true, summary: true },
  })
  return docs
})
