import { headers } from 'next/headers'
import { CSP_HEADER } from './csp.mjs'

/**
 * The nonce proxy.ts put in this request's policy, for an inline script of ours. Only for what is
 * rendered per request (reading the request's headers makes a page dynamic).
 */
export async function requestNonce(): Promise<string | undefined> {
  const policy = (await headers()).get(CSP_HEADER)
  return /'nonce-([^']+)'/.exec(policy ?? '')?.[1]
}
