import type { UIFieldServerComponent } from 'payload'
import { adminLanguage } from '@/i18n/adminWords'
import { DownloadTable } from './DocumentActivity'

/** On a grant: everything this person downloaded, under any grant. */
export const GrantActivity: UIFieldServerComponent = async ({ data, i18n, payload }) => {
  const email = typeof data?.email === 'string' ? data.email : null
  if (!email) return null
  const lang = adminLanguage(i18n)
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <h3>{lang.t('trust:documents:downloadsBy', { email })}</h3>
      <DownloadTable
        payload={payload}
        where={{ email: { equals: email } }}
        filter={`where[email][equals]=${encodeURIComponent(email)}`}
        lang={lang}
      />
    </div>
  )
}
