import { serverConfig } from '@/config/env'

/**
 * On every admin screen and the sign-in page of `npm run preview`: this is a production build
 * running on this machine with throwaway servers and local settings, not a real installation.
 */
export function LocalPreviewNotice() {
  const { LOCAL_PREVIEW, NEXT_PUBLIC_SERVER_URL } = serverConfig()
  if (!LOCAL_PREVIEW) return null
  return (
    <div className="trust-preview-notice" role="note">
      <strong>Local preview.</strong> This is the production build running on this computer only (
      {NEXT_PUBLIC_SERVER_URL}), with its own database and a test mail inbox. Nothing here is
      published, and no email leaves this machine.
    </div>
  )
}
