// GET /documents/<slug>/download: the only way a document's file leaves the server. Public
// documents are sent as uploaded; confidential ones only to a signed-in visitor with a live grant,
// stamped with their name, email and the date. Every download is logged (who, which version,
// when); a refusal is a 403 that says how to ask for access.
import { createHash } from 'node:crypto'
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { idOf } from '@/db/documents'
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

/** A refusal a person can act on: an HTML page for browsers, problem+json for API clients. */
function refusal(
  request: Request,
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
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title></head>
<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(detail)}</p>${link ? `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></p>` : ''}<p><a href="/documents">All documents</a></p></main></body></html>`
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

export async function handleDownload(request: Request, slug: string): Promise<Response> {
  const payload = await getPayload({ config })
  const document = await published(payload, slug)
  if (!document)
    return refusal(
      request,
      404,
      'No such document',
      'There is no published document at this address.',
    )
  const requestLink = {
    href: `/documents/${document.slug}/request`,
    label: `Request access to "${document.title}"`,
  }

  let visitor: { session: VisitorSession; grant: AccessGrant } | null = null
  if (document.accessLevel !== 'public') {
    const session = await visitorSession(payload, sessionCookieOf(request))
    if (!session)
      return refusal(
        request,
        403,
        'This document needs access',
        `"${document.title}" is confidential. Request access with your work email: once you have accepted the NDA${document.accessLevel === 'approval' ? ' and we have approved the request' : ''}, you can download it. Already have access? Open the sign-in link from your email.`,
        requestLink,
      )
    const grant = await activeGrant(payload, session.email, String(document.id))
    if (!grant)
      return refusal(
        request,
        403,
        'You do not have access to this document',
        `You are signed in as ${session.email}, but you have no current access to "${document.title}": it was never given, has expired, or was revoked. Request access again.`,
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
    return refusal(
      request,
      503,
      'This file is not available right now',
      'The file could not be found in storage. We have been told; please try again later.',
    )
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
