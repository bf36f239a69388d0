// Form POSTs from another site are refused (cross-site request forgery). Browsers say where a
// request comes from in Sec-Fetch-Site and Origin; only this site's own pages, or a request the
// person made themselves (`none`), may act. A sibling subdomain (`same-site`) is another site here.
// A request with neither header is not from a browser page and is let through: that is how mail
// providers send RFC 8058 one-click unsubscribes, server to server, and no browser omits both on a
// cross-site POST (Origin is sent on every cross-origin POST).
import { siteOrigin } from '@/site/url'

const ALLOWED_FETCH_SITES = new Set(['same-origin', 'none'])

export const CROSS_SITE_MESSAGE =
  'This form can only be sent from the trust center’s own pages. Open the page again and retry.'

/**
 * Whether the request shows it was sent from another site's page. `Origin: null` says nothing
 * about the site: browsers send it from a page whose referrer policy is `no-referrer`, as ours
 * are wherever the address carries a token (the confirm, unsubscribe and objection pages), and
 * from sandboxed frames; Sec-Fetch-Site, sent by every current browser, decides then.
 */
export function isCrossSite(headers: Headers, origin = siteOrigin): boolean {
  const fetchSite = headers.get('sec-fetch-site')
  if (fetchSite !== null && !ALLOWED_FETCH_SITES.has(fetchSite.toLowerCase())) return true
  const sentOrigin = headers.get('origin')
  if (sentOrigin === null || (sentOrigin === 'null' && fetchSite !== null)) return false
  return sentOrigin !== origin
}
