// Customer accounts and change notices: which accounts a change concerns (its audience, from the
// subprocessor's scopes in the versions the change names), who their notice contacts are, and the
// subscriber records those contacts are emailed under (claims, deliveries and signed objection
// links all name a subscriber).
import { randomBytes } from 'node:crypto'
import type {
  ArrayFieldValidation,
  Payload,
  PayloadRequest,
  TextFieldManyValidation,
} from 'payload'
import { idOf } from '@/db/documents'
import type { Change, CustomerAccount } from '@/payload-types'
import {
  domainCovered,
  domainListProblem,
  domainOf,
  isFreeMailDomain,
  parseDomains,
} from '@/utilities/emailDomains'
import { adminLanguage } from '@/i18n/adminWords'

const quiet = { overrideAccess: true, depth: 0, context: { disableRevalidate: true } } as const

/** The customers a change concerns: every account, or those using one of `scopes` (ids). */
export type Audience = { allCustomers: true } | { allCustomers: false; scopes: string[] }

type Contact = NonNullable<CustomerAccount['noticeContacts']>[number]

export const contactEmail = (contact: Pick<Contact, 'email'>) =>
  String(contact.email).trim().toLowerCase()

export const validateContacts: ArrayFieldValidation = (value, { req }) => {
  const rows = (Array.isArray(value) ? value : []) as Contact[]
  const seen = new Set<string>()
  for (const [index, row] of rows.entries()) {
    if (!row?.email) continue
    const email = contactEmail(row)
    if (seen.has(email))
      return adminLanguage(req.i18n).t('trust:messages:contactTwice', {
        email,
        number: index + 1,
      })
    seen.add(email)
  }
  return true
}

export const validateAccountDomains: TextFieldManyValidation = (value, { req }) => {
  const { t } = adminLanguage(req.i18n)
  const domains = parseDomains(value as string[] | null)
  const problem = domainListProblem(domains, t)
  if (problem) return problem
  const free = domains.filter(isFreeMailDomain)
  if (free.length)
    return t('trust:messages:freeMail', { count: free.length, domains: free.join(', ') })
  return true
}

/**
 * The change's audience, from the `scopes` of the subprocessor versions it names (before, after,
 * and the replaced one): versions never change, so neither does the answer. A version that applies
 * to every customer (no scopes, or saved before scopes existed) makes the change concern everyone.
 */
export async function changeAudience(
  payload: Payload,
  change: Pick<Change, 'versionRefs'>,
  req?: PayloadRequest,
): Promise<Audience> {
  const refs = [change.versionRefs?.before, change.versionRefs?.after, change.versionRefs?.replaced]
  const scopes = new Set<string>()
  let versions = 0
  for (const id of refs) {
    if (!id) continue
    const version = await payload.findVersionByID({
      collection: 'subprocessors',
      id,
      depth: 0,
      disableErrors: true,
      overrideAccess: true,
      req,
    })
    const own = (version?.version as { scopes?: unknown[] } | undefined)?.scopes
    if (!Array.isArray(own) || own.length === 0) return { allCustomers: true }
    for (const scope of own) if (idOf(scope)) scopes.add(idOf(scope)!)
    versions++
  }
  return versions ? { allCustomers: false, scopes: [...scopes] } : { allCustomers: true }
}

/** The active accounts a change with this audience concerns. */
export async function affectedAccounts(payload: Payload, audience: Audience, req?: PayloadRequest) {
  const { docs } = await payload.find({
    collection: 'customer-accounts',
    where: {
      and: [
        { status: { equals: 'active' } },
        ...(audience.allCustomers ? [] : [{ scopes: { in: audience.scopes } }]),
      ],
    },
    pagination: false,
    sort: 'organisation',
    showHiddenFields: true,
    ...quiet,
    req,
  })
  return docs
}

const nonce = () => randomBytes(12).toString('base64url')

