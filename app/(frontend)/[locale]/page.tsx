import type { Metadata } from 'next'
import { localeFromParams, type LocaleProps } from '@/i18n/request'
import Link from '@/components/LocaleLink'
import type { ReactNode } from 'react'
import { FormattedDate } from '@/components/FormattedDate'
import { listCertifications } from '@/data/certifications'
import { listChanges } from '@/data/changes'
import { listDocuments } from '@/data/documents'
import { listPublicFaq } from '@/data/faq'
import { listSecurityTopics } from '@/data/security'
import { listCategories, listSubprocessors } from '@/data/subprocessors'
import { getSiteSettings } from '@/data/trustCenter'
import { isGated } from '@/trust/documents'
import { newestDate } from '@/utilities/dates'
import { pageMetadata } from '@/site/metadata'

export async function generateMetadata({ params }: LocaleProps): Promise<Metadata> {
  await localeFromParams(params)
  const settings = await getSiteSettings()
  return {
    ...pageMetadata({ settings, title: settings.portalTitle, path: '/' }),
    title: { absolute: settings.portalTitle },
  }
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** "A, B and C", or "A, B, C and 2 more" past `max`. */
function namesOf(names: string[], max = 3): string {
  const shown = names.length > max ? [...names.slice(0, max), `${names.length - max} more`] : names
  return shown.length < 2 ? shown.join('') : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`
}

function SectionCard({
  id,
  title,
  href,
  children,
}: {
  id: string
  title: string
  href: string
  children: ReactNode
}) {
  return (
    <li className="hub-card">
      <h3 id={`${id}-card`}>
        <Link href={href}>{title}</Link>
      </h3>
      {children}
    </li>
  )
}

/** The hub: every section that has content, with what is in it, most sought first. */
export default async function HomePage() {
  const [settings, subprocessors, categories, topics, faq, certifications, documents, changes] =
    await Promise.all([
      getSiteSettings(),
      listSubprocessors(),
      listCategories(),
      listSecurityTopics(),
      listPublicFaq(),
      listCertifications(),
      listDocuments(),
      listChanges(),
    ])
  const listUpdated = newestDate([...subprocessors, ...categories].map((doc) => doc.updatedAt))
  const achieved = certifications.filter(({ status }) => status === 'achieved')
  const underway = certifications.filter(({ status }) => status === 'in-progress')
  const publicDocuments = documents.filter(({ accessLevel }) => !isGated(accessLevel))
  const latest = changes[0]
  const upcoming = changes.filter(({ status }) => status === 'announced')

  return (
    <>
      <h1>{settings.portalTitle}</h1>
      {settings.introduction && <p className="lead">{settings.introduction}</p>}

      <h2>In this trust center</h2>
      <ul className="hub">
        {(topics.length > 0 || faq.length > 0) && (
          <SectionCard id="security" title="Security" href={topics.length ? '/security' : '/faq'}>
            {topics.length > 0 && (
              <p>How we protect your data: {namesOf(topics.map(({ title }) => title))}.</p>
            )}
            {faq.length > 0 && (
              <p>
                <Link href="/faq">{count(faq.length, 'question', 'questions')} answered</Link> for
                security reviewers.
              </p>
            )}
          </SectionCard>
        )}
        {certifications.length > 0 && (
          <SectionCard id="compliance" title="Compliance" href="/compliance">
            {achieved.length > 0 ? (
              <p className="hub-highlight">{namesOf(achieved.map(({ name }) => name))}</p>
            ) : (
              <p>Certifications and frameworks we work towards.</p>
            )}
            <p>
              {count(achieved.length, 'certification', 'certifications')} achieved
              {underway.length > 0 && `, ${underway.length} in progress`}.
            </p>
          </SectionCard>
        )}
        {documents.length > 0 && (
          <SectionCard id="documents" title="Documents" href="/documents">
            <p>
              {count(documents.length, 'document', 'documents')} for your security review
              {publicDocuments.length === documents.length
                ? ', all public.'
                : publicDocuments.length > 0
                  ? `: ${publicDocuments.length} public, the others on request under NDA.`
                  : ', on request under NDA.'}
            </p>
          </SectionCard>
        )}
        <SectionCard
          id="subprocessors"
          title={settings.subprocessorListTitle}
          href="/subprocessors"
        >
          <p>
            {count(subprocessors.length, 'subprocessor', 'subprocessors')}: who they are, what they
            process and where.
            {listUpdated && (
              <>
                {' '}
                Last updated <FormattedDate iso={listUpdated} />.
              </>
            )}
          </p>
        </SectionCard>
        <SectionCard id="changes" title="Subprocessor changes" href="/changes">
          {latest ? (
            <p>
              Latest: <Link href={`/changes/${latest.slug}`}>{latest.title}</Link>, announced{' '}
              <FormattedDate iso={latest.announcedAt} />
              {upcoming.length > 0 && ` (${count(upcoming.length, 'change', 'changes')} upcoming)`}.
            </p>
          ) : (
            <p>Every change we announce to the list, before it takes effect.</p>
          )}
          <p>
            <Link href="/subscribe">Get an email about each one</Link>.
          </p>
        </SectionCard>
      </ul>

      {settings.contactEmail && (
        <>
          <h2>Contact</h2>
          <p>
            Questions about security, subprocessors or how your data is handled? Write to{' '}
            <a href={`mailto:${settings.contactEmail}`}>{settings.contactEmail}</a>.
          </p>
        </>
      )}
    </>
  )
}
