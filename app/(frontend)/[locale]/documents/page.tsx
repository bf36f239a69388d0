import type { Metadata } from 'next'
import { localeFromParams, type LocaleProps } from '@/i18n/request'
import Link from '@/components/LocaleLink'
import { DocumentAccessAction } from '@/components/DocumentAccessAction'
import { DocumentFacts } from '@/components/DocumentFacts'
import { emptySectionRobots, NothingPublished } from '@/components/NothingPublished'
import { listDocuments } from '@/data/documents'
import { getSiteSettings } from '@/data/trustCenter'
import { pageMetadata } from '@/site/metadata'
import { isGated } from '@/trust/documents'

const TITLE = 'Documents'

export async function generateMetadata({ params }: LocaleProps): Promise<Metadata> {
  await localeFromParams(params)
  const [settings, documents] = await Promise.all([getSiteSettings(), listDocuments()])
  return {
    ...pageMetadata({
      settings,
      title: TITLE,
      description: `Security and compliance documents${settings.companyName ? ` of ${settings.companyName}` : ''}: reports, certificates and policies, public or on request under NDA.`,
      path: '/documents',
    }),
    ...(documents.length === 0 && { robots: emptySectionRobots }),
  }
}

/** Static: regenerated when a document or its current file changes (the `documents` tag). */
export default async function DocumentsPage() {
  const documents = await listDocuments()
  if (documents.length === 0) return <NothingPublished title={TITLE} what="Documents" />
  const gated = documents.some((document) => isGated(document.accessLevel))
  return (
    <>
      <h1>{TITLE}</h1>
      <p className="lead">
        Reports, certificates and policies for your security review.
        {gated &&
          ' Public documents download at once; confidential ones are released after you accept our non-disclosure agreement, and some after we approve the request.'}
      </p>
      {gated && (
        <p className="meta">
          Already have access? <Link href="/access">Sign in to download</Link>.
        </p>
      )}
      <ul className="document-list">
        {documents.map((document) => (
          <li key={document.slug}>
            <article className="card" aria-labelledby={`${document.slug}-title`}>
              <h2 id={`${document.slug}-title`}>
                <Link href={`/documents/${document.slug}`}>{document.title}</Link>
              </h2>
              {document.description && <p>{document.description}</p>}
              <DocumentFacts document={document} />
              <p className="document-action">
                <DocumentAccessAction document={document} />
              </p>
            </article>
          </li>
        ))}
      </ul>
    </>
  )
}
