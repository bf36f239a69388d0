// Whether the database can be reached, as the MongoDB driver's own server monitoring sees it, and
// what a request that failed for that reason answers: 503 with Retry-After, not 500. A 500 says
// "a bug"; while the database is down (killed, restarting, a failover) the app is fine and the
// client should simply try again. The driver reconnects by itself when the server is back.
//
// The state is kept on globalThis: the request gate (src/security/requestGate.ts) is bundled with
// instrumentation.ts, the adapter with the routes, and both run in the same process.
import type http from 'node:http'
import type { MongoClient } from 'mongodb'

/** How long a client should wait before trying again (seconds). */
export const RETRY_AFTER_SECONDS = 10

type State = { watched: WeakSet<MongoClient>; unreachableSince: number | null }
const KEY = Symbol.for('trust-center.databaseReachability')
const state: State = ((globalThis as Record<symbol, State>)[KEY] ??= {
  watched: new WeakSet(),
  unreachableSince: null,
})

const WRITABLE = new Set(['Standalone', 'RSPrimary', 'Mongos', 'LoadBalancer'])

/** Follows the driver's view of the servers: reachable while one of them can take writes. */
export function watchDatabase(client: MongoClient): void {
  if (state.watched.has(client)) return
  state.watched.add(client)
  client.on('topologyDescriptionChanged', ({ newDescription }) => {
    const writable = [...newDescription.servers.values()].some((server) =>
      WRITABLE.has(server.type),
    )
    if (writable) state.unreachableSince = null
    else state.unreachableSince ??= Date.now()
  })
}

export const databaseIsUnreachable = (): boolean => state.unreachableSince !== null

/** A signed-in request: Payload's session cookie or an Authorization header. */
const carriesCredentials = (request: http.IncomingMessage) =>
  Boolean(request.headers.authorization) ||
  /(^|;\s*)payload-token=/.test(request.headers.cookie ?? '')

/**
 * Turns this response's 500 into 503 + Retry-After when it is sent while the database cannot be
 * reached: every route (pages, Payload's REST and GraphQL, forms, the public API) in one place.
 * Likewise a 401 or 403 to a signed-in request: its user could not be read, which says nothing of
 * its rights (a drill saw an editor's save refused with 403 during an outage).
 * Node sends every status through writeHead, whether a route calls it or not.
 */
export function answerOutagesWith503(
  request: http.IncomingMessage,
  response: http.ServerResponse,
): void {
  const writeHead = response.writeHead
  const signedIn = carriesCredentials(request)
  response.writeHead = function (this: http.ServerResponse, status: number, ...rest: unknown[]) {
    const failed = status === 500 || (signedIn && (status === 401 || status === 403))
    if (failed && databaseIsUnreachable() && !this.headersSent) {
      this.setHeader('Retry-After', String(RETRY_AFTER_SECONDS))
      this.setHeader('Cache-Control', 'no-store')
      return (writeHead as (...args: unknown[]) => http.ServerResponse).call(this, 503, ...rest)
    }
    return (writeHead as (...args: unknown[]) => http.ServerResponse).call(this, status, ...rest)
  } as typeof response.writeHead
}
