import type { UIFieldServerComponent } from 'payload'
import { hasRole } from '@/access'
import { adminLanguage } from '@/i18n/adminWords'

/**
 * On an announced change notice, for admins: the evidence pack for a customer's auditor, as a
 * printable page and as JSON (src/evidence/pack.ts).
 */
export const EvidencePackLinks: UIFieldServerComponent = ({ data, i18n, id, req }) => {
  const changeId = id ?? data?.id
  if (!changeId || !hasRole(req.user, 'admin')) return null
  const api = `${req.payload.config.routes.api}/changes/${changeId}/evidence`
  const { t } = adminLanguage(i18n)
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <span className="field-label">{t('trust:evidence:title')}</span>
      <p style={{ margin: 0 }}>
        {t('trust:evidence:explain')}{' '}
        <a href={`/evidence/changes/${changeId}`} target="_blank" rel="noopener">
          {t('trust:evidence:pack')}
        </a>{' '}
        {t('trust:evidence:or')}{' '}
        <a href={api} download>
          {t('trust:evidence:json')}
        </a>
        .
      </p>
    </div>
  )
}
