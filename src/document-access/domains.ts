// Email domains approved in advance or refused (Document access settings).
import type { TextareaFieldValidation } from 'payload'
import {
  domainCovered,
  domainListProblem,
  domainOf,
  isFreeMailDomain,
  parseDomains,
} from '@/utilities/emailDomains'
import { adminLanguage } from '@/i18n/adminWords'

export const validateDomainList: TextareaFieldValidation = (value, { req }) =>
  domainListProblem(value, adminLanguage(req.i18n).t) ?? true

export type DomainRules = {
  autoApproveDomains?: string | null
  refusedDomains?: string | null
  refuseFreeMail?: boolean | null
}

/** What the settings say about an address: approve at once, refuse, or the usual path. */
export function domainVerdict(email: string, rules: DomainRules): 'approve' | 'refuse' | null {
  const domain = domainOf(email)
  if (domainCovered(parseDomains(rules.autoApproveDomains), domain)) return 'approve'
  if (domainCovered(parseDomains(rules.refusedDomains), domain)) return 'refuse'
  if (rules.refuseFreeMail && isFreeMailDomain(domain)) return 'refuse'
  return null
}
