import { revalidateTag } from 'next/cache'
import { TAGS } from '@/cache/tags'
import { isValidRevalidationToken } from '@/cache/revalidateThroughServer'

const known = new Set<string>(Object.values(TAGS))

/** Expires portal cache tags for the server's own jobs (see src/cache/revalidateThroughServer.ts). */
export async function POST(request: Request) {
  const body = (await request.json().catch(() => null)) as { tags?: unknown } | null
  const tags = Array.isArray(body?.tags)
    ? body.tags.filter((t): t is string => typeof t === 'string' && known.has(t))
    : []
  if (!tags.length || !isValidRevalidationToken(tags, request.headers.get('x-revalidate-token'))) {
    return Response.json({ message: 'Not allowed.' }, { status: 403 })
  }
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
  return Response.json({ revalidated: tags })
}
