import type { UIFieldServerComponent } from 'payload'
import { accountReport, STATE_WORDS } from '@/notices/accountReport'
import { formatDateTime } from '@/utilities/dates'

const cell = { padding: '0.25em 1em 0.25em 0', textAlign: 'left', verticalAlign: 'top' } as const

/** On an announced change: each customer account it concerns, notified, objected or silent. */
export const ChangeAccounts: UIFieldServerComponent = async ({ id, payload }) => {
  if (!id) return null
  const report = await accountReport(payload, String(id))
  if (!report) return null
  const { audience, scopeNames, rows } = report
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <h3>Customers</h3>
      <p>
        {audience.allCustomers
          ? 'This change concerns every customer account.'
          : `This change concerns the customer accounts using ${scopeNames.join(', ') || 'its scopes'}.`}{' '}
        <a href={`/api/changes/${id}/accounts.csv`}>Download as CSV</a>
      </p>
      {rows.length === 0 ? (
        <p>No customer account is concerned. Add customers under Customer accounts.</p>
      ) : (
        <table style={{ borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              <th style={cell}>Customer</th>
              <th style={cell}>Response</th>
              <th style={cell}>Notified</th>
              <th style={cell}>Objection</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.account.id}>
                <td style={cell}>
                  <a
                    href={`${payload.config.routes.admin}/collections/customer-accounts/${row.account.id}`}
                  >
                    {row.account.organisation}
                  </a>
                  {row.affected ? '' : ' (no longer concerned)'}
                </td>
                <td style={cell}>{STATE_WORDS[row.state]}</td>
                <td style={cell}>
                  {row.notices.length === 0
                    ? 'No email yet'
                    : row.notices.map((notice) => (
                        <div key={notice.email}>
                          {notice.name ? `${notice.name} ` : ''}&lt;{notice.email}&gt;:{' '}
                          {notice.outcome === 'sent' ? 'accepted' : 'failed'}
                          {notice.at ? `, ${formatDateTime(notice.at)}` : ''}
                        </div>
                      ))}
                </td>
                <td style={cell}>
                  {row.objections.length === 0
                    ? 'None'
                    : row.objections.map((objection) => (
                        <div key={`${objection.email}${objection.at}`}>
                          {formatDateTime(objection.at)}, {objection.email}
                          {objection.reason ? `: “${objection.reason}”` : ''}
                        </div>
                      ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
