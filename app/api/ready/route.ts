import { NO_STORE, readiness } from '@/health'

export const dynamic = 'force-dynamic'

/**
 * Readiness: 200 when every check passes (src/health: the database, the jobs queue's last run,
 * the mail server in production), 503 naming the failing one otherwise. Public and read-only
 * (GET and HEAD, no body read); the answers say what failed in plain words and reveal no host,
 * address, version or error detail, which go to the server's log.
 */
export async function GET() {
  const { ready, checks } = await readiness()
  return Response.json(
    { status: ready ? 'ready' : 'not ready', checks },
    { status: ready ? 200 : 503, headers: NO_STORE },
  )
}
