import type { Metadata } from 'next'
import { pageWords, wordsAt } from '@/i18n/portalWords'
import { localeFromParams, type LocaleProps } from '@/i18n/request'
import Link from '@/components/LocaleLink'
import { FeedLinks } from '@/components/FeedLinks'
import { SectionLayout } from '@/components/SectionLayout'
import { StatusMessage } from '@/components/StatusMessage'
import { SubscribeForm } from '@/components/SubscribeForm'
import { listSubprocessorSection } from '@/data/sections'
import { getSiteSettings } from '@/data/trustCenter'
import { pageMetadata } from '@/site/metadata'
import type { SearchParams } from '@/utilities/subprocessorFilters'

type Outcome = { tone: 'success' | 'error'; title: string; text: string; showForm: boolean }

export async function generateMetadata({ params }: LocaleProps): Promise<Metadata> {
  await localeFromParams(params)
  const settings = await getSiteSettings()
  const words = pageWords().subscribePage
  return pageMetadata({
    settings,
    title: words.title,
    description: words.description(settings.subprocessorListTitle, settings.companyName),
    path: '/subscribe',
  })
}

const single = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value) ?? ''

/**
 * What the subscription endpoints redirected to (src/notices/http.ts): `?status=` or `?error=`.
 * After a success the form shows again only once unsubscribed; after an error, always.
 */
function outcomeOf(params: SearchParams): Outcome | undefined {
  const { statuses, errors } = pageWords().subscribePage
  const error = wordsAt(errors, single(params.error))
  if (error) return { tone: 'error', ...error, showForm: true }
  const status = single(params.status)
  const done = wordsAt(statuses, status)
  return done && { tone: 'success', ...done, showForm: status === 'unsubscribed' }
}

export default async function SubscribePage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>
}) {
  const [settings, params] = await Promise.all([getSiteSettings(), searchParams])
  const outcome = outcomeOf(params)
  const emailError = single(params.error) === 'invalid'
  const section = await listSubprocessorSection(settings.subprocessorListTitle)
  const words = pageWords()
  const page = words.subscribePage

  return (
    <SectionLayout label={words.subprocessors} items={section}>
      <h1>{page.title}</h1>
      {outcome && (
        <StatusMessage
          tone={outcome.tone}
          title={outcome.title}
          id={emailError ? 'subscribe-error' : undefined}
        >
          <p>{outcome.text}</p>
        </StatusMessage>
      )}
      {(!outcome || outcome.showForm) && (
        <>
          <p className="lead">
            {page.leadBefore} <Link href="/subprocessors">{settings.subprocessorListTitle}</Link>
            {page.leadAfter}
          </p>
          <SubscribeForm errorId={emailError ? 'subscribe-error' : undefined} />
          <p className="meta">{page.privacy}</p>
        </>
      )}
      <h2>{page.otherWays}</h2>
      <p>
        {page.readBefore} <Link href="/changes">{page.changeLog}</Link>
        {page.readAfter}
      </p>
      <FeedLinks />
    </SectionLayout>
  )
}
