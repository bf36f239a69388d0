import type { Metadata } from 'next'
import Link from 'next/link'
import { FormattedDate } from '@/components/FormattedDate'
import { listPolicies } from '@/data/policies'
import { listCategories, listSubprocessors } from '@/data/subprocessors'
import { getSiteSettings } from '@/data/trustCenter'
import { newestDate } from '@/utilities/dates'
import { pageMetadata } from '@/site/metadata'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings()
  return {
    ...pageMetadata({ settings, title: settings.portalTitle, path: '/' }),
    title: { absolute: settings.portalTitle },
  }
}

export default async function HomePage() {
  const [settings, policies, subprocessors, categories] = await Promise.all([
    getSiteSettings(),
    listPolicies(),
    listSubprocessors(),
    listCategories(),
  ])
  const listUpdated = newestDate([...subprocessors, ...categories].map((doc) => doc.updatedAt))
  const count = subprocessors.length
  return (
    <>
      <h1>{settings.portalTitle}</h1>
      {settings.introduction && <p className="lead">{settings.introduction}</p>}

      <h2>In this trust center</h2>
      <ul className="section-list">
        <li>
          <Link href="/subprocessors">{settings.subprocessorListTitle}</Link>
          <p>
            {count === 1 ? '1 subprocessor' : `${count} subprocessors`}: who they are, what they
            process and where.
            {listUpdated && (
              <>
                {' '}
                Last updated <FormattedDate iso={listUpdated} />.
              </>
            )}
          </p>
        </li>
        <li>
          <Link href="/changes">Subprocessor changes</Link>
          <p>
            Every change we announce to the list, before it takes effect.{' '}
            <Link href="/subscribe">Get an email about each one</Link>.
          </p>
        </li>
        {policies.map((policy) => (
          <li key={policy.id}>
            <Link href={`/policies/${policy.slug}`}>{policy.title}</Link>
            {policy.summary && <p>{policy.summary}</p>}
          </li>
        ))}
      </ul>

      {settings.contactEmail && (
        <>
          <h2>Contact</h2>
          <p>
            Questions about subprocessors or how your data is handled? Write to{' '}
            <a href={`mailto:${settings.contactEmail}`}>{settings.contactEmail}</a>.
          </p>
        </>
      )}
    </>
  )
}
