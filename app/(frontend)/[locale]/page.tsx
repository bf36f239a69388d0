import type { Metadata } from 'next'
import { changeTitle } from '@/components/ChangeDetails'
import { pageWords } from '@/i18n/portalWords'
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

/** "A, B and C", or "A, B, C and 2 more" past `max`, in the page's language. */
function namesOf(names: string[], max = 3): string {
  const { home } = pageWords()
  const shown = names.length > max ? [...names.slice(0, max), home.more(names.length - max)] : names
  return shown.length < 2
    ? shown.join('')
    : `${shown.slice(0, -1).join(', ')} ${home.and} ${shown.at(-1)}`
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
  const words = pageWords()
  const { home } = words

  return (
    <>
      <h1>{settings.portalTitle}</h1>
      {settings.introduction && <p className="lead">{settings.introduction}</p>}

      <h2>{home.inThisTrustCenter}</h2>
      <ul className="hub">
        {(topics.length > 0 || faq.length > 0) && (
          <SectionCard
            id="security"
            title={words.security}
            href={topics.length ? '/security' : '/faq'}
          >
            {topics.length > 0 && (
              <p>
                {home.howWeProtect} {namesOf(topics.map(({ title }) => title))}.
              </p>
            )}
            {faq.length > 0 && (
              <p>
                <Link href="/faq">{home.questionsAnswered(faq.length)}</Link> {home.forReviewers}
              </p>
            )}
          </SectionCard>
        )}
        {certifications.length > 0 && (
          <SectionCard id="compliance" title={words.compliance} href="/compliance">
            {achieved.length > 0 ? (
              <p className="hub-highlight">{namesOf(achieved.map(({ name }) => name))}</p>
            ) : (
              <p>{home.workingTowards}</p>
            )}
            <p>{home.achieved(achieved.length, underway.length)}</p>
          </SectionCard>
        )}
        {documents.length > 0 && (
          <SectionCard id="documents" title={words.documents} href="/documents">
            <p>{home.documents(documents.length, publicDocuments.length)}</p>
          </SectionCard>
        )}
        <SectionCard
          id="subprocessors"
          title={settings.subprocessorListTitle}
          href="/subprocessors"
        >
          <p>
            {home.subprocessors(subprocessors.length)}
            {listUpdated && (
              <>
                {' '}
                {words.lastUpdated} <FormattedDate iso={listUpdated} />.
              </>
            )}
          </p>
        </SectionCard>
        <SectionCard id="changes" title={home.changesTitle} href="/changes">
          {latest ? (
            <p>
              {home.latest} <Link href={`/changes/${latest.slug}`}>{changeTitle(latest)}</Link>,{' '}
              {home.announced} <FormattedDate iso={latest.announcedAt} />
              {upcoming.length > 0 && home.upcoming(upcoming.length)}.
            </p>
          ) : (
            <p>{home.everyChange}</p>
          )}
          <p>
            <Link href="/subscribe">{home.emailEach}</Link>.
          </p>
        </SectionCard>
      </ul>

      {settings.contactEmail && (
        <>
          <h2>{home.contact}</h2>
          <p>
            {home.contactText}{' '}
            <a href={`mailto:${settings.contactEmail}`}>{settings.contactEmail}</a>.
          </p>
        </>
      )}
    </>
  )
}
