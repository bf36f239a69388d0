import type { Metadata } from 'next'
import { localeFromParams } from '@/i18n/request'
import Link from '@/components/LocaleLink'
import { DocumentAccessAction } from '@/components/DocumentAccessAction'
import { DocumentFacts } from '@/components/DocumentFacts'
import { PageNotFound } from '@/components/PageNotFound'
import { listCertifications } from '@/data/certifications'
import { getDocumentBySlug, listDocuments } from '@/data/documents'
import { buildSeesEmptyDatabase } from '@/data/publicQuery'
import { getSiteSettings } from '@/data/trustCenter'
import { pageMetadata } from '@/site/metadata'
import { ACCESS_LEVEL_NAMES, documentKindLabel } from '@/trust/documents'

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
  if (!document) return { title: 'Page not found' }
  return pageMetadata({
    settings,
    title: document.title,
    description:
      document.description ??
      `${documentKindLabel(document.kind)}. ${ACCESS_LEVEL_NAMES[document.accessLevel]}.`,
    path: `/documents/${document.slug}`,
    type: 'article',
  })
}

export default async function DocumentPage({ params }: Props) {
  const { slug } = await params
  const [settings, document, certifications] = await Promise.all([
    getSiteSettings(),
    getDocumentBySlug(slug),
    listCertifications(),
  ])
  if (!document) return <PageNotFound listTitle={settings.subprocessorListTitle} />
  const proves = certifications.filter((certification) => certification.document?.slug === slug)
  return (
    <article>
      <p className="breadcrumb">
        <Link href="/documents">Documents</Link>
      </p>
      <h1>{document.title}</h1>
      {document.description && <p className="lead">{document.description}</p>}
      <DocumentFacts document={document} />
      {proves.length > 0 && (
        <p>
          Evidence for{' '}
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
