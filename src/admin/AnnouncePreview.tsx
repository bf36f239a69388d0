'use client'
import { useConfig } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import { formatDate } from '@/utilities/dates'

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

type State = { answer: AnnounceAnswer } | { error: string } | null

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

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
      .catch(() => current && setState({ error: 'The preview could not be loaded. Try again.' }))
    return () => {
      current = false
    }
  }, [body, config.serverURL, config.routes.api])
  return body && loaded.body === body ? loaded.state : null
}

/** Who will be emailed, in words: subscribers, and the contacts of the customers concerned. */
function recipients({ subscribers, customerAccounts, noticeContacts }: AnnounceAnswer) {
  if (customerAccounts === 0)
    return subscribers === 0
      ? 'Nobody has subscribed yet: no email will be sent.'
      : `${plural(subscribers, 'confirmed subscriber')} will get this email.`
  const contacts = `${plural(noticeContacts, 'notice contact')} of the ${plural(customerAccounts, 'customer account')} it concerns`
  return subscribers === 0
    ? `${contacts} will get this email.`
    : `${plural(subscribers, 'confirmed subscriber')} and ${contacts} will get this email, once per person.`
}

/** Who gets the email, the email itself, and the date against the notice period. */
export function AnnouncePreview({ state }: { state: State }) {
  if (!state) return <p>Working out who will be emailed…</p>
  if ('error' in state) return <p className="announce-preview__error">{state.error}</p>
  const { answer } = state
  return (
    <div className="announce-preview">
      <p className="announce-preview__count">{recipients(answer)}</p>
      <p className="announce-preview__date">
        Takes effect on {formatDate(answer.effectiveDate)}, {plural(answer.daysOfNotice, 'day')}{' '}
        from now. The notice period is {plural(answer.noticePeriodDays, 'day')}
        {answer.meetsNoticePeriod
          ? ': customers get enough notice.'
          : `, so the earliest date is ${formatDate(answer.earliestDate)}.`}
        {!answer.meetsNoticePeriod && answer.urgentReason
          ? ` Customers will read why it is urgent: "${answer.urgentReason}"`
          : ''}
      </p>
      {answer.problems.length > 0 && (
        <div className="announce-preview__problems" role="alert">
          <p>This change cannot be announced yet:</p>
          <ul>
            {answer.problems.map((problem) => (
              <li key={problem.field + problem.message}>{problem.message}</li>
            ))}
          </ul>
        </div>
      )}
      {answer.email && (
        <figure className="announce-preview__email">
          <figcaption>
            The email, as it will be sent. Each subscriber&apos;s links carry their own code where
            it says {answer.personalCode}.
          </figcaption>
          <p>
            <strong>Subject:</strong> {answer.email.subject}
          </p>
          <pre style={{ whiteSpace: 'pre-wrap', maxHeight: '40vh', overflow: 'auto' }}>
            {answer.email.text}
          </pre>
        </figure>
      )}
    </div>
  )
}
