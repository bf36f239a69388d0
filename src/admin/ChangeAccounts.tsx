import type { UIFieldServerComponent } from 'payload'
import { accountReport } from '@/notices/accountReport'
import { adminLanguage } from '@/i18n/adminWords'

const cell = { padding: '0.25em 1em 0.25em 0', textAlign: 'left', verticalAlign: 'top' } as const

/** On an announced change: each customer account it concerns, notified, objected or silent. */
export const ChangeAccounts: UIFieldServerComponent = async ({ i18n, id, payload }) => {
  if (!id) return null
  const report = await accountReport(payload, String(id))
  if (!report) return null
  const { audience, scopeNames, rows } = report
  const { t, dateTime } = adminLanguage(i18n)
  const states = {
    objected: t('trust:changeAccounts:objected'),
    notified: t('trust:changeAccounts:silent'),
    'not-notified': t('trust:changeAccounts:notNotified'),
  }
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <h3>{t('trust:changeAccounts:title')}</h3>
      <p>
        {audience.allCustomers
          ? t('trust:changeAccounts:everyAccount')
          : t('trust:changeAccounts:someAccounts', {
              scopes: scopeNames.join(', ') || t('trust:changeAccounts:itsScopes'),
            })}{' '}
        <a href={`/api/changes/${id}/accounts.csv`}>{t('trust:changeAccounts:downloadCsv')}</a>
      </p>
      {rows.length === 0 ? (
        <p>{t('trust:changeAccounts:noAccount')}</p>
      ) : (
        <table style={{ borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              <th style={cell}>{t('trust:changeAccounts:customer')}</th>
              <th style={cell}>{t('trust:changeAccounts:response')}</th>
              <th style={cell}>{t('trust:changeAccounts:notified')}</th>
              <th style={cell}>{t('trust:changeAccounts:objection')}</th>
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
                  {row.affected ? '' : t('trust:changeAccounts:noLongerConcerned')}
                </td>
                <td style={cell}>{states[row.state]}</td>
                <td style={cell}>
                  {row.notices.length === 0
                    ? t('trust:changeAccounts:noEmail')
                    : row.notices.map((notice) => (
                        <div key={notice.email}>
                          {notice.name ? `${notice.name} ` : ''}&lt;{notice.email}&gt;:{' '}
                          {notice.outcome === 'sent'
                            ? t('trust:changeAccounts:accepted')
                            : t('trust:changeAccounts:failed')}
                          {notice.at ? `, ${dateTime(notice.at)}` : ''}
                        </div>
                      ))}
                </td>
                <td style={cell}>
                  {row.objections.length === 0
                    ? t('trust:changeAccounts:none')
                    : row.objections.map((objection) => (
                        <div key={`${objection.email}${objection.at}`}>
                          {dateTime(objection.at)}, {objection.email}
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
