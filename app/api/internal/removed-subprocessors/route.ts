import { listRemovedSubprocessors } from '@/data/changes'
import { isLoopbackCaller } from '@/security/clientAddress'

export const dynamic = 'force-dynamic'

/**
 * The slugs whose page answers 410 Gone, for proxy.ts (which cannot read the database itself).
 * Public facts (the change log names them), read from Next's data cache under the portal's tags;
 * still answered only to this server's own calls, like every /api/internal route.
 */
export async function GET(request: Request) {
  if (!isLoopbackCaller(request.headers))
    return Response.json({ message: 'Only this server may call this address.' }, { status: 403 })
  const removed = await listRemovedSubprocessors()
  return Response.json({ slugs: [...removed.keys()] })
}
