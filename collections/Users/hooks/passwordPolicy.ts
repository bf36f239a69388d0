import {
  ValidationError,
  type CollectionBeforeOperationHook,
  type CollectionBeforeValidateHook,
  type PayloadRequest,
} from 'payload'
import { brokenPasswordRule, MIN_PASSWORD_LENGTH } from '@/access/passwords'
import { adminLanguage } from '@/i18n/adminWords'
import type { User } from '@/payload-types'

function refuseWeakPassword(
  req: PayloadRequest,
  password: unknown,
  email: string | null | undefined,
) {
  if (typeof password !== 'string') return
  const rule = brokenPasswordRule(password, email)
  if (!rule) return
  const { t } = adminLanguage(req.i18n)
  const message =
    rule === 'short'
      ? t('trust:messages:passwordShort', { min: MIN_PASSWORD_LENGTH })
      : rule === 'email'
        ? t('trust:messages:passwordHasEmail')
        : t('trust:messages:passwordCommon')
  throw new ValidationError({ collection: 'users', errors: [{ path: 'password', message }] })
}

/** A new team member, or a changed password: checked after access, with the account's email. */
export const enforcePasswordPolicy: CollectionBeforeValidateHook<User> = ({
  data,
  originalDoc,
  req,
}) => {
  const sent = data as (Partial<User> & { password?: unknown }) | undefined
  refuseWeakPassword(req, sent?.password, sent?.email ?? originalDoc?.email)
  return data
}

/**
 * Resetting a password from the emailed link: Payload runs that operation without the
 * collection's validation hooks, so the rule is checked on the operation itself.
 */
export const enforcePasswordPolicyOnReset: CollectionBeforeOperationHook = ({
  args,
  operation,
  req,
}) => {
  if (operation === 'resetPassword')
    refuseWeakPassword(req, (args.data as { password?: unknown } | undefined)?.password, null)
  return args
}
