// The client's address, from the number of proxies in front of this server that we trust
// (TRUSTED_PROXY_HOPS), never from a header a client can set by itself.
//
// `next start` gives handlers no socket address: it sets X-Forwarded-For from the socket only when
// the request has none (`??=` in next/dist/server/base-server.js), so a client that sends its own
// header is believed. src/security/requestGate.ts therefore appends the socket address to
// X-Forwarded-For for every request, as each proxy does, before Next sees it. The last entry is
// then the peer of this server, the one before it the peer of the first trusted proxy, and so on:
// the address `hops` entries from the right, the count Express's `trust proxy` and `proxy-addr` use.
import { serverConfig } from '@/config/env'

// "::ffff:203.0.113.7" is how Node shows an IPv4 client on a dual-stack socket.
const normalise = (address: string) => address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1')

/** The addresses of an X-Forwarded-For value, left to right. */
const forwardedChain = (forwardedFor: string | null): string[] =>
  (forwardedFor ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)

/**
 * The address `hops` entries from the right of an X-Forwarded-For chain whose last entry is this
 * server's peer. With fewer entries than hops, the leftmost (what the furthest proxy was told).
 */
export function clientAddressFrom(forwardedFor: string | null, hops: number): string {
  const chain = forwardedChain(forwardedFor)
  if (chain.length === 0) return 'unknown'
  return normalise(chain[Math.max(0, chain.length - 1 - hops)]!)
}

/** The client address of a request that passed through the request gate. */
export const clientAddress = (headers: Headers): string =>
  clientAddressFrom(headers.get('x-forwarded-for'), serverConfig().TRUSTED_PROXY_HOPS)

const LOOPBACK = /^(127(\.\d{1,3}){3}|::1)$/

/**
 * Whether the request came straight from this machine: the gate's socket address is loopback and
 * nobody forwarded it (a reverse proxy on the same host connects from loopback too, but adds the
 * address it saw to X-Forwarded-For). For the server's calls to itself (/api/internal/*).
 */
export function isLoopbackCaller(headers: Headers): boolean {
  const chain = forwardedChain(headers.get('x-forwarded-for'))
  return chain.length === 1 && LOOPBACK.test(normalise(chain[0]!))
}
