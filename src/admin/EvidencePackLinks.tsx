import type { UIFieldServerComponent } from 'payload'
import { hasRole } from '@/access'

/**
 * On an announced change notice, for admins: the evidence pack for a customer's auditor, as a
 * printable page and as JSON (src/evidence/pack.ts).
 */
export const EvidencePackLinks: UIFieldServerComponent = ({ data, id, req }) => {
  const changeId = id ?? data?.id
  if (!changeId || !hasRole(req.user, 'admin')) return null
  const api = `${req.payload.config.routes.api}/changes/${changeId}/evidence`
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <span className="field-label">Evidence for an auditor</span>
      <p style={{ margin: 0 }}>
        What was announced, the email as sent, each recipient with the mail server&apos;s reply,
        objections and the evidence ledger entries with their fingerprints:{' '}
        <a href={`/evidence/changes/${changeId}`} target="_blank" rel="noopener">
          printable evidence pack
        </a>{' '}
        or{' '}
        <a href={api} download>
          the same as JSON
        </a>
        .
      </p>
    </div>
  )
}
