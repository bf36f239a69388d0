import type { ServerProps } from 'payload'
import { serverConfig } from '@/config/env'
import { adminLanguage } from '@/i18n/adminWords'

/**
 * On every admin screen and the sign-in page of `npm run preview`: this is a production build
 * running on this machine with throwaway servers and local settings, not a real installation.
 */
export function LocalPreviewNotice({ i18n }: Partial<Pick<ServerProps, 'i18n'>>) {
  const { LOCAL_PREVIEW, NEXT_PUBLIC_SERVER_URL } = serverConfig()
  if (!LOCAL_PREVIEW) return null
  const { t } = adminLanguage(i18n)
  return (
    <div className="trust-preview-notice" role="note">
      <strong>{t('trust:preview:title')}</strong>{' '}
      {t('trust:preview:text', { url: NEXT_PUBLIC_SERVER_URL })}
    </div>
  )
}
