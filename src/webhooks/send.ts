// One POST to a receiver, with the limits a request to someone else's server needs: a deadline
// for the whole exchange, no redirects followed (a 3xx is a failure: the admin registers the final
// address), only the first RESPONSE_EXCERPT_BYTES of the answer read, and in production the
// address rules of ./addresses.ts checked as the connection is made.
import http from 'node:http'
import https from 'node:https'
import { siteOrigin } from '@/site/url'
import { connectionProblem, publicOnlyLookup, strictRules } from './addresses'
import { RESPONSE_EXCERPT_BYTES } from './vocabulary'

export type Answer = {
  /** The HTTP status, or null when none came (refused, timed out, not sent). */
  status: number | null
  /** The first bytes of the body, as text. */
  excerpt: string | null
  durationMs: number
  /** Why it did not count as delivered, in words; null when it did (2xx). */
  error: string | null
}

export const USER_AGENT = `TrustCenter-Webhooks/1 (+${siteOrigin}/developers#webhooks)`

const TLS_CODES =
  /^(ERR_TLS|ERR_SSL|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|ERR_CERT|HOSTNAME_MISMATCH)/

function describe(error: Error & { code?: string }): string {
  const code = error.code ?? ''
  if (code === 'PRIVATE_ADDRESS') return `Not sent: ${error.message}`
  if (code === 'ECONNREFUSED') return 'The connection was refused: nothing listens at this address.'
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'The host name could not be found (DNS).'
  if (code === 'ECONNRESET' || code === 'EPIPE')
    return 'The receiver closed the connection without answering.'
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return 'The receiver cannot be reached.'
  if (TLS_CODES.test(code))
    return `The receiver’s TLS certificate was not accepted (${code}): it must be valid for this host name.`
  return `${code ? `${code}: ` : ''}${error.message}`.slice(0, 300)
}

/** Whether an answer counts as delivered: any 2xx, as the Standard Webhooks specification says. */
export const delivered = (status: number | null) => status !== null && status >= 200 && status < 300

/**
 * POSTs `body` (JSON) to `url` with `headers`, and reads the answer within `timeoutMs`. Never
 * throws: every failure is an Answer with its reason.
 */
export function postWebhook(
  url: string,
  headers: Record<string, string>,
  body: string,
  { timeoutMs, strict = strictRules() }: { timeoutMs: number; strict?: boolean },
): Promise<Answer> {
  const started = performance.now()
  const elapsed = () => Math.round(performance.now() - started)
  if (!URL.canParse(url))
    return Promise.resolve({
      status: null,
      excerpt: null,
      durationMs: 0,
      error: 'Not sent: the endpoint’s address is not a web address.',
    })
  const target = new URL(url)
  const refused = connectionProblem(target, strict)
  if (refused)
    return Promise.resolve({ status: null, excerpt: null, durationMs: 0, error: refused })

  return new Promise((resolve) => {
    let status: number | null = null
    const chunks: Buffer[] = []
    let size = 0
    let settled = false
    const finish = (error: string | null) => {
      if (settled) return
      settled = true
      clearTimeout(deadline)
      request.destroy()
      const excerpt = chunks.length ? Buffer.concat(chunks).toString('utf8') : null
      if (error === null && !delivered(status))
        error =
          status !== null && status >= 300 && status < 400
            ? `Answered ${status}: redirects are not followed. Register the address it redirects to.`
            : `Answered ${status}.`
      resolve({ status, excerpt, durationMs: elapsed(), error: delivered(status) ? null : error })
    }
    const client = target.protocol === 'https:' ? https : http
    const request = client.request(target, {
      method: 'POST',
      agent: false,
      lookup: strict ? publicOnlyLookup : undefined,
      headers: {
        ...headers,
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(body)),
        'user-agent': USER_AGENT,
        connection: 'close',
      },
    })
    // the whole exchange, connecting included; an answer whose status came keeps it
    const deadline = setTimeout(
      () =>
        finish(
          status === null
            ? `No answer within ${Math.round(timeoutMs / 100) / 10} seconds.`
            : `Answered ${status}, but the body did not finish within the time limit.`,
        ),
      timeoutMs,
    )
    request.on('response', (response) => {
      status = response.statusCode ?? null
      response.on('data', (chunk: Buffer) => {
        const room = RESPONSE_EXCERPT_BYTES - size
        chunks.push(chunk.subarray(0, room))
        size += Math.min(chunk.length, room)
        if (size >= RESPONSE_EXCERPT_BYTES) finish(null)
      })
      response.on('end', () => finish(null))
      response.on('error', (error) => finish(describe(error)))
    })
    request.on('error', (error) => finish(describe(error)))
    request.end(body)
  })
}
