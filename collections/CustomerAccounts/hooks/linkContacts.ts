import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'
import { contactEmail, contactSubscribers } from '@/notices/accounts'
import { parseDomains } from '@/utilities/emailDomains'
import type { CustomerAccount } from '@/payload-types'

/** Addresses and domains lower-cased, and the contacts' addresses kept in one searchable list. */
export const normaliseAccount: CollectionBeforeChangeHook<CustomerAccount> = ({ data }) => {
  const contacts = (data.noticeContacts ?? []).map((contact) => ({
    ...contact,
    email: contactEmail(contact),
  }))
  return {
    ...data,
    noticeContacts: contacts,
    contactEmails: contacts.map((contact) => contact.email),
    emailDomains: parseDomains(data.emailDomains ?? []),
  }
}

/** Each contact gets the subscriber record notices and objection links are made for. */
export const linkContacts: CollectionAfterChangeHook<CustomerAccount> = async ({ doc, req }) => {
  await contactSubscribers(req.payload, (doc.noticeContacts ?? []).map(contactEmail), req)
  return doc
}
