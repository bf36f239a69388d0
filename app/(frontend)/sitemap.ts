import type { MetadataRoute } from 'next'
import { listCertifications } from '@/data/certifications'
import { listChanges } from '@/data/changes'
import { listDocuments } from '@/data/documents'
import { listPublicFaq } from '@/data/faq'
import { listPublishedPolicies } from '@/data/policies'
import { listSecurityTopics } from '@/data/security'
import { listCategories, listPublishedSubprocessors } from '@/data/subprocessors'
import { newestDate } from '@/utilities/dates'
import { absoluteUrl } from '@/site/url'
import { DEFAULT_LOCALE } from '@/i18n/locales'
import { alternatePaths } from '@/i18n/paths'

const asDate = (iso: string | null) => (iso ? new Date(iso) : undefined)

const updatedOf = (entries: Array<{ updatedAt: string }>) =>
  asDate(newestDate(entries.map((entry) => entry.updatedAt)))

/**
 * Every public page: published content only, whatever the visitor's preview state. A section
 * with nothing published is left out (its page asks not to be indexed).
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return (await sourcePages()).map((entry) => {
    const path = new URL(entry.url).pathname
    return {
      ...entry,
      // every page in every language (the source language's address is the entry's own)
      alternates: {
        languages: Object.fromEntries(
          alternatePaths(path).map(({ tag, path }) => [tag, absoluteUrl(path)]),
        ),
      },
    }
  })
}

/** The pages, at their source-language addresses, dated by their source-language content. */
async function sourcePages(): Promise<MetadataRoute.Sitemap> {
  const [policies, subprocessors, categories, changes, topics, faq, certifications, documents] =
    await Promise.all([
      listPublishedPolicies(DEFAULT_LOCALE),
      listPublishedSubprocessors(DEFAULT_LOCALE),
      listCategories(),
      listChanges(),
      listSecurityTopics(),
      listPublicFaq(),
      listCertifications(),
      listDocuments(),
    ])
  const listUpdated = newestDate([...subprocessors, ...categories].map((doc) => doc.updatedAt))
  const sections = [topics, faq, certifications, documents].flat()
  const homeUpdated = newestDate([
    listUpdated,
    ...[...policies, ...sections].map((entry) => entry.updatedAt),
  ])
  const section = (path: string, entries: Array<{ updatedAt: string }>) =>
    entries.length ? [{ url: absoluteUrl(path), lastModified: updatedOf(entries) }] : []
  return [
    { url: absoluteUrl('/'), lastModified: asDate(homeUpdated) },
    ...section('/security', topics),
    ...section('/faq', faq),
    ...section('/compliance', certifications),
    ...section('/documents', documents),
    ...documents.map((document) => ({
      url: absoluteUrl(`/documents/${document.slug}`),
      lastModified: asDate(document.updatedAt),
    })),
    { url: absoluteUrl('/subprocessors'), lastModified: asDate(listUpdated) },
    { url: absoluteUrl('/subprocessors/table'), lastModified: asDate(listUpdated) },
    ...subprocessors.map((subprocessor) => ({
      url: absoluteUrl(`/subprocessors/${subprocessor.slug}`),
      lastModified: asDate(subprocessor.updatedAt),
    })),
    ...policies.map((policy) => ({
      url: absoluteUrl(`/policies/${policy.slug}`),
      lastModified: asDate(policy.updatedAt),
    })),
    {
      url: absoluteUrl('/changes'),
      lastModified: asDate(newestDate(changes.map((change) => change.announcedAt))),
    },
    ...changes.map((change) => ({
      url: absoluteUrl(`/changes/${change.slug}`),
      lastModified: asDate(change.announcedAt),
    })),
    { url: absoluteUrl('/subscribe') },
    { url: absoluteUrl('/security-policy') },
  ]
}
