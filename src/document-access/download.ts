// GET /documents/<slug>/download: the only way a document's file leaves the server. Public
// documents are sent as uploaded; confidential ones only to a signed-in visitor with a live grant,
// stamped with their name, email and the date. Every download is logged (who, which version,
// when); a refusal is a 403 that says how to ask for access.
import { createHash } from 'node:crypto'
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { idOf } from '@/db/documents'
import { DEFAULT_LOCALE, localeDefinition, type Locale } from '@/i18n/locales'
import { localePath } from '@/i18n/paths'
import { portalWords } from '@/i18n/portalWords'
import { appendEvidence } from '@/evidence/ledger'
import type { AccessGrant, Document, DocumentFile } from '@/payload-types'
import { clientAddress } from '@/security/clientAddress'
import { wantsJson } from '@/security/forms'
import { readStoredFile, StoredFileMissingError } from '@/storage/files'
import { formatDate } from '@/utilities/dates'
import { activeGrant } from './grants'
import { sessionCookieOf, visitorSession, type VisitorSession } from './sessions'
import { stampPdf } from './stamp'

const NO_STORE = { 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex' }

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * A refusal a person can act on: an HTML page for browsers, problem+json for API clients; in the
 * language of the address (`/de/documents/…/download`, as the German pages link it).
 */
function refusal(
  request: Request,
  locale: Locale,
  status: 403 | 404 | 503,
  title: string,
  detail: string,
  link?: { href: string; label: string },
) {
  if (wantsJson(request) || !(request.headers.get('accept') ?? '').includes('text/html'))
    return Response.json(
      { type: 'about:blank', title, status, detail, ...(link && { requestAccess: link.href }) },
      { status, headers: { ...NO_STORE, 'content-type': 'application/problem+json' } },
    )
  const html = `<!doctype html>
<html lang="${localeDefinition(locale).tag}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title></head>
<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(detail)}</p>${link ? `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></p>` : ''}<p><a href="${localePath(locale, '/documents')}">${escapeHtml(portalWords(locale).downloadRefusal.allDocuments)}</a></p></main></body></html>`
  return new Response(html, {
    status,
    headers: { ...NO_STORE, 'content-type': 'text/html; charset=utf-8' },
  })
}

/** `<slug>-<version>.pdf`, safe in a header, with the RFC 6266 UTF-8 form beside it. */
function disposition(document: Document, file: DocumentFile) {
  const name = `${document.slug ?? 'document'}-${file.version}`.replace(/[^\w.-]+/g, '-') + '.pdf'
  return `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`
}

/** In the source language: the download log, the evidence and the stamp record it so. */
async function published(payload: Payload, slug: string) {
  const { docs } = await payload.find({
    collection: 'documents',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    overrideAccess: false,
  })
  return (docs[0] as Document | undefined) ?? null
}

async function logDownload(
  payload: Payload,
  request: Request,
  document: Document,
  file: DocumentFile,
  sent: Uint8Array,
  visitor: { session: VisitorSession; grant: AccessGrant } | null,
) {
  const stampedSha256 = createHash('sha256').update(sent).digest('hex')
  const who = visitor
    ? {
        email: visitor.grant.email,
        name: visitor.grant.name,
        company: visitor.grant.company,
        grant: visitor.grant.id,
        ipAddress: clientAddress(request.headers),
        userAgent: request.headers.get('user-agent')?.slice(0, 500) ?? null,
      }
    : {}
  const entry = await payload.create({
    collection: 'document-downloads',
    data: { document: document.id, file: file.id, version: file.version, stampedSha256, ...who },
    overrideAccess: true,
  })
  if (visitor)
    await appendEvidence(payload, [
      {
        type: 'document.downloaded',
        data: {
          download: String(entry.id),
          document: { id: String(document.id), title: document.title },
          file: { id: String(file.id), version: file.version, sha256: file.sha256 ?? null },
          stampedSha256,
          grant: String(visitor.grant.id),
          email: visitor.grant.email,
        },
      },
    ])
}

export async function handleDownload(
  request: Request,
  slug: string,
  locale: Locale = DEFAULT_LOCALE,
): Promise<Response> {
  const payload = await getPayload({ config })
  const words = portalWords(locale).downloadRefusal
  const document = await published(payload, slug)
  if (!document)
    return refusal(request, locale, 404, words.noSuchDocument, words.noSuchDocumentText)
  // a refusal names the document as the page in its language does
  const title =
    locale === DEFAULT_LOCALE
      ? document.title
      : ((await payload.findByID({ collection: 'documents', id: document.id, depth: 0, locale }))
          .title ?? document.title)
  const requestLink = {
    href: localePath(locale, `/documents/${document.slug}/request`),
    label: words.requestAccess(title),
  }

  let visitor: { session: VisitorSession; grant: AccessGrant } | null = null
  if (document.accessLevel !== 'public') {
    const session = await visitorSession(payload, sessionCookieOf(request))
    if (!session)
      return refusal(
        request,
        locale,
        403,
        words.needsAccess,
        words.needsAccessText(title, document.accessLevel === 'approval'),
        requestLink,
      )
    const grant = await activeGrant(payload, session.email, String(document.id))
    if (!grant)
      return refusal(
        request,
        locale,
        403,
        words.noAccess,
        words.noAccessText(session.email, title),
        requestLink,
      )
    visitor = { session, grant }
  }

  const file = (await payload.findByID({
    collection: 'document-files',
    id: idOf(document.file)!,
    depth: 0,
    overrideAccess: true,
  })) as DocumentFile
  let bytes: Uint8Array
  try {
    bytes = await readStoredFile('document-files', file)
  } catch (error) {
    if (!(error instanceof StoredFileMissingError)) throw error
    payload.logger.error({ err: error, msg: `The file of document ${document.id} is missing` })
    return refusal(request, locale, 503, words.unavailable, words.unavailableText)
  }
  const sent = visitor
    ? await stampPdf(bytes, {
        name: visitor.grant.name,
        email: visitor.grant.email,
        company: visitor.grant.company,
        date: formatDate(new Date()),
        title: document.title,
      })
    : bytes
  await logDownload(payload, request, document, file, sent, visitor)
  return new Response(Buffer.from(sent), {
    status: 200,
    headers: {
      ...NO_STORE,
      'content-type': 'application/pdf',
      'content-length': String(sent.byteLength),
      'content-disposition': disposition(document, file),
    },
  })
}
