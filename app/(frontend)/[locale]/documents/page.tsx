import type { Metadata } from 'next'
import { pageWords } from '@/i18n/portalWords'
import { localeFromParams, type LocaleProps } from '@/i18n/request'
import Link from '@/components/LocaleLink'
import { DocumentAccessAction } from '@/components/DocumentAccessAction'
import { DocumentFacts } from '@/components/DocumentFacts'
import { emptySectionRobots, NothingPublished } from '@/components/NothingPublished'
import { DocumentText } from '@/components/DocumentText'
import { listDocuments } from '@/data/documents'
import { getSiteSettings } from '@/data/trustCenter'
import { pageMetadata } from '@/site/metadata'
import { isGated } from '@/trust/documents'

export async function generateMetadata({ params }: LocaleProps): Promise<Metadata> {
  await localeFromParams(params)
  const [settings, documents] = await Promise.all([getSiteSettings(), listDocuments()])
  const words = pageWords().documentsPage
  return {
    ...pageMetadata({
      settings,
      title: words.title,
      description: words.description(settings.companyName),
      path: '/documents',
    }),
    ...(documents.length === 0 && { robots: emptySectionRobots }),
  }
}

/** Static: regenerated when a document or its current file changes (the `documents` tag). */
export default async function DocumentsPage({ params }: LocaleProps) {
  await localeFromParams(params)
  const documents = await listDocuments()
  const words = pageWords().documentsPage
  if (documents.length === 0) return <NothingPublished title={words.title} what={words.title} />
  const gated = documents.some((document) => isGated(document.accessLevel))
  return (
    <>
      <h1>{words.title}</h1>
      <p className="lead">
        {words.lead}
        {gated && ` ${words.gatedLead}`}
      </p>
      {gated && (
        <p className="meta">
          {words.haveAccess} <Link href="/access">{words.signInToDownload}</Link>.
        </p>
      )}
      <ul className="document-list">
        {documents.map((document) => (
          <li key={document.slug}>
            <article className="card" aria-labelledby={`${document.slug}-title`}>
              <h2 id={`${document.slug}-title`}>
                <Link href={`/documents/${document.slug}`}>
                  <DocumentText document={document} field="title" />
                </Link>
              </h2>
              {document.description && (
                <p>
                  <DocumentText document={document} field="description" />
                </p>
              )}
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
