// Email domains in lists staff type (document access settings, customer accounts). A domain in a
// list covers its subdomains too: "customer.com" matches "eu.customer.com".
import freeMailProviders from 'email-providers/common.json' with { type: 'json' }
import { ENGLISH, type AdminT } from '@/i18n/adminWords'

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/

/** The domains of a list typed one per line (commas, semicolons and a leading @ forgiven). */
export const parseDomains = (list: string | readonly string[] | null | undefined): string[] =>
  (typeof list === 'string' ? list.split(/[\s,;]+/) : [...(list ?? [])])
    .map((entry) => entry.trim().toLowerCase().replace(/^@/, ''))
    .filter(Boolean)

/** Why the list is refused, in words (in the admin language of `t`), or null when every entry is a domain. */
export function domainListProblem(
  list: string | readonly string[] | null | undefined,
  t: AdminT = ENGLISH.t,
) {
  const wrong = parseDomains(list).filter((domain) => !DOMAIN.test(domain))
  if (wrong.length === 0) return null
  return t('trust:messages:notDomains', {
    count: wrong.length,
    domains: wrong.map((domain) => t('trust:messages:quoted', { text: domain })).join(', '),
  })
}

export const domainOf = (email: string) => email.slice(email.lastIndexOf('@') + 1).toLowerCase()

/** Whether `domain` is one of `domains` or a subdomain of one. */
export function domainCovered(domains: Iterable<string>, domain: string) {
  for (const listed of domains) if (domain === listed || domain.endsWith(`.${listed}`)) return true
  return false
}

const freeMail = new Set<string>(freeMailProviders as string[])

/** A free email provider (gmail.com, outlook.com, …): an address there says nothing of an employer. */
export const isFreeMailDomain = (domain: string) => freeMail.has(domain)
