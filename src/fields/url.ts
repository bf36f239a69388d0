import {
  ValidationError,
  type FieldHook,
  type TextField,
  type TextFieldSingleValidation,
} from 'payload'
import type { StaticLabel } from 'payload'
import { adminLanguage, ENGLISH, type AdminT, type AdminText } from '@/i18n/adminWords'

/**
 * Accepts only absolute http(s) addresses: no `javascript:`, `data:` or relative links. Says why
 * not in the admin language of `t`.
 */
function validateWebAddress(value: unknown, t: AdminT = ENGLISH.t): true | string {
  if (value === undefined || value === null || value === '') return true
  const example = t('trust:messages:webExample')
  if (typeof value !== 'string') return t('trust:messages:webNotText', { example })
  // The URL parser silently drops tabs and line breaks, so they would pass and be stored raw, and
  // a line break in security.txt's Policy would add a line of the sender's choosing.
  if (CONTROL_CHARACTER.test(value)) return t('trust:messages:webControl', { example })
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    return t('trust:messages:webIncomplete', { value, example })
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return t('trust:messages:webScheme', { example })
  }
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') {
    return t('trust:messages:webDomain', { value, example })
  }
  return true
}

export { validateWebAddress }

const validateWebAddressField: TextFieldSingleValidation = (value, { req }) =>
  validateWebAddress(value, adminLanguage(req.i18n).t)

const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/

/**
 * Payload skips `validate` when a draft is saved (an editor may save a half-filled draft), so a
 * control character is refused here as well: nothing raw is stored, draft or not.
 */
const refuseControlCharacters: FieldHook = ({ value, path, collection, global, req }) => {
  if (typeof value === 'string' && CONTROL_CHARACTER.test(value))
    throw new ValidationError({
      collection: collection?.slug,
      global: global?.slug,
      errors: [
        {
          path: path.join('.'),
          message: validateWebAddress(value, adminLanguage(req.i18n).t) as string,
        },
      ],
    })
  return value
}

export function webAddressField(
  name: string,
  label: StaticLabel,
  description: AdminText,
): TextField {
  return {
    name,
    label,
    type: 'text',
    admin: { description, placeholder: 'https://' },
    hooks: {
      beforeValidate: [({ value }) => (typeof value === 'string' ? value.trim() : value)],
      beforeChange: [refuseControlCharacters],
    },
    validate: validateWebAddressField,
  }
}
