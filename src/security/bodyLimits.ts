// How large a request body each part of the server accepts, checked before any of it is read
// (src/security/requestGate.ts for the declared length, readBody below for the bytes themselves).

export const KB = 1024

/** The portal's forms (/notices/*), the internal routes and the public API: a few fields. */
export const FORM_BODY_LIMIT = 16 * KB

/**
 * Payload's REST and GraphQL APIs and the admin's server functions carry whole documents with
 * their rich text. The largest seeded policy is under 2 KB of JSON (Lexical takes about 3.5 bytes
 * per character of text); the admin's form state is a few times the document. 512 KB leaves room
 * for a policy of some 40,000 characters saved from the admin.
 */
export const PAYLOAD_BODY_LIMIT = 512 * KB

/**
 * The upload collections' routes (a PDF report, a badge): the same limit is Payload's
 * `upload.limits.fileSize` (payload.config.ts), so a file refused by one is refused by the other.
 */
export const UPLOAD_BODY_LIMIT = 25 * 1024 * KB
const UPLOADS = ['/api/document-files', '/api/media']

// The form handlers read bodies with readBody, so a body without a Content-Length (chunked) is
// stopped at the limit there. The other handlers (Payload's, Next's, /api/internal/revalidate)
// read a body whole, so the request gate refuses a chunked one before they run.
const FORMS = ['/notices/', '/access/']
// This app's own small routes, under Payload's /api/ prefix.
const OWN_API = ['/api/internal/', '/api/public/']

/** The body limit for a path, and whether its handler caps a chunked body itself. */
export function bodyLimitFor(pathname: string): { limit: number; capsChunked: boolean } {
  if (FORMS.some((prefix) => pathname.startsWith(prefix)))
    return { limit: FORM_BODY_LIMIT, capsChunked: true }
  if (UPLOADS.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`)))
    return { limit: UPLOAD_BODY_LIMIT, capsChunked: false }
  if (OWN_API.some((prefix) => pathname.startsWith(prefix)))
    return { limit: FORM_BODY_LIMIT, capsChunked: false }
  if (pathname.startsWith('/api/') || pathname === '/admin' || pathname.startsWith('/admin/'))
    return { limit: PAYLOAD_BODY_LIMIT, capsChunked: false }
  return { limit: FORM_BODY_LIMIT, capsChunked: false }
}

export const tooLargeMessage = (limit: number) =>
  `The request body is too large: this address accepts at most ${Math.round(limit / KB)} KB.`

export class BodyTooLargeError extends Error {
  readonly status = 413
  constructor(readonly limit: number) {
    super(tooLargeMessage(limit))
  }
}

/**
 * The body as text, read chunk by chunk and abandoned as soon as it passes `limit` bytes, whether
 * or not the request declared its length (a chunked body has none).
 */
export async function readBody(request: Request, limit = FORM_BODY_LIMIT): Promise<string> {
  const declared = Number(request.headers.get('content-length'))
  if (declared > limit) throw new BodyTooLargeError(limit)
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => {})
      throw new BodyTooLargeError(limit)
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}
