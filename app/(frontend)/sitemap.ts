import type { MetadataRoute } from 'next'
import { listChanges } from '@/data/changes'
import { listPublishedPolicies } from '@/data/policies'
import { listCategories, listPublishedSubprocessors } from '@/data/subprocessors'
import { newestDate } from '@/utilities/dates'
import { absoluteUrl } from '@/site/url'

const asDate = (iso: string | null) => (iso ? new Date(iso) : undefined)

/** Every public page: published content only, whatever the visitor's preview state. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [policies, subprocessors, categories, changes] = await Promise.all([
    listPublishedPolicies(),
    listPublishedSubprocessors(),
    listCategories(),
    listChanges(),
  ])
  const listUpdated = newestDate([...subprocessors, ...categories].map((doc) => doc.updatedAt))
  const homeUpdated = newestDate([listUpdated, ...policies.map((policy) => policy.updatedAt)])
  return [
    { url: absoluteUrl('/'), lastModified: asDate(homeUpdated) },
    { url: absoluteUrl('/subprocessors'), lastModified: asDate(listUpdated) },
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
