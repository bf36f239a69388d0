import type { Metadata } from 'next'
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

// What the subscription endpoints redirect to (src/notices/http.ts): ?status= or ?error=.
const statuses: Record<string, Outcome> = {
  'check-inbox': {
    tone: 'success',
    title: 'Check your inbox',
    text: 'If this address can receive notices, we have sent it a link to confirm your subscription. The link works for 7 days. Nothing is sent until you confirm.',
    showForm: false,
  },
  confirmed: {
    tone: 'success',
    title: 'Your subscription is confirmed',
    text: 'You will get an email each time we announce a subprocessor change. Every email has a link to unsubscribe.',
    showForm: false,
  },
  unsubscribed: {
    tone: 'success',
    title: 'You are unsubscribed',
    text: 'You will get no more subprocessor notices. You can subscribe again at any time below.',
    showForm: true,
  },
}

const errors: Record<string, Outcome> = {
  invalid: {
    tone: 'error',
    title: 'Enter a valid email address',
    text: 'Enter an email address like name@example.com, then choose Subscribe.',
    showForm: true,
  },
  'invalid-link': {
    tone: 'error',
    title: 'This link does not work',
    text: 'Open the link straight from the email, or copy the whole address into your browser. If it still does not work, subscribe again below to get a new one.',
    showForm: true,
  },
  used: {
    tone: 'error',
    title: 'This link has already been used or has expired',
    text: 'If you already confirmed or unsubscribed, there is nothing more to do. Otherwise subscribe again below to get a new link.',
    showForm: true,
  },
}

export async function generateMetadata({ params }: LocaleProps): Promise<Metadata> {
  await localeFromParams(params)
  const settings = await getSiteSettings()
  return pageMetadata({
    settings,
    title: 'Get notified of subprocessor changes',
    description: `An email each time ${settings.companyName ?? 'we'} announce${settings.companyName ? 's' : ''} a change to the ${settings.subprocessorListTitle}.`,
    path: '/subscribe',
  })
}

const single = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value) ?? ''

export default async function SubscribePage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>
}) {
  const [settings, params] = await Promise.all([getSiteSettings(), searchParams])
  const outcome = errors[single(params.error)] ?? statuses[single(params.status)]
  const emailError = single(params.error) === 'invalid'
  const section = await listSubprocessorSection(settings.subprocessorListTitle)

  return (
    <SectionLayout label="Subprocessors" items={section}>
      <h1>Get notified of subprocessor changes</h1>
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
            Get an email each time we announce a change to the{' '}
            <Link href="/subprocessors">{settings.subprocessorListTitle}</Link>: a new, replaced or
            removed subprocessor, or a change to what one does with your data. Each email says what
            changes, when and why, and how to object.
          </p>
          <SubscribeForm errorId={emailError ? 'subscribe-error' : undefined} />
          <p className="meta">
            We use your address only for these notices and never show it anywhere. We send a link to
            confirm first; every notice has a link to unsubscribe.
          </p>
        </>
      )}
      <h2>Other ways to follow the changes</h2>
      <p>
        Read the <Link href="/changes">change log</Link>, or follow it in a feed reader:
      </p>
      <FeedLinks />
    </SectionLayout>
  )
}
