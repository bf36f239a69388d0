import { dictionary } from '@zxcvbn-ts/language-common'

export const MIN_PASSWORD_LENGTH = 12

// The 49,000 most common passwords of zxcvbn-ts's common dictionary (a maintained list), compared
// in lower case.
const COMMON = new Set(dictionary['passwords-common'].map((word) => word.toLowerCase()))

/**
 * Why `password` may not be used, in words a team member can act on, or null. At least 12
 * characters, not the account's email address (or its name before the @), not a common password.
 * Used for every team member and for the first admin's ADMIN_PASSWORD.
 */
export function passwordProblem(password: string, email?: string | null): string | null {
  if (password.length < MIN_PASSWORD_LENGTH)
    return `Use at least ${MIN_PASSWORD_LENGTH} characters; a short sentence is easy to remember.`
  const lower = password.toLowerCase()
  const address = (email ?? '').toLowerCase()
  const name = address.split('@')[0] ?? ''
  if (address && (lower.includes(address) || (name.length >= 4 && lower.includes(name))))
    return 'The password must not contain the email address.'
  if (COMMON.has(lower)) return 'This password is on a list of common passwords. Choose another.'
  return null
}
