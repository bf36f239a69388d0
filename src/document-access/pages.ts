// What the document-access pages read on the server (each rendered per request, never cached),
// in the page's language: documents and answers translated where they are, the rest in English
// and noted (`untranslated`, src/data/localized.ts). The NDA has one text, in English.
import { cookies } from 'next/headers'
import { readListIn } from '@/data/localized'
import { getPayloadClient } from '@/data/payload'
import type { Locale } from '@/i18n/locales'
import type { Document, Faq } from '@/payload-types'
import { activeGrants } from './grants'
import { AccessFlowError } from './errors'
import { pendingRequest } from './requests'
import { accessSettings, currentNda, DEFAULT_GRANT_DAYS } from './settings'
import { VISITOR_COOKIE, visitorSession } from './sessions'

type Payload = Awaited<ReturnType<typeof getPayloadClient>>

/** Documents by id in `locale`, read as staff (a grant's document may have been unpublished). */
async function documentsIn(payload: Payload, ids: (string | number)[], locale: Locale) {
  if (!ids.length) return []
  return readListIn(locale, async (language) => {
    const { docs } = await payload.find({
      collection: 'documents',
      where: { id: { in: ids } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      ...language,
    })
    return docs as Document[]
  })
}

/** A published document by slug, read as an anonymous visitor would. */
export async function documentForRequest(slug: string, locale: Locale) {
  const payload = await getPayloadClient()
  const [found] = await readListIn(locale, async (language) => {
    const { docs } = await payload.find({
      collection: 'documents',
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 0,
      overrideAccess: false,
      ...language,
    })
    return docs as Document[]
  })
  const [nda, settings] = await Promise.all([currentNda(payload), accessSettings(payload)])
  return {
    document: found ?? null,
    ndaReady: Boolean(nda),
    grantDays: settings.grantDays ?? DEFAULT_GRANT_DAYS,
  }
}

/** The NDA page behind an emailed link: the request, the NDA to accept, or why the link fails. */
export async function ndaPage(token: string, locale: Locale) {
  const payload = await getPayloadClient()
  try {
    const request = await pendingRequest(payload, token)
    const id = typeof request.document === 'object' ? request.document.id : request.document
    const [nda, [document]] = await Promise.all([
      currentNda(payload),
      documentsIn(payload, [id], locale),
    ])
    return { request, nda, document: document ?? null, problem: null }
  } catch (error) {
    if (!(error instanceof AccessFlowError)) throw error
    return { request: null, nda: null, document: null, problem: error }
  }
}

/** The signed-in visitor, their live grants with their documents, and the answers for customers. */
export async function visitorArea(locale: Locale) {
  const payload = await getPayloadClient()
  const session = await visitorSession(payload, (await cookies()).get(VISITOR_COOKIE)?.value)
  if (!session) return null
  const grants = await activeGrants(payload, session.email)
  const ids = grants.map((grant) =>
    typeof grant.document === 'object' ? grant.document.id : grant.document,
  )
  const [documents, faq] = await Promise.all([
    documentsIn(payload, ids, locale),
    grants.length
      ? readListIn(locale, async (language) => {
          const { docs } = await payload.find({
            collection: 'faq',
            where: {
              and: [{ _status: { equals: 'published' } }, { visibility: { equals: 'gated' } }],
            },
            sort: 'order',
            limit: 200,
            depth: 0,
            overrideAccess: true,
            ...language,
          })
          return docs as Faq[]
        })
      : [],
  ])
  const byId = new Map(documents.map((document) => [String(document.id), document]))
  return {
    session,
    grants: grants.map((grant, index) => ({ grant, document: byId.get(String(ids[index])) })),
    faq,
  }
}
