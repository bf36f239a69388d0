'use client'
import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { useAdminLanguage } from './useAdminLanguage'

type Answer = Record<string, unknown> & { message?: string }

/** POSTs to one of the webhook buttons' requests; the answer, or a message saying what failed. */
function useAction(path: string) {
  const { config } = useConfig()
  const { t } = useAdminLanguage()
  const [working, setWorking] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const run = async (action: string): Promise<Answer | null> => {
    setWorking(true)
    setMessage(null)
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}${path}/${action}`, {
        method: 'POST',
        credentials: 'include',
      })
      const json = (await response.json().catch(() => ({}))) as Answer
      if (json.message) setMessage(json.message)
      else if (!response.ok)
        setMessage(t('trust:webhooks:serverAnswered', { status: response.status }))
      return response.ok ? json : null
    } catch {
      setMessage(t('trust:webhooks:unreachable'))
      return null
    } finally {
      setWorking(false)
    }
  }
  const status = (
    <p role="status" aria-live="polite" style={{ margin: '0.5rem 0 0' }}>
      {working ? t('trust:webhooks:working') : message}
    </p>
  )
  return { run, working, status, setMessage }
}

type SecretAnswer = { secret?: string | null; previousSecretSignsUntil?: string | null }

const row = { display: 'flex', gap: '0.5rem', flexWrap: 'wrap' } as const

/**
 * On a webhook endpoint: its signing secret (shown only when asked, replaced on request) and a
 * test event sent now. The secret is never part of the form or of any API answer.
 */
export function WebhookEndpointTools() {
  const { id } = useDocumentInfo()
  const { t, dateTime } = useAdminLanguage()
  const { run, working, status, setMessage } = useAction(`/webhook-endpoints/${id}`)
  const [secret, setSecret] = useState<SecretAnswer | null>(null)
  if (!id)
    return (
      <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
        <span className="field-label">{t('trust:webhooks:signingSecret')}</span>
        <p>{t('trust:webhooks:saveFirst')}</p>
      </div>
    )
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <span className="field-label">{t('trust:webhooks:signingSecret')}</span>
      <p style={{ margin: '0 0 0.5rem' }}>{t('trust:webhooks:explain')}</p>
      {secret?.secret && (
        <p>
          <code id="webhook-secret" style={{ overflowWrap: 'anywhere' }}>
            {secret.secret}
          </code>
        </p>
      )}
      {secret?.previousSecretSignsUntil && (
        <p>
          {t('trust:webhooks:previousSigns', { date: dateTime(secret.previousSecretSignsUntil) })}
        </p>
      )}
      <div style={row}>
        <Button
          buttonStyle="secondary"
          size="medium"
          disabled={working}
          onClick={async () => {
            const answer = await run('secret')
            if (answer) setSecret(answer as SecretAnswer)
          }}
        >
          {t('trust:webhooks:show')}
        </Button>
        <Button
          buttonStyle="secondary"
          size="medium"
          disabled={working}
          onClick={async () => {
            const answer = await run('replace-secret')
            if (!answer) return
            setSecret(answer as SecretAnswer)
            setMessage(t('trust:webhooks:replaced'))
          }}
        >
          {t('trust:webhooks:replace')}
        </Button>
        <Button
          buttonStyle="secondary"
          size="medium"
          disabled={working}
          onClick={() => run('test')}
        >
          {t('trust:webhooks:test')}
        </Button>
      </div>
      {status}
    </div>
  )
}

/** On a webhook delivery: send it again now, with the same webhook-id and message. */
export function RedeliverButton() {
  const { id } = useDocumentInfo()
  const router = useRouter()
  const { t } = useAdminLanguage()
  const { run, working, status } = useAction(`/webhook-deliveries/${id}`)
  if (!id) return null
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <p style={{ margin: '0 0 0.5rem' }}>{t('trust:webhooks:redeliverExplain')}</p>
      <div style={row}>
        <Button
          buttonStyle="secondary"
          size="medium"
          disabled={working}
          onClick={async () => {
            await run('redeliver')
            router.refresh()
          }}
        >
          {t('trust:webhooks:sendAgain')}
        </Button>
      </div>
      {status}
    </div>
  )
}
