import type { Metadata } from 'next'
import { pageWords } from '@/i18n/portalWords'
import { localeFromParams } from '@/i18n/request'
import Link from '@/components/LocaleLink'
import { DocumentAccessAction } from '@/components/DocumentAccessAction'
import { DocumentFacts } from '@/components/DocumentFacts'
import { DocumentText } from '@/components/DocumentText'
import { PageNotFound } from '@/components/PageNotFound'
import { listCertifications } from '@/data/certifications'
import { getDocumentBySlug, listDocuments } from '@/data/documents'
import { buildSeesEmptyDatabase } from '@/data/publicQuery'
import { getSiteSettings } from '@/data/trustCenter'
import { pageMetadata } from '@/site/metadata'

type Props = { params: Promise<{ locale: string; slug: string }> }

// Published documents are prerendered; ones published later are rendered on first visit, then cached.
export async function generateStaticParams() {
  if (await buildSeesEmptyDatabase()) return []
  const documents = await listDocuments()
  return documents.map(({ slug }) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await localeFromParams(params)
  const { slug } = await params
  const [settings, document] = await Promise.all([getSiteSettings(), getDocumentBySlug(slug)])
  const words = pageWords()
  if (!document) return { title: words.notFound.title }
  return pageMetadata({
    settings,
    title: document.title,
    description:
      document.description ??
      `${words.documentKinds[document.kind]}. ${words.accessLevels[document.accessLevel]}.`,
    path: `/documents/${document.slug}`,
    type: 'article',
  })
}

export default async function DocumentPage({ params }: Props) {
  await localeFromParams(params)
  const { slug } = await params
  const [settings, document, certifications] = await Promise.all([
    getSiteSettings(),
    getDocumentBySlug(slug),
    listCertifications(),
  ])
  if (!document) return <PageNotFound listTitle={settings.subprocessorListTitle} />
  const proves = certifications.filter((certification) => certification.document?.slug === slug)
  const words = pageWords()
  return (
    <article>
      <p className="breadcrumb">
        <Link href="/documents">{words.documentsPage.title}</Link>
      </p>
      <h1>
        <DocumentText document={document} field="title" />
      </h1>
      {document.description && (
        <p className="lead">
          <DocumentText document={document} field="description" />
        </p>
      )}
      <DocumentFacts document={document} />
      {proves.length > 0 && (
        <p>
          {words.documentsPage.evidenceFor}{' '}
          {proves.map((certification, index) => (
            <span key={certification.anchor}>
              {index > 0 && ', '}
              <Link href={`/compliance#${certification.anchor}`}>{certification.name}</Link>
            </span>
          ))}
          .
        </p>
      )}
      <p className="document-action">
        <DocumentAccessAction document={document} />
      </p>
    </article>
  )
}
