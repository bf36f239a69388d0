// What every request passes in this server's own process before Next.js sees it (installed by
// instrumentation.ts). Three things cannot be done later:
//
// - The socket address. Next gives route handlers and the proxy none (see clientAddress.ts), so
//   the gate appends it to X-Forwarded-For, as a proxy would.
// - Body limits before reading. Next's proxy is too late: for any request it matches, Next copies
//   the body (up to `proxyClientMaxBodySize`, 10 MB, silently truncated beyond) and waits for the
//   whole upload before sending the proxy's answer (next/dist/server/body-streams.js). Here a
//   declared length over the limit is refused with 413 before any of the body reaches a handler
//   (it is thrown away as it arrives, within bounds, so the client sees the answer; see refuse).
// - A 500 (or a signed-in request's 401/403) sent while the database is unreachable becomes
//   503 + Retry-After, whichever route sent it (src/db/reachability.ts).
// - The request id (src/observability): given before anything can log, so that every line of the
//   request, and its answer's X-Request-Id, name it; and the request's one JSON log line.
import { randomUUID } from 'node:crypto'
import http from 'node:http'
import https from 'node:https'
import { answerOutagesWith503 } from '@/db/reachability'
import { withRequestId } from '@/observability/requestContext'
import { logRequestWhenDone, REQUEST_ID_HEADER, requestIdFor } from '@/observability/requestLog'
import { bodyLimitFor, tooLargeMessage } from './bodyLimits'

const BODYLESS = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE'])

/** Appends the peer's address to X-Forwarded-For (the only entry if the client sent none). */
export function appendSocketAddress(request: http.IncomingMessage): void {
  const peer = request.socket.remoteAddress ?? 'unknown'
  const sent = request.headers['x-forwarded-for']
  const chain = Array.isArray(sent) ? sent.join(', ') : sent
  request.headers['x-forwarded-for'] = chain?.trim() ? `${chain}, ${peer}` : peer
}

// The refusal is sent once the client has finished sending its body, which is read and thrown
// away (never kept), for at most DISCARD_AT_MOST bytes or DISCARD_FOR_MS: a server that answers
// and closes while the client is still writing makes that write fail (EPIPE, a reset), and the
// client reports a network error instead of the 413. Past those bounds the answer is sent and the
// connection cut, as nginx's lingering close does. Nothing reaches Next or Payload either way.
const DISCARD_AT_MOST = 16 * 1024 * 1024
const DISCARD_FOR_MS = 5_000

function refuse(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  status: number,
  message: string,
): void {
  let answered = false
  const answer = (cut: boolean) => {
    if (answered) return
    answered = true
    clearTimeout(timer)
    response.writeHead(status, {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      connection: 'close',
    })
    response.end(`${message}\n`, () => {
      if (cut) request.socket.destroy()
    })
  }
  const timer = setTimeout(() => answer(true), DISCARD_FOR_MS)
  timer.unref()
  let discarded = 0
  request.on('data', (chunk: Buffer) => {
    discarded += chunk.length
    if (discarded > DISCARD_AT_MOST) answer(true)
  })
  request.once('end', () => answer(false))
  request.once('error', () => answer(true))
}

/**
 * Refuses a body over its route's limit (413), and a body without a declared length (chunked)
 * where the handler is Payload's or Next's, which read it whole (411: browsers and HTTP clients
 * declare the length of every form, JSON and file upload). Returns whether it answered.
 */
export function refuseOversizedBody(
  request: http.IncomingMessage,
  response: http.ServerResponse,
): boolean {
  if (BODYLESS.has(request.method ?? 'GET')) return false
  const pathname = (request.url ?? '/').split('?')[0]!
  const { limit, capsChunked } = bodyLimitFor(pathname)
  const declared = request.headers['content-length']
  if (declared !== undefined) {
    if (Number(declared) <= limit) return false
    refuse(request, response, 413, tooLargeMessage(limit))
    return true
  }
  if (request.headers['transfer-encoding'] === undefined || capsChunked) return false
  refuse(request, response, 411, 'Send the request body with a Content-Length header.')
  return true
}

const INSTALLED = Symbol.for('trust-center.requestGate')

export type RequestGateOptions = {
  /** receives each request's JSON log line; without it no line is written (`next dev`) */
  requestLog?: (line: string) => void
}

// `next start` serves a proxy rewrite (/subprocessors?q= → /subprocessors-filtered) by sending a
// second HTTP request to itself, with the first one's headers. That hop passes this gate again: it
// is recognised by a header only this process knows the value of, keeps the client request's id
// and writes no second log line. A client cannot forge the value (random, never sent out).
const HOP_HEADER = 'x-trust-center-hop'
const HOP_TOKEN = randomUUID()

/**
 * Gives `request` its id (X-Request-Id, reused only when safe), on the request for the handlers
 * and on the response for the client, and arranges its log line (none for this server's own hop).
 */
export function identifyRequest(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  requestLog?: (line: string) => void,
): string {
  const ownHop = request.headers[HOP_HEADER] === HOP_TOKEN
  const requestId = requestIdFor(request.headers[REQUEST_ID_HEADER])
  request.headers[REQUEST_ID_HEADER] = requestId
  request.headers[HOP_HEADER] = HOP_TOKEN
  response.setHeader(REQUEST_ID_HEADER, requestId)
  if (requestLog && !ownHop) logRequestWhenDone(request, response, requestId, requestLog)
  return requestId
}

/** Puts the gate in front of every HTTP(S) server of this process, once. */
export function installRequestGate({ requestLog }: RequestGateOptions = {}): void {
  for (const Server of [http.Server, https.Server]) {
    const prototype = Server.prototype as http.Server & { [INSTALLED]?: boolean }
    if (prototype[INSTALLED]) continue
    prototype[INSTALLED] = true
    const emit = prototype.emit as (
      this: http.Server,
      event: string | symbol,
      ...args: unknown[]
    ) => boolean
    prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
      if (event !== 'request') return emit.call(this, event, ...args)
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse]
      const requestId = identifyRequest(request, response, requestLog)
      appendSocketAddress(request)
      answerOutagesWith503(request, response)
      // everything the request sets off, up to Payload's log lines, runs inside its context
      return withRequestId(requestId, () => {
        if (refuseOversizedBody(request, response)) return true
        return emit.call(this, event, ...args)
      })
    } as typeof prototype.emit
  }
}
