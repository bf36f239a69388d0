/**
 * RFC 8785 JSON Canonicalization Scheme (JCS): object keys sorted by their UTF-16 code units, no
 * whitespace, strings and numbers serialised as ECMAScript's JSON.stringify does (which is what
 * the RFC specifies). Written here rather than taken from the `canonicalize` package because that
 * package is not installed and the ledger needs only this much; a maintained implementation gives
 * the same bytes for the values the ledger stores (strings, finite numbers, booleans, null, arrays,
 * objects). Values JSON cannot represent are refused, so a hash never covers something a database
 * round trip would turn into something else.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean') return JSON.stringify(value)
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`Cannot canonicalise the number ${value}`)
    return JSON.stringify(value)
  }
  if (typeof value === 'string') {
    // RFC 8785 §3.2.2.2: a lone surrogate is not valid I-JSON
    if (/\p{Surrogate}/u.test(value)) throw new TypeError('Cannot canonicalise a lone surrogate')
    return JSON.stringify(value)
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  throw new TypeError(`Cannot canonicalise a ${typeof value}: store strings, numbers and booleans`)
}
