import { dictionary } from '@zxcvbn-ts/language-common'

export const MIN_PASSWORD_LENGTH = 12

// The 49,000 most common passwords of zxcvbn-ts's common dictionary (a maintained list), compared
// in lower case.
const COMMON = new Set(dictionary['passwords-common'].map((word) => word.toLowerCase()))

/**
 * Which rule `password` breaks, or null. At least 12 characters, not the account's email address
 * (or its name before the @), not a common password. Used for every team member (the admin says
 * why in the staff member's language) and for the first admin's ADMIN_PASSWORD.
 */
export function brokenPasswordRule(
  password: string,
  email?: string | null,
): 'short' | 'email' | 'common' | null {
  if (password.length < MIN_PASSWORD_LENGTH) return 'short'
  const lower = password.toLowerCase()
  const address = (email ?? '').toLowerCase()
  const name = address.split('@')[0] ?? ''
  if (address && (lower.includes(address) || (name.length >= 4 && lower.includes(name))))
    return 'email'
  if (COMMON.has(lower)) return 'common'
  return null
}

/**
 * Why `password` may not be used, in English, or null: for the launcher's check of ADMIN_PASSWORD,
 * which runs before the app's modules are resolvable (no `@/` imports here). The admin says the
 * same in the staff member's language (src/i18n/adminWords.ts, `password…`).
 */
export function passwordProblem(password: string, email?: string | null): string | null {
  const rule = brokenPasswordRule(password, email)
  if (rule === 'short')
    return `Use at least ${MIN_PASSWORD_LENGTH} characters; a short sentence is easy to remember.`
  if (rule === 'email') return 'The password must not contain the email address.'
  if (rule === 'common') return 'This password is on a list of common passwords. Choose another.'
  return null
}
