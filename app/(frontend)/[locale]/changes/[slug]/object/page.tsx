import type { Metadata } from 'next'
import { LocaleField } from '@/components/LocaleField'
import { localeFromParams } from '@/i18n/request'
import Link from '@/components/LocaleLink'
import { redirect } from 'next/navigation'
import { isInEffect } from '@/components/ChangeDetails'
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
    title: change ? `Object to ${change.title}` : 'Page not found',
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
  if (!change) redirect(`/changes/${encodeURIComponent(slug)}`)
  const status = single(query.status)
  const token = single(query.token)
  const contact = settings.contactEmail

  const recorded = status === 'recorded' || status === 'already-recorded'
  return (
    <>
      <p className="breadcrumb">
        <Link href={`/changes/${change.slug}`}>{change.title}</Link>
      </p>
      <h1>Object to this change</h1>
      {status === 'recorded' && (
        <StatusMessage tone="success" title="Your objection is recorded">
          <p>We will contact you about it, at the address our notice was sent to.</p>
        </StatusMessage>
      )}
      {status === 'already-recorded' && (
        <StatusMessage tone="success" title="Your objection was already recorded">
          <p>
            We have it from your earlier visit and will contact you about it. There is no need to
            send it again.
          </p>
        </StatusMessage>
      )}
      {!recorded && !looksValid(token, change.id) && (
        <StatusMessage tone="error" title="Use the link from your email">
          <p>
            This page works only through the personal link in the notice email we sent about this
            change. Open it straight from the email, or copy the whole address into your browser.
            {contact && (
              <>
                {' '}
                You can also write to <a href={`mailto:${contact}`}>{contact}</a>.
              </>
            )}
          </p>
        </StatusMessage>
      )}
      {!recorded && looksValid(token, change.id) && (
        <>
          <p className="lead">
            {change.title}.{' '}
            {isInEffect(change) ? (
              <>
                It took effect on <FormattedDate iso={change.effectiveDate} />; you can still tell
                us you object.
              </>
            ) : (
              <>
                It takes effect on <FormattedDate iso={change.effectiveDate} />: tell us before
                then.
              </>
            )}
          </p>
          <form className="objection-form" method="post" action="/notices/object">
            <LocaleField />
            <input type="hidden" name="token" value={token} />
            <input type="hidden" name="change" value={change.id} />
            <input type="hidden" name="slug" value={change.slug} />
            <div className="field">
              <label htmlFor="objection-comment">Your reasons (optional)</label>
              <textarea
                id="objection-comment"
                name="comment"
                rows={6}
                maxLength={5000}
                aria-describedby="objection-comment-hint"
              />
              <p id="objection-comment-hint" className="hint">
                We record your objection with the email address our notice was sent to, and contact
                you about it.
              </p>
            </div>
            <div className="actions">
              <button type="submit">Send my objection</button>
            </div>
          </form>
        </>
      )}
      <p>
        <Link href={`/changes/${change.slug}`}>Read the change</Link>
      </p>
    </>
  )
}
