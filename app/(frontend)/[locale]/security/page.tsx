import type { Metadata } from 'next'
import { localeFromParams, type LocaleProps } from '@/i18n/request'
import Link from '@/components/LocaleLink'
import { emptySectionRobots, NothingPublished } from '@/components/NothingPublished'
import { SectionLayout } from '@/components/SectionLayout'
import { listPublicFaq } from '@/data/faq'
import { listSecuritySection } from '@/data/sections'
import { listSecurityTopics } from '@/data/security'
import { getSiteSettings } from '@/data/trustCenter'
import { pageMetadata } from '@/site/metadata'

const TITLE = 'Security overview'

export async function generateMetadata({ params }: LocaleProps): Promise<Metadata> {
  await localeFromParams(params)
  const [settings, topics] = await Promise.all([getSiteSettings(), listSecurityTopics()])
  return {
    ...pageMetadata({
      settings,
      title: TITLE,
      description: `How ${settings.companyName ?? 'we'} protect${settings.companyName ? 's' : ''} customer data: ${topics.map((topic) => topic.title.toLowerCase()).join(', ') || 'the security programme'}.`,
      path: '/security',
    }),
    ...(topics.length === 0 && { robots: emptySectionRobots }),
  }
}

/** Static: regenerated when a topic is published or changed (the `security` tag). */
export default async function SecurityPage() {
  const [topics, section, faq] = await Promise.all([
    listSecurityTopics(),
    listSecuritySection(),
    listPublicFaq(),
  ])
  if (topics.length === 0) return <NothingPublished title={TITLE} what="Security topics" />
  return (
    <SectionLayout label="Security" items={section}>
      <h1>{TITLE}</h1>
      <p className="lead">
        How we protect your data, topic by topic, in plain words.
        {faq.length > 0 && (
          <>
            {' '}
            More in the <Link href="/faq">questions and answers</Link>.
          </>
        )}
      </p>
      <nav aria-label="Topics on this page" className="toc screen-only">
        <ul className="link-list">
          {topics.map((topic) => (
            <li key={topic.slug}>
              <a href={`#${topic.slug}`}>{topic.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      {topics.map((topic) => (
        <section
          key={topic.slug}
          id={topic.slug}
          className="topic"
          aria-labelledby={`${topic.slug}-heading`}
        >
          <h2 id={`${topic.slug}-heading`}>{topic.title}</h2>
          {topic.summary && <p>{topic.summary}</p>}
          <ul className="statement-list">
            {topic.statements.map((statement, index) => (
              <li key={index}>{statement}</li>
            ))}
          </ul>
        </section>
      ))}
    </SectionLayout>
  )
}
