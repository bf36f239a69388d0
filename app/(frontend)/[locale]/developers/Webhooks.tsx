import { InlineMarkup } from '@/components/InlineMarkup'
import { serverConfig } from '@/config/env'
import { DEFAULT_LOCALE } from '@/i18n/locales'
import { pageWords } from '@/i18n/portalWords'
import { requestLocale } from '@/i18n/request'
import type { OpenApiDocument } from '@/public-api/openapi'
import { RECEIVER_EXAMPLE, VERIFY_EXAMPLE } from '@/webhooks/example'
import {
  ATTEMPTS,
  RESPONSE_EXCERPT_BYTES,
  retrySchedule,
  TEST_EVENT,
  WEBHOOK_EVENTS,
} from '@/webhooks/vocabulary'
import styles from './developers.module.css'

const minutes = (ms: number) => {
  const m = Math.round(ms / 60_000)
  return m < 60 ? `${m} min` : `${Math.floor(m / 60)} h${m % 60 ? ` ${m % 60} min` : ''}`
}

/** The webhooks' contract: events, message, signature, delivery (docs/webhooks.md says why). */
export function Webhooks({ doc }: { doc: OpenApiDocument }) {
  const timeout = serverConfig().WEBHOOK_TIMEOUT_SECONDS
  const example = {
    type: 'change.announced',
    timestamp: '2025-03-03T09:15:00.000Z',
    data: doc.components.schemas.Change?.examples?.[0] ?? {},
  }
  const total = retrySchedule.reduce((sum, ms) => sum + ms, 0)
  const words = pageWords().developersPage.webhooks
  // the code is in English, marked where the page is in another language
  const english = requestLocale() === DEFAULT_LOCALE ? undefined : DEFAULT_LOCALE
  return (
    <>
      <h2 id="webhooks">{pageWords().developersPage.sections.webhooks}</h2>
      <p>
        <InlineMarkup text={words.intro} />
      </p>

      <h3 id="webhook-events">{words.events}</h3>
      <div className={styles.scroll}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">type</th>
              <th scope="col">{words.when}</th>
            </tr>
          </thead>
          <tbody>
            {WEBHOOK_EVENTS.map((event) => (
              <tr key={event.value}>
                <th scope="row">
                  <code>{event.value}</code>
                </th>
                <td>{words.whenEvent[event.value]}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">
                <code>{TEST_EVENT}</code>
              </th>
              <td>
                <InlineMarkup text={words.testEvent} />
              </td>
            </tr>
          </tbody>
        </table>
      </div>

      <h3 id="webhook-message">{words.message}</h3>
      <p>
        <InlineMarkup text={words.messageText} />
      </p>
      <dl className={styles.conventions}>
        <dt>
          <code>webhook-id</code>
        </dt>
        <dd>
          <InlineMarkup text={words.id} />
        </dd>
        <dt>
          <code>webhook-timestamp</code>
        </dt>
        <dd>{words.timestamp}</dd>
        <dt>
          <code>webhook-signature</code>
        </dt>
        <dd>
          <InlineMarkup text={words.signature} />
        </dd>
      </dl>
      <p>
        <InlineMarkup text={words.body} />
      </p>
      <pre className={styles.code} tabIndex={0} aria-label={words.exampleBody}>
        <code lang={english}>{JSON.stringify(example, null, 2)}</code>
      </pre>

      <h3 id="webhook-verify">{words.verify}</h3>
      <p>
        <InlineMarkup text={words.verifyText} />
      </p>
      <pre className={styles.code} tabIndex={0} aria-label={words.verifyExample}>
        <code lang={english}>{VERIFY_EXAMPLE}</code>
      </pre>
      <p>{words.receiver}</p>
      <pre className={styles.code} tabIndex={0} aria-label={words.receiverExample}>
        <code lang={english}>{RECEIVER_EXAMPLE}</code>
      </pre>
      <p>
        <InlineMarkup text={words.library} />
      </p>

      <h3 id="webhook-delivery">{words.delivery}</h3>
      <ul>
        <li>
          <InlineMarkup text={words.answer(timeout, RESPONSE_EXCERPT_BYTES / 1024)} />
        </li>
        <li>
          <InlineMarkup
            text={words.retries(
              retrySchedule.map(minutes).join(', '),
              ATTEMPTS,
              Math.round(total / 3_600_000),
            )}
          />
        </li>
        <li>
          <InlineMarkup text={words.atLeastOnce} />
        </li>
        <li>{words.switchedOff}</li>
      </ul>
    </>
  )
}
