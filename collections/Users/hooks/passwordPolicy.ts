import {
  ValidationError,
  type CollectionBeforeOperationHook,
  type CollectionBeforeValidateHook,
} from 'payload'
import { passwordProblem } from '@/access/passwords'
import type { User } from '@/payload-types'

function refuseWeakPassword(password: unknown, email: string | null | undefined) {
  if (typeof password !== 'string') return
  const problem = passwordProblem(password, email)
  if (problem)
    throw new ValidationError({
      collection: 'users',
      errors: [{ path: 'password', message: problem }],
    })
}

/** A new team member, or a changed password: checked after access, with the account's email. */
export const enforcePasswordPolicy: CollectionBeforeValidateHook<User> = ({
  data,
  originalDoc,
}) => {
  const sent = data as (Partial<User> & { password?: unknown }) | undefined
  refuseWeakPassword(sent?.password, sent?.email ?? originalDoc?.email)
  return data
}

/**
 * Resetting a password from the emailed link: Payload runs that operation without the
 * collection's validation hooks, so the rule is checked on the operation itself.
 */
export const enforcePasswordPolicyOnReset: CollectionBeforeOperationHook = ({
  args,
  operation,
}) => {
  if (operation === 'resetPassword')
    refuseWeakPassword((args.data as { password?: unknown } | undefined)?.password, null)
  return args
}
