import { listRemovedSubprocessors } from '@/data/changes'

export const dynamic = 'force-dynamic'

/**
 * The slugs whose page answers 410 Gone, for proxy.ts (which cannot read the database itself).
 * Public facts (the change log names them), read from Next's data cache under the portal's tags.
 */
export async function GET() {
  const removed = await listRemovedSubprocessors()
  return Response.json({ slugs: [...removed.keys()] })
}
