import type { Metadata } from 'next'
import { pageWords } from '@/i18n/portalWords'
import { localeFromParams, type LocaleProps } from '@/i18n/request'
import Link from '@/components/LocaleLink'
import { CertificationCard } from '@/components/CertificationCard'
import { emptySectionRobots, NothingPublished } from '@/components/NothingPublished'
import { listCertifications } from '@/data/certifications'
import { listDocuments } from '@/data/documents'
import { getSiteSettings } from '@/data/trustCenter'
import { pageMetadata } from '@/site/metadata'

export async function generateMetadata({ params }: LocaleProps): Promise<Metadata> {
  await localeFromParams(params)
  const [settings, certifications] = await Promise.all([getSiteSettings(), listCertifications()])
  const achieved = certifications.filter(({ status }) => status === 'achieved')
  return {
    ...pageMetadata({
      settings,
      title: pageWords().compliance,
      description: achieved.length
        ? `Certifications and attestations${settings.companyName ? ` of ${settings.companyName}` : ''}: ${achieved.map(({ name }) => name).join(', ')}, with their status and period of validity.`
        : 'Certifications and frameworks we work towards, with their status and period of validity.',
      path: '/compliance',
    }),
    ...(certifications.length === 0 && { robots: emptySectionRobots }),
  }
}

/** Static: regenerated when a certification, its badge or its document changes. */
export default async function CompliancePage() {
  const [certifications, documents] = await Promise.all([listCertifications(), listDocuments()])
  const words = pageWords()
  const page = words.compliancePage
  if (certifications.length === 0)
    return <NothingPublished title={words.compliance} what={page.nothing} />
  return (
    <>
      <h1>{words.compliance}</h1>
      <p className="lead">
        {page.lead}
        {documents.length > 0 && (
          <>
            {' '}
            {page.reportsIn} <Link href="/documents">{page.library}</Link>.
          </>
        )}
      </p>
      <ul className="certification-list">
        {certifications.map((certification) => (
          <li key={certification.anchor}>
            <CertificationCard certification={certification} />
          </li>
        ))}
      </ul>
    </>
  )
}
