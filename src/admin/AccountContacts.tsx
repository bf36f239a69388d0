import type { UIFieldServerComponent } from 'payload'
import { suggestedContacts } from '@/notices/accounts'
import type { CustomerAccount } from '@/payload-types'
import { adminLanguage } from '@/i18n/adminWords'
import { AddContactButton } from './AddContactButton'

/**
 * On a customer account: people from its email domains who subscribed on the website but are not
 * among its notice contacts yet. "Add as a notice contact" puts them in the list above; saving
 * confirms it.
 */
export const AccountContacts: UIFieldServerComponent = async ({ data, i18n, payload }) => {
  const suggestions = await suggestedContacts(payload, (data ?? {}) as Partial<CustomerAccount>)
  if (!suggestions.length) return null
  const { t } = adminLanguage(i18n)
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <h3>{t('trust:contacts:heading')}</h3>
      <p>{t('trust:contacts:intro')}</p>
      <ul style={{ listStyle: 'none', padding: 0 }}>
        {suggestions.map((subscriber) => (
          <li key={subscriber.id} style={{ marginBottom: '0.5em' }}>
            {subscriber.email} <AddContactButton email={subscriber.email} />
          </li>
        ))}
      </ul>
    </div>
  )
}
