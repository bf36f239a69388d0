import { TextField } from '@payloadcms/ui'
import type { TextFieldServerComponent } from 'payload'
import { lockedSlug } from '@/changes/published'

/**
 * The slug of a subprocessor, read-only with the reason once it was published: every save that
 * changes it is refused (collections/Subprocessors/hooks/keepPublishedRecord.ts), so the admin does
 * not offer the edit.
 */
export const SubprocessorSlugField: TextFieldServerComponent = async ({
  clientField,
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
      description:
        'Fixed: this subprocessor has been published, and notices, the change log and the API link to this address. It cannot change, and is never given to another subprocessor.',
    },
  }
  return <TextField field={field} path={path} readOnly />
}
