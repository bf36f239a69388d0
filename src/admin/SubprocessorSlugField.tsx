import { TextField } from '@payloadcms/ui'
import type { TextFieldServerComponent } from 'payload'
import { lockedSlug } from '@/changes/published'
import { adminLanguage } from '@/i18n/adminWords'

/**
 * The slug of a subprocessor, read-only with the reason once it was published: every save that
 * changes it is refused (collections/Subprocessors/hooks/keepPublishedRecord.ts), so the admin does
 * not offer the edit.
 */
export const SubprocessorSlugField: TextFieldServerComponent = async ({
  clientField,
  i18n,
  id,
  path,
  payload,
  readOnly,
}) => {
  const locked = id === undefined ? null : await lockedSlug(payload, String(id))
  if (locked === null) return <TextField field={clientField} path={path} readOnly={readOnly} />
  const field = {
    ...clientField,
    admin: {
      ...clientField.admin,
      description: adminLanguage(i18n).t('trust:states:slugFixed'),
    },
  }
  return <TextField field={field} path={path} readOnly />
}
