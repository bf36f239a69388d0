import { ValidationError, type FieldHook, type TextField } from 'payload'
import type { StaticLabel } from 'payload'
import type { AdminText } from '@/i18n/adminWords'

/** Accepts only absolute http(s) addresses: no `javascript:`, `data:` or relative links. */
function validateWebAddress(value: unknown): true | string {
  if (value === undefined || value === null || value === '') return true
  const example = 'for example https://example.com/security'
  if (typeof value !== 'string') return `Enter a web address, ${example}.`
  // The URL parser silently drops tabs and line breaks, so they would pass and be stored raw, and
  // a line break in security.txt's Policy would add a line of the sender's choosing.
  if (CONTROL_CHARACTER.test(value))
    return `A web address cannot contain line breaks, tabs or other control characters, ${example}.`
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    return `"${value}" is not a complete web address. Enter one starting with https://, ${example}.`
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return `Only web addresses starting with https:// or http:// are allowed, ${example}.`
  }
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') {
    return `"${value}" has no valid domain name. Enter a full address, ${example}.`
  }
  return true
}

export { validateWebAddress }

const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/

/**
 * Payload skips `validate` when a draft is saved (an editor may save a half-filled draft), so a
 * control character is refused here as well: nothing raw is stored, draft or not.
 */
const refuseControlCharacters: FieldHook = ({ value, path, collection, global }) => {
  if (typeof value === 'string' && CONTROL_CHARACTER.test(value))
    throw new ValidationError({
      collection: collection?.slug,
      global: global?.slug,
      errors: [{ path: path.join('.'), message: validateWebAddress(value) as string }],
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
    validate: validateWebAddress,
  }
}
