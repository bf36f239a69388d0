import type { Endpoint } from 'payload'
import { hasRole } from '@/access'
import { evidencePack } from '@/evidence/pack'

const answer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { 'cache-control': 'no-store', ...headers } })

/** GET /api/changes/:id/evidence: the change's evidence pack as JSON, for admins (src/evidence/pack.ts). */
export const evidencePackEndpoint: Endpoint = {
  path: '/:id/evidence',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return answer(401, { message: 'Sign in to the admin as an admin.' })
    if (!hasRole(req.user, 'admin'))
      return answer(403, { message: 'Only admins can export the evidence of a change notice.' })
    const id = String(req.routeParams?.id ?? '')
    const pack = await evidencePack(req.payload, id)
    if (!pack) return answer(404, { message: `There is no change notice with the id "${id}".` })
    return answer(200, pack, {
      'content-disposition': `attachment; filename="evidence-${pack.change.slug ?? id}.json"`,
    })
  },
}
