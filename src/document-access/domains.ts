// Email domains approved in advance or refused (Document access settings). A domain in a list
// covers its subdomains too: "customer.com" matches "eu.customer.com".
import freeMailProviders from 'email-providers/common.json' with { type: 'json' }
import type { TextareaFieldValidation } from 'payload'

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/

export const parseDomains = (list: string | null | undefined): string[] =>
  (list ?? '')
    .split(/[\s,;]+/)
    .map((entry) => entry.trim().toLowerCase().replace(/^@/, ''))
    .filter(Boolean)

export const validateDomainList: TextareaFieldValidation = (value) => {
  const wrong = parseDomains(value).filter((domain) => !DOMAIN.test(domain))
  if (wrong.length === 0) return true
  return `${wrong.map((domain) => `"${domain}"`).join(', ')} ${wrong.length === 1 ? 'is not a domain' : 'are not domains'}. Write one domain per line, such as customer.com (no https://, no @).`
}

const covers = (domains: Iterable<string>, domain: string) => {
  for (const listed of domains) if (domain === listed || domain.endsWith(`.${listed}`)) return true
  return false
}

const freeMail = new Set<string>(freeMailProviders as string[])

export type DomainRules = {
  autoApproveDomains?: string | null
  refusedDomains?: string | null
  refuseFreeMail?: boolean | null
}

/** What the settings say about an address: approve at once, refuse, or the usual path. */
export function domainVerdict(email: string, rules: DomainRules): 'approve' | 'refuse' | null {
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase()
  if (covers(parseDomains(rules.autoApproveDomains), domain)) return 'approve'
  if (covers(parseDomains(rules.refusedDomains), domain)) return 'refuse'
  if (rules.refuseFreeMail && freeMail.has(domain)) return 'refuse'
  return null
}
