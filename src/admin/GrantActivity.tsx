import type { UIFieldServerComponent } from 'payload'
import { DownloadTable } from './DocumentActivity'

/** On a grant: everything this person downloaded, under any grant. */
export const GrantActivity: UIFieldServerComponent = async ({ data, payload }) => {
  const email = typeof data?.email === 'string' ? data.email : null
  if (!email) return null
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <h3>Downloads by {email}</h3>
      <DownloadTable
        payload={payload}
        where={{ email: { equals: email } }}
        filter={`where[email][equals]=${encodeURIComponent(email)}`}
      />
    </div>
  )
}
