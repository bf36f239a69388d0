import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import type { NextRequest } from 'next/server'
import { sameSitePath } from '@/utilities/sameSitePath'

/**
 * `/preview/exit`: turns draft mode off and returns to `?path=` or the page the editor came from
 * (only the Referer's path is used, so it always stays on this site). A GET link is acceptable
 * here: leaving preview only ever shows less.
 */
export async function GET(request: NextRequest) {
  const draft = await draftMode()
  draft.disable()
  redirect(returnPath(request) ?? '/')
}

function returnPath(request: NextRequest): string | null {
  const explicit = sameSitePath(request.nextUrl.searchParams.get('path'))
  if (explicit) return explicit
  const referer = request.headers.get('referer')
  if (!referer) return null
  try {
    const url = new URL(referer)
    return sameSitePath(url.pathname + url.search)
  } catch {
    return null
  }
}