/**
 * A subscriber record for each contact email, made when missing: a contact who never subscribed
 * is stored with status `contact` (no public subscription; only their accounts' notices), and has
 * the one-time value its signed objection links need. Returns the records by email.
 */
export async function contactSubscribers(payload: Payload, emails: string[], req?: PayloadRequest) {
  const wanted = [...new Set(emails.map((email) => email.toLowerCase()))]
  const found = new Map<string, { id: string; email: string; linkNonce?: string | null }>()
  if (!wanted.length) return found
  const { docs } = await payload.find({
    collection: 'subscribers',
    where: { email: { in: wanted } },
    pagination: false,
    showHiddenFields: true,
    ...quiet,
    req,
  })
  for (const doc of docs) {
    let linkNonce = doc.linkNonce
    if (!linkNonce) {
      // pending or unsubscribed: a contact still needs working objection links
      linkNonce = nonce()
      await payload.update({
        collection: 'subscribers',
        id: doc.id,
        data: { linkNonce },
        ...quiet,
        req,
      })
    }
    found.set(doc.email, { id: String(doc.id), email: doc.email, linkNonce })
  }
  for (const email of wanted.filter((email) => !found.has(email))) {
    try {
      const doc = await payload.create({
        collection: 'subscribers',
        data: { email, status: 'contact', linkNonce: nonce() },
        ...quiet,
        req,
      })
      found.set(email, { id: String(doc.id), email, linkNonce: doc.linkNonce })
    } catch (error) {
      // made meanwhile by another process (the email is unique): use that one
      const { docs: again } = await payload.find({
        collection: 'subscribers',
        where: { email: { equals: email } },
        limit: 1,
        showHiddenFields: true,
        ...quiet,
        req,
      })
      if (!again[0]) throw error
      found.set(email, { id: String(again[0].id), email, linkNonce: again[0].linkNonce })
    }
  }
  return found
}

/** The accounts that list the address as a notice contact. */
export async function accountsWithContact(payload: Payload, email: string, req?: PayloadRequest) {
  const { docs } = await payload.find({
    collection: 'customer-accounts',
    where: { contactEmails: { equals: email.toLowerCase() } },
    pagination: false,
    ...quiet,
    req,
  })
  return docs
}

/**
 * The accounts an address speaks for: those listing it as a notice contact, or else those whose
 * email domains cover it (a colleague who subscribed on the website). An objection is counted for
 * these accounts.
 */
export async function accountsOfEmail(payload: Payload, email: string, req?: PayloadRequest) {
  const contactOf = await accountsWithContact(payload, email, req)
  if (contactOf.length) return { accounts: contactOf, by: 'contact' as const }
  const domain = domainOf(email)
  const { docs: byDomain } = await payload.find({
    collection: 'customer-accounts',
    where: { emailDomains: { exists: true } },
    pagination: false,
    ...quiet,
    req,
  })
  return {
    accounts: byDomain.filter((account) =>
      domainCovered(parseDomains(account.emailDomains ?? []), domain),
    ),
    by: 'domain' as const,
  }
}

/** Confirmed subscribers from the account's domains who are not yet among its notice contacts. */
export async function suggestedContacts(payload: Payload, account: Partial<CustomerAccount>) {
  const domains = parseDomains(account.emailDomains ?? [])
  if (!domains.length) return []
  const listed = new Set((account.noticeContacts ?? []).map(contactEmail))
  const { docs } = await payload.find({
    collection: 'subscribers',
    where: {
      and: [
        { status: { equals: 'confirmed' } },
        // narrowed in the database, then matched exactly (a subdomain counts, a look-alike not)
        {
          or: domains.flatMap((domain) =>
            [`@${domain}`, `.${domain}`].map((end) => ({ email: { contains: end } })),
          ),
        },
      ],
    },
    pagination: false,
    sort: 'email',
    ...quiet,
  })
  return docs.filter(
    (subscriber) =>
      domainCovered(domains, domainOf(subscriber.email)) && !listed.has(subscriber.email),
  )
}
