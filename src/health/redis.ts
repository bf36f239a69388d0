import { once } from 'node:events'
import { serverConfig } from '@/config/env'
import { redisClient } from '@/cache/redisTags.mjs'
import type { ReadinessCheck } from './check'

/**
 * With REDIS_URL, the Redis every instance shares its cache through answers PING, through this
 * process's own client (src/cache/redisTags.mjs). While it is away the app keeps serving, rendering
 * from the database uncached, and publishes reach the other instances only once it is back: worth
 * an operator's attention, so it fails readiness. Without REDIS_URL there is nothing to check.
 */
export const redisCheck: ReadinessCheck = {
  name: 'redis',
  timeoutMs: 2_000,
  timeoutMessage: 'The shared cache (Redis) did not answer within 2 seconds.',
  failureMessage:
    'The shared cache (Redis) could not be reached: pages are rendered from the database until it is back.',
  async run() {
    if (!serverConfig().REDIS_URL)
      return { ok: true, skipped: true, message: 'No shared cache is configured (REDIS_URL).' }
    const client = redisClient()
    if (!client) return { ok: true, skipped: true, message: 'No shared cache is configured.' }
    // The client connects in the background and fails commands at once until it is ready (so a
    // request never waits on Redis): on this route's first call, give it the time to connect.
    if (!client.isReady)
      await Promise.race([once(client, 'ready'), new Promise((r) => setTimeout(r, 1_500))])
    await client.ping()
    return { ok: true }
  },
}
