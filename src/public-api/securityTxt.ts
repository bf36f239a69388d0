// /.well-known/security.txt (RFC 9116), built from the trust center settings.
import { DAY_MS } from '@/utilities/dates'
import { absoluteUrl } from '@/site/url'

export type SecurityContact = {
  email: string | null
  policyUrl: string | null
  companyName: string | null
}

/**
 * The file is generated on request from live settings, so it never goes stale the way a file
 * edited by hand does; Expires still tells readers how long a saved copy may be trusted (RFC 9116
 * recommends less than a year). Counted from the start of the UTC day, so the body, and with it the
 * ETag, changes once a day.
 */
const EXPIRES_AFTER_DAYS = 90

export function securityTxtExpiry(now: Date): Date {
  const day = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())
  return new Date(day + EXPIRES_AFTER_DAYS * DAY_MS)
}

export function securityTxt(contact: SecurityContact & { email: string }, now: Date): string {
  const lines = [
    `# Security contact${contact.companyName ? ` of ${contact.companyName}` : ''}. Report vulnerabilities to the address below.`,
    `Contact: mailto:${contact.email}`,
    `Expires: ${securityTxtExpiry(now).toISOString().replace('.000Z', 'Z')}`,
    // the company's own policy, else this portal's (docs/security.md, served at /security-policy)
    `Policy: ${contact.policyUrl ?? absoluteUrl('/security-policy')}`,
    `Canonical: ${absoluteUrl('/.well-known/security.txt')}`,
    'Preferred-Languages: en',
  ]
  return `${lines.join('\n')}\n`
}
