import type { Metadata } from 'next'
import { LocaleField } from '@/components/LocaleField'
import { pageWords } from '@/i18n/portalWords'
import { localePath } from '@/i18n/paths'
import { localeFromParams, requestLocale } from '@/i18n/request'
import Link from '@/components/LocaleLink'
import { redirect } from 'next/navigation'
import { changeTitle, isInEffect } from '@/components/ChangeDetails'
import { FormattedDate } from '@/components/FormattedDate'
import { StatusMessage } from '@/components/StatusMessage'
import { getChangeBySlug } from '@/data/changes'
import { getSiteSettings } from '@/data/trustCenter'
import { readToken } from '@/notices/tokens'
import type { SearchParams } from '@/utilities/subprocessorFilters'

type Props = {
  params: Promise<{ locale: string; slug: string }>
  searchParams: Promise<SearchParams>
}

const single = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value) ?? ''

// A personal link: kept out of search engines, and its token out of the Referer of outgoing links.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await localeFromParams(params)
  const { slug } = await params
  const change = await getChangeBySlug(slug)
  return {
    title: change ? pageWords().objectPage.title(changeTitle(change)) : pageWords().notFound.title,
    robots: { index: false, follow: false },
    referrer: 'no-referrer',
  }
}

/** Signature and expiry only: whether the link was already used is known once the form is sent. */
function looksValid(token: string, changeId: string): boolean {
  try {
    readToken(token, `object-${changeId}`)
    return true
  } catch {
    return false
  }
}

export default async function ObjectPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams])
  const [settings, change] = await Promise.all([getSiteSettings(), getChangeBySlug(slug)])
  // Unknown, or cancelled since the email went out: the change's own address answers 404 with
  // the not-found page (this page is dynamic, and Next.js serves a dynamic 404 without its markup).
  if (!change) redirect(localePath(requestLocale(), `/changes/${encodeURIComponent(slug)}`))
  const status = single(query.status)
  const token = single(query.token)
  const contact = settings.contactEmail
  const words = pageWords().objectPage
  const title = changeTitle(change)

  const recorded = status === 'recorded' || status === 'already-recorded'
  return (
    <>
      <p className="breadcrumb">
        <Link href={`/changes/${change.slug}`}>{title}</Link>
      </p>
      <h1>{words.heading}</h1>
      {status === 'recorded' && (
        <StatusMessage tone="success" title={words.recorded}>
          <p>{words.recordedText}</p>
        </StatusMessage>
      )}
      {status === 'already-recorded' && (
        <StatusMessage tone="success" title={words.alreadyRecorded}>
          <p>{words.alreadyRecordedText}</p>
        </StatusMessage>
      )}
      {!recorded && !looksValid(token, change.id) && (
        <StatusMessage tone="error" title={pageWords().useEmailLink}>
          <p>
            {words.useLinkText}
            {contact && (
              <>
                {' '}
                {words.writeInstead} <a href={`mailto:${contact}`}>{contact}</a>.
              </>
            )}
          </p>
        </StatusMessage>
      )}
      {!recorded && looksValid(token, change.id) && (
        <>
          <p className="lead">
            {title}.{' '}
            {isInEffect(change) ? (
              <>
                {words.tookEffectBefore} <FormattedDate iso={change.effectiveDate} />
                {words.tookEffectAfter}
              </>
            ) : (
              <>
                {words.takesEffectBefore} <FormattedDate iso={change.effectiveDate} />
                {words.takesEffectAfter}
              </>
            )}
          </p>
          <form className="objection-form" method="post" action="/notices/object">
            <LocaleField />
            <input type="hidden" name="token" value={token} />
            <input type="hidden" name="change" value={change.id} />
            <input type="hidden" name="slug" value={change.slug} />
            <div className="field">
              <label htmlFor="objection-comment">{words.reasons}</label>
              <textarea
                id="objection-comment"
                name="comment"
                rows={6}
                maxLength={5000}
                aria-describedby="objection-comment-hint"
              />
              <p id="objection-comment-hint" className="hint">
                {words.reasonsHint}
              </p>
            </div>
            <div className="actions">
              <button type="submit">{words.send}</button>
            </div>
          </form>
        </>
      )}
      <p>
        <Link href={`/changes/${change.slug}`}>{words.readChange}</Link>
      </p>
    </>
  )
}
