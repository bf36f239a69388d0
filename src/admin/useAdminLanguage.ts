import { useTranslation } from '@payloadcms/ui'
import { adminLanguage, type AdminLanguage } from '@/i18n/adminWords'

/** A client component's admin language: Payload's `t` (with our words) and dates in it. */
export function useAdminLanguage(): AdminLanguage {
  const { i18n, t } = useTranslation()
  return adminLanguage({ language: i18n.language, t })
}
