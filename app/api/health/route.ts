export const dynamic = 'force-dynamic'

/**
 * Liveness: the process is up and answers. Reads nothing else (no database), so a load balancer
 * restarts only a stuck process, never one waiting for the database. Public: it says nothing
 * but that and how long the process has run. GET and HEAD only, no body read.
 */
export function GET() {
  return Response.json(
    { status: 'ok', uptimeSeconds: Math.round(process.uptime()) },
    { headers: { 'cache-control': 'no-store' } },
  )
}
