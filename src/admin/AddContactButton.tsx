'use client'
import { Button, useForm, useFormFields } from '@payloadcms/ui'
import { useAdminLanguage } from './useAdminLanguage'

/** Adds `email` as a new row of the account's notice contacts, in the form (saved with it). */
export function AddContactButton({ email }: { email: string }) {
  const { t } = useAdminLanguage()
  const { addFieldRow } = useForm()
  const rows = useFormFields(([fields]) => fields.noticeContacts?.rows ?? [])
  const added = useFormFields(([fields]) =>
    Object.entries(fields).some(
      ([path, field]) => /^noticeContacts\.\d+\.email$/.test(path) && field.value === email,
    ),
  )
  if (added) return <span>{t('trust:contacts:added')}</span>
  return (
    <Button
      buttonStyle="secondary"
      size="small"
      margin={false}
      onClick={() =>
        addFieldRow({
          path: 'noticeContacts',
          rowIndex: rows.length,
          schemaPath: 'noticeContacts',
          subFieldState: { email: { initialValue: email, value: email, valid: true } },
        })
      }
    >
      {t('trust:contacts:add')}
    </Button>
  )
}
