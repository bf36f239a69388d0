// The request a piece of server code is working for, carried through its async calls, so that a
// log line written deep inside Payload names the request that caused it (the `mixin` of
// ./logger.ts). The request gate (src/security/requestGate.ts) opens the context for every request.
//
// One store per process, kept on globalThis: Next bundles instrumentation.ts (which installs the
// gate) and the app's routes (which load the Payload config and its logger) separately, and two
// copies of a module-level AsyncLocalStorage would never see each other's values.
import { AsyncLocalStorage } from 'node:async_hooks'

type RequestContext = { requestId: string }

const STORE = Symbol.for('trust-center.requestContext')
const holder = globalThis as typeof globalThis & {
  [STORE]?: AsyncLocalStorage<RequestContext>
}
const store = (holder[STORE] ??= new AsyncLocalStorage<RequestContext>())

/** Runs `work` (and everything it starts) as part of the request `requestId`. */
export function withRequestId<T>(requestId: string, work: () => T): T {
  return store.run({ requestId }, work)
}

/** The id of the request this code runs for, if any (jobs started by the cron have none). */
export function currentRequestId(): string | undefined {
  return store.getStore()?.requestId
}
