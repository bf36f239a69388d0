import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import type { NextRequest } from 'next/server'
import { isStaff } from '@/access'
import { getPayloadClient } from '@/data/payload'
import { sameSitePath } from '@/utilities/sameSitePath'

/**
 * `/preview?path=/policies/scope`, opened by the admin's Preview button. Only a signed-in editor
 * or admin (the Payload session cookie) gets draft mode; `path` must be a page of this site.
 */
export async function GET(request: NextRequest) {
  const path = sameSitePath(request.nextUrl.searchParams.get('path'))
  if (!path) {
    return plain(
      400,
      'Add a "path" parameter with a page of this site, for example /preview?path=/subprocessors.',
    )
  }
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) {
    return plain(
      401,
      'Sign in to the admin (/admin) as an editor or admin, then use Preview again.',
    )
  }
  if (!isStaff(user)) return plain(403, 'Only editors and admins can preview unpublished content.')

  const draft = await draftMode()
  draft.enable()
  redirect(path)
}

function plain(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  })
}
