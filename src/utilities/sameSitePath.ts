const BASE = 'http://same-site.invalid'

/**
 * The path part of `value` when it stays on this site, else null: an absolute URL, a
 * protocol-relative `//host` or a backslash trick would otherwise turn preview into an open redirect.
 */
export function sameSitePath(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\'))
    return null
  let url: URL
  try {
    url = new URL(value, BASE)
  } catch {
    return null
  }
  if (url.origin !== BASE) return null
  return `${url.pathname}${url.search}${url.hash}`
}
