// Mixed load for the fault drills (scripts/drill.mjs): anonymous visitors, API clients, editors
// saving drafts and visitors signing up for notices, each a loop of requests through the edge.
// Every answer is kept (when, how long, what status) so a drill can say what happened while a
// part was down; every write the server acknowledged is kept so a drill can check it survived.
import http from 'node:http'

/** One request: status, or the error's name when there was no answer (timeout, reset). */
async function timed(kind, send) {
  const start = Date.now()
  try {
    const status = await send()
    return { kind, start, end: Date.now(), status }
  } catch (error) {
    return {
      kind,
      start,
      end: Date.now(),
      status: error.name === 'TimeoutError' ? 'timeout' : 'no answer',
    }
  }
}

/** POST JSON from a given loopback address (the edge sees it as the client, for rate limits). */
export function postFrom(url, localAddress, body, timeoutMs) {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        localAddress,
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        timeout: timeoutMs,
      },
      (response) => {
        response.resume()
        response.once('end', () => resolve(response.statusCode))
      },
    )
    request.once('timeout', () =>
      request.destroy(Object.assign(new Error('timeout'), { name: 'TimeoutError' })),
    )
    request.once('error', reject)
    request.end(JSON.stringify(body))
  })
}

/**
 * Starts the loops. `token`: an editor's JWT; `policy`: a policy the editors save drafts of;
 * `pages`: public addresses visitors read. Returns `stop()`, which waits for the loops and
 * gives every answer and every acknowledged write.
 */
export function startLoad({
  baseUrl,
  token,
  policy,
  pages,
  runId,
  visitors = 6,
  apiClients = 3,
  editors = 2,
  signUps = 2,
  timeoutMs = 20_000,
}) {
  let running = true
  const answers = []
  const saved = [] // draft titles the server acknowledged
  const subscribed = [] // emails the server acknowledged
  let counter = 0
  const get = (path) =>
    fetch(new URL(path, baseUrl), { signal: AbortSignal.timeout(timeoutMs) }).then(async (r) => {
      await r.arrayBuffer()
      return r.status
    })

  const loop = async (body) => {
    while (running) answers.push(await body())
  }
  const loops = [
    ...Array.from({ length: visitors }, () =>
      loop(() => {
        const n = counter++
        // one in four asks for a search: rendered per request, so it reaches an instance
        const path = n % 4 === 0 ? `/subprocessors?q=${runId}-${n}` : pages[n % pages.length]
        return timed('visitor', () => get(path))
      }),
    ),
    ...Array.from({ length: apiClients }, () =>
      loop(() => {
        const n = counter++
        // varied page sizes: several entries at the edge, each filled from an instance
        return timed('api', () => get(`/api/public/v1/subprocessors?limit=${1 + (n % 50)}`))
      }),
    ),
    ...Array.from({ length: editors }, () =>
      loop(async () => {
        const title = `drill ${runId} ${counter++}`
        const answer = await timed('editor', () =>
          fetch(new URL(`/api/policies/${policy.id}?draft=true`, baseUrl), {
            method: 'PATCH',
            headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify({ title }),
            signal: AbortSignal.timeout(timeoutMs),
          }).then(async (r) => {
            await r.arrayBuffer()
            return r.status
          }),
        )
        if (answer.status === 200) saved.push(title)
        return answer
      }),
    ),
    ...Array.from({ length: signUps }, () =>
      loop(async () => {
        const n = counter++
        const email = `drill-${runId}-${n}@example.com`
        // a different client each time: the sign-up limit is per address (5 in 15 minutes)
        const address = `127.${10 + ((n >> 16) & 0xff)}.${(n >> 8) & 0xff}.${n & 0xff || 1}`
        const answer = await timed('sign-up', () =>
          postFrom(new URL('/notices/subscribe', baseUrl), address, { email }, timeoutMs),
        )
        if (answer.status === 202) subscribed.push(email)
        return answer
      }),
    ),
  ]
  return {
    stop: async () => {
      running = false
      await Promise.all(loops)
      return { answers, saved, subscribed }
    },
  }
}

/** Counts answers by kind and status: `{ visitor: { 200: 310, 503: 4 }, … }`. */
export function tally(answers) {
  const table = {}
  for (const { kind, status } of answers) {
    table[kind] ??= {}
    table[kind][status] = (table[kind][status] ?? 0) + 1
  }
  return table
}

export const slowest = (answers) => Math.max(0, ...answers.map((a) => a.end - a.start))
