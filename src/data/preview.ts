import { draftMode, headers } from 'next/headers'
import { cache } from 'react'
import { isStaff } from '@/access'
import type { User } from '@/payload-types'
import { getPayloadClient } from './payload'

export type Preview = {
  /** Draft mode is on for this browser. */
  enabled: boolean
  /** The signed-in staff member whose access lets the page read drafts, if any. */
  user: User | null
}

/**
 * Draft mode alone shows nothing unpublished: the page reads drafts only as a signed-in staff
 * user, so access control (not the cookie) decides what is visible.
 */
export const getPreview = cache(async (): Promise<Preview> => {
  const { isEnabled } = await draftMode()
  if (!isEnabled) return { enabled: false, user: null }
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return { enabled: true, user: user && isStaff(user) ? (user as User) : null }
})
