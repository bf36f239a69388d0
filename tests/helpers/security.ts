// Requests for the security tests: a sign-up as a given client, and raw HTTP from a chosen
// loopback address (the server's socket address for that request: 127.0.0.0/8 is all loopback).
import http from 'node:http'
import { portalUrl } from './portal'

/** A sign-up sent with these headers (the tests' server trusts one proxy: see portal-server.ts). */
export const signUp = (email: string, headers: Record<string, string> = {}, base = portalUrl()) =>
  fetch(new URL('/notices/subscribe', base), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ email }),
  })

export type RawAnswer = { status: number; headers: http.IncomingHttpHeaders; text: string }

/** One HTTP/1.1 request from `localAddress`, with exactly the headers given. */
export function rawRequest(
  url: string,
  options: {
    method?: string
    headers?: Record<string, string>
    body?: string
    localAddress?: string
  },
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: options.method ?? 'GET',
        headers: options.headers,
        localAddress: options.localAddress,
      },
      (response) => {
        let text = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (text += chunk))
        response.on('end', () =>
          resolve({ status: response.statusCode!, headers: response.headers, text }),
        )
      },
    )
    request.on('error', reject)
    request.end(options.body)
  })
}

/** An address no other request of this run uses (one counter for every test helper). */
export { newClient as freshClient } from './subscriptions'
