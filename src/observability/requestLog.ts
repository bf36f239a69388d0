// One JSON line per HTTP request, written when the response is finished (or the client went away),
// with the request id that the response carries in X-Request-Id and that Payload's own log lines
// of the same request carry too (./logger.ts). The request gate calls it for every request.
//
// The line has pino's shape (numeric `level`, `time` in milliseconds, `pid`, `hostname`, `msg`),
// like Payload's lines, so one tool reads both (`npm start | npx pino-pretty`, or a log service).
// The path is logged without its query string: confirmation, unsubscribe and objection links carry
// a subscriber's personal token there.
import { randomUUID } from 'node:crypto'
import type http from 'node:http'
import os from 'node:os'
import { currentRequestId } from './requestContext'

export const REQUEST_ID_HEADER = 'x-request-id'

/** An id a proxy or client may pass on: letters, digits, `.`, `_`, `-`, 8 to 128 of them. */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/

/**
 * The id of this request: the incoming X-Request-Id when it is a safe token (a load balancer's
 * or the edge's, so one id follows the request through every tier), else a new random UUID.
 * Anything else (too long, spaces, quotes, control characters, several values) is replaced, so
 * a client can never write into the logs through it.
 */
export function requestIdFor(incoming: string | string[] | undefined): string {
  return typeof incoming === 'string' && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID()
}

const MAX_PATH = 1000

/** The path of a request target, without query string or fragment, at most 1000 characters. */
export function pathOf(url: string | undefined): string {
  const path = (url ?? '/').split(/[?#]/, 1)[0]!
  return path.length > MAX_PATH ? `${path.slice(0, MAX_PATH)}…` : path
}

// pino's numeric levels
const INFO = 30
const WARN = 40
const ERROR = 50

export type RequestLogLine = {
  level: number
  time: number
  pid: number
  hostname: string
  name: 'http'
  msg: 'request completed' | 'request aborted'
  requestId: string
  method: string
  path: string
  status: number
  durationMs: number
}

/**
 * Writes `request`'s line through `write` once its response is done: `request completed`, or
 * `request aborted` when the connection closed before the response was sent whole.
 */
export function logRequestWhenDone(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  requestId: string,
  write: (line: string) => void,
): void {
  const started = process.hrtime.bigint()
  // as the client sent them, read before any handler can change request.url (Next's router
  // rewrites it in place, removing a base path or asset prefix)
  const method = request.method ?? 'GET'
  const path = pathOf(request.url)
  response.once('close', () => {
    const line: RequestLogLine = {
      level: response.statusCode >= 500 ? ERROR : INFO,
      time: Date.now(),
      pid: process.pid,
      hostname: os.hostname(),
      name: 'http',
      msg: response.writableFinished ? 'request completed' : 'request aborted',
      requestId,
      method,
      path,
      status: response.statusCode,
      durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100,
    }
    write(JSON.stringify(line))
  })
}

/** Where the server's own lines go: standard output, one line each, as pino writes. */
export const writeToStdout = (line: string) => {
  process.stdout.write(`${line}\n`)
}

/**
 * A line in the same shape for code that has no Payload logger at hand (the readiness checks,
 * which must work while the database, and so Payload, is down). Carries the request id.
 */
export function logLine(level: 'warn' | 'error', name: string, fields: Record<string, unknown>) {
  const requestId = currentRequestId()
  writeToStdout(
    JSON.stringify({
      level: level === 'warn' ? WARN : ERROR,
      time: Date.now(),
      pid: process.pid,
      hostname: os.hostname(),
      name,
      ...(requestId && { requestId }),
      ...fields,
    }),
  )
}
