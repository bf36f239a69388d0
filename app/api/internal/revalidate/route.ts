import { revalidateTag } from 'next/cache'
import { TAGS } from '@/cache/tags'
import { isValidRevalidationToken } from '@/cache/revalidateThroughServer'
import { isLoopbackCaller } from '@/security/clientAddress'

const known = new Set<string>(Object.values(TAGS))

const refuse = (message: string) =>
  Response.json({ message }, { status: 403, headers: { 'cache-control': 'no-store' } })

/**
 * Expires portal cache tags for the server's own jobs (see src/cache/revalidateThroughServer.ts):
 * only from this machine, not forwarded by a proxy, with a token made in the last minute.
 */
export async function POST(request: Request) {
  if (!isLoopbackCaller(request.headers)) return refuse('Only this server may call this address.')
  const body = (await request.json().catch(() => null)) as { tags?: unknown } | null
  const tags = Array.isArray(body?.tags)
    ? body.tags.filter((t): t is string => typeof t === 'string' && known.has(t))
    : []
  if (!tags.length || !isValidRevalidationToken(tags, request.headers.get('x-revalidate-token')))
    return refuse('Not allowed.')
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
  return Response.json({ revalidated: tags }, { headers: { 'cache-control': 'no-store' } })
}
