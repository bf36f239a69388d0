const BASE = 'http://same-site.invalid'

// Browsers read a backslash as a slash, and drop tabs and line breaks from URLs.
const UNSAFE = /[\\\u0000-\u001f\u007f]/
// Two slashes, or a slash and an encoded slash or backslash, name another host once decoded.
const OTHER_HOST = /^\/(?:\/|%2f|%5c)/i

/**
 * The path part of `value` when it stays on this site, else null: an absolute URL, a
 * protocol-relative `//host`, a backslash trick, or a path that only becomes `//host` once
 * normalised (`/.//host`, `/%2F/host`) would otherwise turn preview into an open redirect.
 */
export function sameSitePath(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || OTHER_HOST.test(value) || UNSAFE.test(value)) return null
  let url: URL
  try {
    url = new URL(value, BASE)
  } catch {
    return null
  }
  if (url.origin !== BASE || OTHER_HOST.test(url.pathname)) return null
  return `${url.pathname}${url.search}${url.hash}`
}
