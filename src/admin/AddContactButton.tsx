'use client'
import { Button, useForm, useFormFields } from '@payloadcms/ui'

/** Adds `email` as a new row of the account's notice contacts, in the form (saved with it). */
export function AddContactButton({ email }: { email: string }) {
  const { addFieldRow } = useForm()
  const rows = useFormFields(([fields]) => fields.noticeContacts?.rows ?? [])
  const added = useFormFields(([fields]) =>
    Object.entries(fields).some(
      ([path, field]) => /^noticeContacts\.\d+\.email$/.test(path) && field.value === email,
    ),
  )
  if (added) return <span>(added: save to confirm)</span>
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
      Add as a notice contact
    </Button>
  )
}
