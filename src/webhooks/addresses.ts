// Where webhooks may go. In production only to https:// addresses on the public internet: the
// server must not become a way to reach the machines beside it (SSRF: a cloud's metadata service
// at 169.254.169.254, an admin interface on 10.x, the database on loopback). The check runs when
// an admin saves an endpoint, and again when each attempt connects (`publicOnlyLookup`), so a
// host name that later resolves to a private address (DNS rebinding) is still refused. Local runs
// and tests may use http:// and loopback (a receiver on 127.0.0.1); src/config/env.ts decides
// which mode this is.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import { BlockList, isIP, type LookupFunction } from 'node:net'
import { modeOf, type Mode } from '@/config/env'
import { ENGLISH, type AdminT } from '@/i18n/adminWords'

// One list per family: Node's BlockList holds IPv4 addresses as IPv4-mapped IPv6, so an IPv6
// rule such as ::ffff:0:0/96 in the same list would match every IPv4 address.
const notPublicV4 = new BlockList()
const notPublicV6 = new BlockList()
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local (cloud metadata services)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // 6to4 relay
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const)
  notPublicV4.addSubnet(network, prefix, 'ipv4')
for (const [network, prefix] of [
  ['::', 96], // unspecified, loopback (::1) and IPv4-compatible
  ['::ffff:0:0', 96], // IPv4-mapped: would reach any IPv4 address, private ones included
  ['64:ff9b::', 96], // NAT64, likewise
  ['64:ff9b:1::', 48], // local NAT64
  ['100::', 64], // discard
  ['2001::', 23], // IETF protocol assignments (Teredo among them)
  ['2001:db8::', 32], // documentation
  ['2002::', 16], // 6to4: embeds any IPv4 address
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
] as const)
  notPublicV6.addSubnet(network, prefix, 'ipv6')

/** Whether `address` (an IP address) is on the public internet. */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address)
  if (family === 0) return false
  return family === 4 ? !notPublicV4.check(address, 'ipv4') : !notPublicV6.check(address, 'ipv6')
}

/** A refused connection: the host resolves to an address that is not on the public internet. */
export class PrivateAddressError extends Error {
  code = 'PRIVATE_ADDRESS'
  constructor(host: string, address: string) {
    super(
      `${host === address ? address : `${host} (${address})`} is not on the public internet (a private, loopback or link-local address): webhooks are only sent to public addresses.`,
    )
  }
}

/** Whether production's rules apply: https:// only, public addresses only. */
export const strictRules = (mode: Mode = modeOf(process.env)) => mode === 'production'

/** The host of a URL as `dns.lookup` and `isIP` take it: IPv6 without its brackets. */
const hostOf = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, '$1')

const LOCAL_NAMES = /(^|\.)(localhost|local|internal|home\.arpa)$/i

/** Resolves every address of `host`, within `ms`. */
function resolveAll(host: string, ms: number): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms)
    dnsLookup(host, { all: true, verbatim: true }, (error, addresses) => {
      clearTimeout(timer)
      if (error) reject(error)
      else resolve(addresses)
    })
  })
}

/**
 * What is wrong with `value` as an endpoint's address, in words an admin can act on, or null.
 * Production: https:// only, and the host must resolve, to public addresses only.
 */
export async function endpointUrlProblem(
  value: unknown,
  mode: Mode = modeOf(process.env),
  t: AdminT = ENGLISH.t,
): Promise<string | null> {
  const example = t('trust:messages:hookExample')
  if (typeof value !== 'string' || !value.trim()) return t('trust:messages:hookEmpty', { example })
  if (value.length > 2000) return t('trust:messages:hookTooLong')
  if (/[\s\u0000-\u001f\u007f]/.test(value)) return t('trust:messages:hookSpaces')
  if (!URL.canParse(value)) return t('trust:messages:hookNotAddress', { example })
  const url = new URL(value)
  const strict = strictRules(mode)
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return t('trust:messages:hookScheme', { example })
  if (strict && url.protocol !== 'https:') return t('trust:messages:hookHttpsOnly')
  if (url.username || url.password) return t('trust:messages:hookCredentials')
  if (!strict) return null
  const host = hostOf(url)
  const notPublic = (address: string) =>
    t('trust:messages:hookPrivate', { where: host === address ? address : `${host} (${address})` })
  if (isIP(host)) return isPublicAddress(host) ? null : notPublic(host)
  if (LOCAL_NAMES.test(host)) return t('trust:messages:hookLocalName', { host })
  let addresses: LookupAddress[]
  try {
    addresses = await resolveAll(host, 5000)
  } catch {
    return t('trust:messages:hookUnknownHost', { host })
  }
  const refused = addresses.find((a) => !isPublicAddress(a.address))
  return refused ? notPublic(refused.address) : null
}

/**
 * `lookup` for the attempt's connection in production: resolves as usual, and refuses the
 * connection when any address of the host is not public. (A literal IP address never reaches a
 * lookup; `connectionProblem` checks those.)
 */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '', 0)
    const refused = addresses.find((a) => !isPublicAddress(a.address))
    if (refused || !addresses.length)
      return callback(new PrivateAddressError(hostname, refused?.address ?? 'none'), '', 0)
    if (options.all) callback(null, addresses)
    else callback(null, addresses[0]!.address, addresses[0]!.family)
  })
}

/** Before connecting, under production's rules: the scheme, and a literal address's range. */
export function connectionProblem(url: URL, strict = strictRules()): string | null {
  if (!strict) return null
  if (url.protocol !== 'https:')
    return 'Not sent: this server sends webhooks to https:// addresses only. Change the endpoint’s address.'
  const host = hostOf(url)
  if (isIP(host) && !isPublicAddress(host)) return new PrivateAddressError(host, host).message
  return null
}
