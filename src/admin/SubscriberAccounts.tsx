import type { UIFieldServerComponent } from 'payload'
import { accountsOfEmail } from '@/notices/accounts'

/** On a subscriber: the customer accounts this address is a notice contact of, or matches by domain. */
export const SubscriberAccounts: UIFieldServerComponent = async ({ data, payload }) => {
  const email = typeof data?.email === 'string' ? data.email : null
  if (!email) return null
  const { accounts, by } = await accountsOfEmail(payload, email)
  const admin = payload.config.routes.admin
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <h3>Customer accounts</h3>
      {accounts.length === 0 ? (
        <p>Not a notice contact of any customer account.</p>
      ) : (
        <p>
          {by === 'contact'
            ? 'Notice contact of '
            : 'Not a notice contact yet; the email domain matches '}
          {accounts.map((account, index) => (
            <span key={account.id}>
              {index > 0 ? ', ' : ''}
              <a href={`${admin}/collections/customer-accounts/${account.id}`}>
                {account.organisation}
              </a>
            </span>
          ))}
          {by === 'domain' ? ' (add them on the account to send them its notices).' : '.'}
        </p>
      )}
    </div>
  )
}
