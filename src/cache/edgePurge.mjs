// Purges cache tags at the edge: every address in EDGE_PURGE_URL (one per Varnish, or a CDN
// relay) gets `PURGE` with the tags in `xkey-purge` and EDGE_PURGE_TOKEN as a bearer token
// (deploy/varnish/default.vcl checks both the token and where the request comes from).
// Called by the cache handler right after Next.js has expired the same tags, so a visitor the
// edge sends on to any instance is answered with the new content (docs/operations.md).
// Plain JavaScript, reading process.env itself: Next.js loads the cache handler uncompiled. The
// variables are declared, with the rest, in src/config/env.ts.

const TIMEOUT_MS = 5_000
const ATTEMPTS = 3

/** @param {string | undefined} list comma- or space-separated URLs */
export const purgeUrls = (list) => (list ?? '').split(/[\s,]+/).filter(Boolean)

const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * @param {string} url
 * @param {string[]} tags
 * @param {string | undefined} token
 */
async function purgeOne(url, tags, token) {
  let problem = ''
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    try {
      const response = await fetch(url, {
        method: 'PURGE',
        headers: {
          'xkey-purge': tags.join(' '),
          ...(token && { authorization: `Bearer ${token}` }),
        },
        signal: AbortSignal.timeout(TIMEOUT_MS),
      })
      await response.body?.cancel()
      if (response.ok) return null
      problem = `answered ${response.status}`
      // a refusal (wrong token, not an allowed address) will not change on retry
      if (response.status < 500) break
    } catch (error) {
      problem = /** @type {Error} */ (error).message
    }
    if (attempt < ATTEMPTS) await sleep(200 * attempt)
  }
  return `${url} ${problem}`
}

/**
 * Purges `tags` from every configured edge; never throws. A purge that fails leaves the edge
 * serving the old version until its copy expires (s-maxage, at most five minutes): logged as an
 * error so monitoring sees it.
 * @param {string[]} tags
 * @param {NodeJS.ProcessEnv} [env]
 */
export async function purgeEdge(tags, env = process.env) {
  const urls = purgeUrls(env.EDGE_PURGE_URL)
  if (!tags.length || !urls.length) return
  const failures = (
    await Promise.all(urls.map((url) => purgeOne(url, tags, env.EDGE_PURGE_TOKEN)))
  ).filter(Boolean)
  for (const failure of failures)
    console.error(
      JSON.stringify({
        time: new Date().toISOString(),
        level: 'error',
        msg: `Edge purge failed: ${failure}; the edge serves the old version until it expires`,
        tags,
      }),
    )
}
