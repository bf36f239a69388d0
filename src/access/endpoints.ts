// Custom REST endpoints for admins only (the admin's buttons and exports): a refusal in words for
// anyone else, JSON answers that are never cached, and a 404 when the record is not there.
import type { Endpoint, PayloadRequest } from 'payload'
import { hasRole } from './roles'

export const answer = (status: number, body: unknown) =>
  Response.json(body, { status, headers: { 'cache-control': 'no-store' } })

/** A refusal for anyone but an admin, or null for an admin. */
export function refuseUnlessAdmin(req: PayloadRequest, what: string): Response | null {
  if (!req.user) return answer(401, { message: `Sign in to the admin as an admin to ${what}.` })
  if (!hasRole(req.user, 'admin')) return answer(403, { message: `Only admins can ${what}.` })
  return null
}

/**
 * An endpoint at `path` (with `:id`) for admins only; `what` completes "Only admins can …".
 * `run` answers for the record `id`, or returns null when there is none (404, `notFound(id)`).
 */
export function adminEndpoint({
  path,
  method,
  what,
  notFound,
  run,
}: {
  path: string
  method: 'get' | 'post'
  what: string
  notFound: (id: string) => string
  run: (req: PayloadRequest, id: string) => Promise<Response | null>
}): Endpoint {
  return {
    path,
    method,
    handler: async (req) => {
      const refused = refuseUnlessAdmin(req, what)
      if (refused) return refused
      const id = String(req.routeParams?.id ?? '')
      return (await run(req, id)) ?? answer(404, { message: notFound(id) })
    },
  }
}
