import type { Metadata } from 'next'
import { getTrustCenter, listPublishedPolicies } from '@/data/payload'

export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getTrustCenter()
  return { title: settings.portalTitle, description: settings.introduction ?? undefined }
}

// A placeholder home page until the visitor's portal lands: everything on it comes from the CMS.
export default async function HomePage() {
  const [settings, policies] = await Promise.all([getTrustCenter(), listPublishedPolicies()])
  return (
    <main>
      <h1>{settings.portalTitle}</h1>
      {settings.introduction && <p>{settings.introduction}</p>}
      <ul>
        {policies.map((policy) => (
          <li key={policy.slug}>{policy.title}</li>
        ))}
      </ul>
      <p>
        <a href={`mailto:${settings.contactEmail}`}>{settings.contactEmail}</a>
      </p>
    </main>
  )
}
