import type { UIFieldServerComponent } from 'payload'
import { accountsOfEmail } from '@/notices/accounts'
import { adminLanguage } from '@/i18n/adminWords'

/** On a subscriber: the customer accounts this address is a notice contact of, or matches by domain. */
export const SubscriberAccounts: UIFieldServerComponent = async ({ data, i18n, payload }) => {
  const email = typeof data?.email === 'string' ? data.email : null
  if (!email) return null
  const { t } = adminLanguage(i18n)
  const { accounts, by } = await accountsOfEmail(payload, email)
  const admin = payload.config.routes.admin
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <h3>{t('trust:contacts:accountsTitle')}</h3>
      {accounts.length === 0 ? (
        <p>{t('trust:contacts:noAccount')}</p>
      ) : (
        <p>
          {by === 'contact' ? t('trust:contacts:contactOf') : t('trust:contacts:domainMatches')}
          {accounts.map((account, index) => (
            <span key={account.id}>
              {index > 0 ? ', ' : ''}
              <a href={`${admin}/collections/customer-accounts/${account.id}`}>
                {account.organisation}
              </a>
            </span>
          ))}
          {by === 'domain' ? t('trust:contacts:addOnAccount') : '.'}
        </p>
      )}
    </div>
  )
}
