import type { Metadata } from 'next'
import { InLanguage } from '@/components/SubprocessorDetails'
import { DEFAULT_LOCALE } from '@/i18n/locales'
import { pageWords } from '@/i18n/portalWords'
import { isUntranslated } from '@/i18n/resolve'
import { localeFromParams, requestLocale, type LocaleProps } from '@/i18n/request'
import Link from '@/components/LocaleLink'
import { emptySectionRobots, NothingPublished } from '@/components/NothingPublished'
import { SectionLayout } from '@/components/SectionLayout'
import { listPublicFaq } from '@/data/faq'
import { listSecuritySection } from '@/data/sections'
import { listSecurityTopics } from '@/data/security'
import { getSiteSettings } from '@/data/trustCenter'
import { pageMetadata } from '@/site/metadata'

export async function generateMetadata({ params }: LocaleProps): Promise<Metadata> {
  await localeFromParams(params)
  const [settings, topics] = await Promise.all([getSiteSettings(), listSecurityTopics()])
  return {
    ...pageMetadata({
      settings,
      title: pageWords().securityPage.title,
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
  const words = pageWords()
  const { securityPage: security } = words
  const source = (topic: (typeof topics)[number], path: string) =>
    requestLocale() !== DEFAULT_LOCALE && isUntranslated(topic.untranslated, path)
  if (topics.length === 0)
    return <NothingPublished title={security.title} what={security.nothing} />
  return (
    <SectionLayout label={words.security} items={section}>
      <h1>{security.title}</h1>
      <p className="lead">
        {security.lead}
        {faq.length > 0 && (
          <>
            {' '}
            {security.moreIn} <Link href="/faq">{security.qa}</Link>.
          </>
        )}
      </p>
      <nav aria-label={security.topicsLabel} className="toc screen-only">
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
          <h2 id={`${topic.slug}-heading`}>
            <InLanguage source={source(topic, 'title')} note={words.inEnglish}>
              {topic.title}
            </InLanguage>
          </h2>
          {topic.summary && (
            <p>
              <InLanguage source={source(topic, 'summary')} note={words.inEnglish}>
                {topic.summary}
              </InLanguage>
            </p>
          )}
          <ul className="statement-list">
            {topic.statements.map((statement, index) => (
              <li key={index}>
                <InLanguage source={source(topic, `statements.${index}`)} note={words.inEnglish}>
                  {statement}
                </InLanguage>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </SectionLayout>
  )
}
