import { adminEndpoint } from '@/access/endpoints'
import { evidencePack } from '@/evidence/pack'

/** GET /api/changes/:id/evidence: the change's evidence pack as JSON, for admins (src/evidence/pack.ts). */
export const evidencePackEndpoint = adminEndpoint({
  path: '/:id/evidence',
  method: 'get',
  what: 'export the evidence of a change notice',
  notFound: (id) => `There is no change notice with the id "${id}".`,
  run: async (req, id) => {
    const pack = await evidencePack(req.payload, id)
    if (!pack) return null
    return Response.json(pack, {
      headers: {
        'cache-control': 'no-store',
        'content-disposition': `attachment; filename="evidence-${pack.change.slug ?? id}.json"`,
      },
    })
  },
})
