import { serverConfig } from '@/config/env'
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

const WHEN: Record<string, string> = {
  'change.announced':
    'A change notice is announced to customers: a new, replaced or removed subprocessor, or a change to what one does. Sent at the same time as the notice emails.',
  'change.cancelled':
    'An announced change is cancelled before it took effect. It leaves the change log; data.status is "cancelled".',
  'change.effective': 'An announced change takes effect on its date: the list has changed.',
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
  return (
    <>
      <h2 id="webhooks">Webhooks</h2>
      <p>
        Rather than polling <code>/changes</code>, have the trust center&apos;s administrators
        register an <code>https://</code> address of yours. Each time a change is announced,
        cancelled or takes effect, it is POSTed there as JSON, signed as the{' '}
        <a href="https://www.standardwebhooks.com/">Standard Webhooks</a> specification says, so any
        of its libraries verifies it. They give you the endpoint&apos;s secret (<code>whsec_…</code>
        ) and can send a test event.
      </p>

      <h3 id="webhook-events">Events</h3>
      <div className={styles.scroll}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">type</th>
              <th scope="col">When</th>
            </tr>
          </thead>
          <tbody>
            {WEBHOOK_EVENTS.map((event) => (
              <tr key={event.value}>
                <th scope="row">
                  <code>{event.value}</code>
                </th>
                <td>{WHEN[event.value]}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">
                <code>{TEST_EVENT}</code>
              </th>
              <td>
                Sent only when an administrator presses &ldquo;Send a test event&rdquo;; never
                retried. <code>data</code> holds a message and your endpoint&apos;s address.
              </td>
            </tr>
          </tbody>
        </table>
      </div>

      <h3 id="webhook-message">The message</h3>
      <p>
        <code>POST</code> with <code>Content-Type: application/json</code> and these headers:
      </p>
      <dl className={styles.conventions}>
        <dt>
          <code>webhook-id</code>
        </dt>
        <dd>
          The event&apos;s id, such as <code>evt_6650f0c2a1b2c3d4e5f60718_announced</code>: one per
          change and event, the same on every retry and redelivery. Keep the ids you have handled
          and ignore a message whose id you already have.
        </dd>
        <dt>
          <code>webhook-timestamp</code>
        </dt>
        <dd>When this attempt was signed, in seconds since 1970 (UTC).</dd>
        <dt>
          <code>webhook-signature</code>
        </dt>
        <dd>
          <code>v1,</code> then the base64 HMAC-SHA256 of{' '}
          <code>{'${webhook-id}.${webhook-timestamp}.${body}'}</code>, keyed with the secret (the
          base64 after <code>whsec_</code>, decoded). For a day after a secret is replaced there are
          two, separated by a space: one matching is enough.
        </dd>
      </dl>
      <p>
        The body has three members: <code>type</code>, <code>timestamp</code> (when it happened) and{' '}
        <code>data</code>, the change exactly as <code>/changes/{'{slug}'}</code> serves it (
        <a href="#schema-Change">Change</a>).
      </p>
      <pre className={styles.code} tabIndex={0} aria-label="Example webhook body">
        <code>{JSON.stringify(example, null, 2)}</code>
      </pre>

      <h3 id="webhook-verify">Verifying a webhook</h3>
      <p>
        Check the signature over the body exactly as received, before parsing it, and refuse a
        timestamp more than five minutes away from now. With Node.js and nothing but{' '}
        <code>node:crypto</code>:
      </p>
      <pre className={styles.code} tabIndex={0} aria-label="Verifying a webhook with node:crypto">
        <code>{VERIFY_EXAMPLE}</code>
      </pre>
      <p>A receiver using it:</p>
      <pre className={styles.code} tabIndex={0} aria-label="A webhook receiver in Node.js">
        <code>{RECEIVER_EXAMPLE}</code>
      </pre>
      <p>
        Or with the specification&apos;s own library (<code>npm install standardwebhooks</code>):{' '}
        <code>new Webhook(secret).verify(rawBody, headers)</code> returns the event or throws.
      </p>

      <h3 id="webhook-delivery">Delivery and retries</h3>
      <ul>
        <li>
          Answer with any <code>2xx</code> within {timeout} seconds; do the work afterwards.
          Anything else is a failure: another status, no answer in time, a refused connection.
          Redirects are not followed. Only the first {RESPONSE_EXCERPT_BYTES / 1024} KB of your
          answer are read, and kept in the delivery log.
        </li>
        <li>
          A failed delivery is tried again after {retrySchedule.map(minutes).join(', ')}: {ATTEMPTS}{' '}
          attempts over about {Math.round(total / 3_600_000)} hours. The administrators see every
          attempt and can send a delivery again at any time.
        </li>
        <li>
          Delivery is at least once: a message can arrive twice (a retry after your answer was lost,
          a redelivery), always with the same <code>webhook-id</code>. Messages can arrive out of
          order; <code>timestamp</code> and <code>data.status</code> say which state is newer.
        </li>
        <li>
          After repeated failures (three deliveries in a row that failed every attempt) your
          endpoint is switched off, and the administrators are told. Nothing is sent to it until
          they switch it back on.
        </li>
      </ul>
    </>
  )
}
