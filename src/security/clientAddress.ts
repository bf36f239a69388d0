// The client's address, from the number of proxies in front of this server that we trust
// (TRUSTED_PROXY_HOPS), never from a header a client can set by itself.
//
// `next start` gives handlers no socket address: it sets X-Forwarded-For from the socket only when
// the request has none (`??=` in next/dist/server/base-server.js), so a client that sends its own
// header is believed. src/security/requestGate.ts therefore appends the socket address to
// X-Forwarded-For for every request, as each proxy does, before Next sees it. The last entry is
// then the peer of this server, the one before it the peer of the first trusted proxy, and so on:
// the address `hops` entries from the right, the count Express's `trust proxy` and `proxy-addr` use.

const MAX_HOPS = 10

/** TRUSTED_PROXY_HOPS: 0 (default) when clients connect directly, 1 behind one reverse proxy… */
export function trustedProxyHops(value = process.env.TRUSTED_PROXY_HOPS): number {
  if (value === undefined || value.trim() === '') return 0
  const hops = Number(value)
  if (!Number.isInteger(hops) || hops < 0 || hops > MAX_HOPS)
    throw new Error(
      `TRUSTED_PROXY_HOPS must be a whole number from 0 to ${MAX_HOPS} (the proxies in front of ` +
        `this server that add to X-Forwarded-For), not "${value}".`,
    )
  return hops
}

// "::ffff:203.0.113.7" is how Node shows an IPv4 client on a dual-stack socket.
const normalise = (address: string) => address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1')

/**
 * The address `hops` entries from the right of an X-Forwarded-For chain whose last entry is this
 * server's peer. With fewer entries than hops, the leftmost (what the furthest proxy was told).
 */
export function clientAddressFrom(forwardedFor: string | null, hops: number): string {
  const chain = (forwardedFor ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  if (chain.length === 0) return 'unknown'
  return normalise(chain[Math.max(0, chain.length - 1 - hops)]!)
}

/** The client address of a request that passed through the request gate. */
export const clientAddress = (headers: Headers): string =>
  clientAddressFrom(headers.get('x-forwarded-for'), trustedProxyHops())
