import { cache } from 'react'
import { requestLocale } from '@/i18n/request'
import { portalWords } from '@/i18n/portalWords'
import { listCertifications } from './certifications'
import { listDocuments } from './documents'
import { listPublicFaq } from './faq'
import { listPolicies } from './policies'
import { listSecurityTopics } from './security'

/** A link in a navigation; `match` are the other paths (and everything below them) it stands for. */
export type NavItem = { href: string; label: string; match?: string[] }

/**
 * The top-level sections, at most six, each shown only when it has something published: a new
 * installation shows the overview, the subprocessors and the changes. Security covers the
 * overview by topic and the FAQ; it opens on whichever exists.
 */
export const listMainSections = cache(async (): Promise<NavItem[]> => {
  const [topics, faq, certifications, documents] = await Promise.all([
    listSecurityTopics(),
    listPublicFaq(),
    listCertifications(),
    listDocuments(),
  ])
  const words = portalWords(requestLocale())
  const items: Array<NavItem | false> = [
    { href: '/', label: words.overview },
    (topics.length > 0 || faq.length > 0) && {
      href: topics.length > 0 ? '/security' : '/faq',
      label: words.security,
      match: ['/security', '/faq', '/faq-search'],
    },
    certifications.length > 0 && { href: '/compliance', label: words.compliance },
    documents.length > 0 && { href: '/documents', label: words.documents, match: ['/documents'] },
    {
      href: '/subprocessors',
      label: words.subprocessors,
      match: ['/subprocessors', '/subprocessors-filtered', '/policies', '/subscribe'],
    },
    { href: '/changes', label: words.changes, match: ['/changes'] },
  ]
  return items.filter((item): item is NavItem => Boolean(item))
})

/** The Security section's own pages, when it has both (otherwise it needs no side navigation). */
export const listSecuritySection = cache(async (): Promise<NavItem[]> => {
  const [topics, faq] = await Promise.all([listSecurityTopics(), listPublicFaq()])
  if (topics.length === 0 || faq.length === 0) return []
  return [
    { href: '/security', label: portalWords(requestLocale()).securityOverview },
    {
      href: '/faq',
      label: portalWords(requestLocale()).questionsAndAnswers,
      match: ['/faq-search'],
    },
  ]
})

/**
 * The Subprocessors section: the list, the policies that govern it (they are about how
 * subprocessors are chosen and changed), and the change notices by email.
 */
export const listSubprocessorSection = cache(async (listTitle: string): Promise<NavItem[]> => {
  const policies = await listPolicies()
  return [
    {
      href: '/subprocessors',
      label: listTitle,
      match: ['/subprocessors-filtered', '/subprocessors'],
    },
    ...policies.map((policy) => ({ href: `/policies/${policy.slug}`, label: policy.title })),
    { href: '/subscribe', label: portalWords(requestLocale()).getNotified, match: ['/subscribe'] },
  ]
})
