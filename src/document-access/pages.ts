// What the document-access pages read on the server (each rendered per request, never cached).
import { cookies } from 'next/headers'
import { getPayloadClient } from '@/data/payload'
import type { Document, Faq } from '@/payload-types'
import { activeGrants } from './grants'
import { AccessFlowError } from './errors'
import { pendingRequest } from './requests'
import { accessSettings, currentNda, DEFAULT_GRANT_DAYS } from './settings'
import { VISITOR_COOKIE, visitorSession } from './sessions'

/** A published document by slug, read as an anonymous visitor would. */
export async function documentForRequest(slug: string) {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'documents',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    overrideAccess: false,
  })
  const document = (docs[0] as Document | undefined) ?? null
  const [nda, settings] = await Promise.all([currentNda(payload), accessSettings(payload)])
  return { document, ndaReady: Boolean(nda), grantDays: settings.grantDays ?? DEFAULT_GRANT_DAYS }
}

/** The NDA page behind an emailed link: the request, the NDA to accept, or why the link fails. */
export async function ndaPage(token: string) {
  const payload = await getPayloadClient()
  try {
    const request = await pendingRequest(payload, token)
    const [nda, document] = await Promise.all([
      currentNda(payload),
      payload.findByID({
        collection: 'documents',
        id: String(typeof request.document === 'object' ? request.document.id : request.document),
        depth: 0,
        overrideAccess: true,
      }),
    ])
    return { request, nda, document: document as Document, problem: null }
  } catch (error) {
    if (!(error instanceof AccessFlowError)) throw error
    return { request: null, nda: null, document: null, problem: error }
  }
}

/** The signed-in visitor, their live grants, and the answers kept for customers. */
export async function visitorArea() {
  const payload = await getPayloadClient()
  const session = await visitorSession(payload, (await cookies()).get(VISITOR_COOKIE)?.value)
  if (!session) return null
  const grants = await activeGrants(payload, session.email)
  const faq = grants.length
    ? ((
        await payload.find({
          collection: 'faq',
          where: {
            and: [{ _status: { equals: 'published' } }, { visibility: { equals: 'gated' } }],
          },
          sort: 'order',
          limit: 200,
          depth: 0,
          overrideAccess: true,
        })
      ).docs as Faq[])
    : []
  return { session, grants, faq }
}
