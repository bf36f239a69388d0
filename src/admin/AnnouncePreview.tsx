'use client'
import { useConfig } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import type { AdminT } from '@/i18n/adminWords'
import { useAdminLanguage } from './useAdminLanguage'

export type AnnounceRequest = Record<string, unknown>

export type AnnounceAnswer = {
  canAnnounce: boolean
  problems: Array<{ field: string; message: string }>
  subscribers: number
  customerAccounts: number
  noticeContacts: number
  email: { subject: string; text: string } | null
  personalCode: string
  effectiveDate: string
  noticePeriodDays: number
  earliestDate: string
  daysOfNotice: number
  meetsNoticePeriod: boolean
  urgentReason: string | null
}

/** `error: null`: the preview could not be loaded at all. */
type State = { answer: AnnounceAnswer } | { error: string | null } | null

/** Asks the server what announcing this notice would do (POST /api/changes/announce-preview). */
export function useAnnouncePreview(change: AnnounceRequest | null): State {
  const { config } = useConfig()
  // each answer is kept with the request it answers: a newer request shows as loading
  const [loaded, setLoaded] = useState<{ body: string; state: State }>({ body: '', state: null })
  const body = change ? JSON.stringify(change) : null
  useEffect(() => {
    if (!body) return
    let current = true
    const setState = (state: State) => setLoaded({ body, state })
    fetch(`${config.serverURL}${config.routes.api}/changes/announce-preview`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body,
    })
      .then(async (response) => {
        const json = await response.json()
        if (!current) return
        setState(
          response.ok ? { answer: json } : { error: String(json.message ?? response.status) },
        )
      })
      .catch(() => current && setState({ error: null }))
    return () => {
      current = false
    }
  }, [body, config.serverURL, config.routes.api])
  return body && loaded.body === body ? loaded.state : null
}

/** Who will be emailed, in words: subscribers, and the contacts of the customers concerned. */
function recipients(t: AdminT, { subscribers, customerAccounts, noticeContacts }: AnnounceAnswer) {
  const confirmed = t('trust:announce:subscribers', { count: subscribers })
  if (customerAccounts === 0)
    return subscribers === 0
      ? t('trust:announce:nobody')
      : t('trust:announce:toSubscribers', { subscribers: confirmed })
  const contacts = t('trust:announce:contactsOfAccounts', {
    contacts: t('trust:announce:contacts', { count: noticeContacts }),
    accounts: t('trust:announce:accounts', { count: customerAccounts }),
  })
  return subscribers === 0
    ? t('trust:announce:toContacts', { contacts })
    : t('trust:announce:toBoth', { subscribers: confirmed, contacts })
}

/** Who gets the email, the email itself, and the date against the notice period. */
export function AnnouncePreview({ state }: { state: State }) {
  const { t, date } = useAdminLanguage()
  if (!state) return <p>{t('trust:announce:working')}</p>
  if ('error' in state)
    return (
      <p className="announce-preview__error">{state.error ?? t('trust:announce:previewFailed')}</p>
    )
  const { answer } = state
  return (
    <div className="announce-preview">
      <p className="announce-preview__count">{recipients(t, answer)}</p>
      <p className="announce-preview__date">
        {t('trust:announce:takesEffect', {
          date: date(answer.effectiveDate),
          days: t('trust:announce:daysFromNow', { count: answer.daysOfNotice }),
        })}{' '}
        {t('trust:announce:noticePeriod', {
          days: t('trust:announce:periodDays', { count: answer.noticePeriodDays }),
        })}
        {answer.meetsNoticePeriod
          ? t('trust:announce:enoughNotice')
          : t('trust:announce:earliest', { date: date(answer.earliestDate) })}
        {!answer.meetsNoticePeriod && answer.urgentReason
          ? t('trust:announce:urgent', { reason: answer.urgentReason })
          : ''}
      </p>
      {answer.problems.length > 0 && (
        <div className="announce-preview__problems" role="alert">
          <p>{t('trust:announce:cannotYet')}</p>
          <ul>
            {answer.problems.map((problem) => (
              <li key={problem.field + problem.message}>{problem.message}</li>
            ))}
          </ul>
        </div>
      )}
      {answer.email && (
        <figure className="announce-preview__email">
          <figcaption>{t('trust:announce:emailCaption', { code: answer.personalCode })}</figcaption>
          <p>
            <strong>{t('trust:announce:subject')}</strong> {answer.email.subject}
          </p>
          <pre style={{ whiteSpace: 'pre-wrap', maxHeight: '40vh', overflow: 'auto' }}>
            {answer.email.text}
          </pre>
        </figure>
      )}
    </div>
  )
}
